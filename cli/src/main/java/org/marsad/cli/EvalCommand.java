package org.marsad.cli;

import picocli.CommandLine.Command;

/** {@code marsad eval ...}: the project measures itself; see {@code spec/evaluation.md}. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure the pipeline against gold data.",
        subcommands = {EvalGsrCommand.class, EvalArticlesCommand.class, EvalNerCommand.class,
                EvalExtractionCommand.class, EvalClustersCommand.class, EvalAgreementCommand.class, EvalSentencesCommand.class})
final class EvalCommand {
}
