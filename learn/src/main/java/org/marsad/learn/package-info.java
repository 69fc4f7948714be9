/**
 * Training: builds labelled candidate examples from annotated data (the GSR's sentence labels, the project's
 * stand-off gold of real ANT articles), trains the shipped models with liblinear (docs/learning.md) and scores
 * them out of fold, so that no number is reported on data a model trained on.
 */
package org.marsad.learn;
