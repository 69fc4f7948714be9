/**
 * JMH microbenchmarks of the pipeline's hot stages, on sentences written for them. In: nothing (the texts are
 * built in). Out: JMH's report. Built only with the {@code jmh} Maven profile, never in the test phase:
 * {@code ./mvnw -o -P jmh -pl jmh -am package -DskipTests && java -jar jmh/target/marsad-jmh.jar}.
 */
package org.marsad.jmh;
