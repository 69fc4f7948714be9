package org.marsad.spark;

import org.marsad.core.pipeline.Pipeline;

/** One pipeline per JVM (per executor), built on first use: the lexicons load once, not once per task. */
final class Pipelines {
    private Pipelines() {
    }

    private static final class Holder {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    static Pipeline get() {
        return Holder.PIPELINE;
    }
}
