package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code marsad eval articles DIR}: see {@code spec/evaluation.md}. NOT YET IMPLEMENTED. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Not yet implemented.")
final class EvalArticlesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("marsad eval articles: not yet implemented");
        return 2;
    }
}
