/**
 * One event per happening. In: the events of one article, in text order. Out: the same events with reports of
 * one happening (a lead and its detailed paragraph) merged into one event that keeps the most specific fields
 * and lists the other reports as {@link org.marsad.model.Mention}s.
 * Across articles: {@link org.marsad.core.dedup.EventClusterer} takes the events of many articles and returns one
 * {@link org.marsad.core.dedup.EventCluster} per happening (its reports, a mention count, merged fields), by
 * {@link org.marsad.core.dedup.ClusterRule}; {@link org.marsad.core.dedup.ClusterKeys} are the coarse keys that
 * the store and the Spark job partition the work by.
 */
package org.marsad.core.dedup;
