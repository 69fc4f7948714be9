package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad eval gsr DIR}: see {@code spec/evaluation.md}. NOT YET IMPLEMENTED. */
@Command(name = "gsr", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class EvalGsrCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad eval gsr: not yet implemented");
        return 2;
    }
}
