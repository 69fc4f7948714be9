/**
 * Agreement between two independent codings of the same articles (docs/annotation.md): Cohen's kappa on the
 * sentence labels and event F1 scored as the articles evaluation scores the system. Gold is only as good as
 * its coders: this is the ceiling beside the system's scores.
 */
package org.marsad.eval.agreement;
