package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval ...}: the project measures itself; see {@code spec/evaluation.md}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the pipeline against gold data.",
<<<<<<< HEAD
        subcommands = {EvalGsrCommand.class, EvalArticlesCommand.class, EvalNerCommand.class})
=======
        subcommands = {EvalGsrCommand.class, EvalArticlesCommand.class, EvalExtractionCommand.class})
>>>>>>> html
final class EvalCommand {
}
