/**
 * The per-page budget: a page that costs more than a generous share of CPU time is stopped where it is and
 * reported, so that one page can never stall a batch. Depends on nothing else in core; every stage may check it.
 */
package org.marsad.core.budget;
