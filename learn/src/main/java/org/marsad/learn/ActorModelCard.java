package org.marsad.learn;

import java.nio.file.Path;
import java.time.LocalDate;
import org.marsad.core.decide.LinearModel;

/** The card that ships beside the actor choice model: data, licences, date, size and its out-of-fold score. */
public final class ActorModelCard {
    private ActorModelCard() {
    }

    public static String markdown(Path gold, ActorModelTraining t, LinearModel m, long bytes, String outOfFold) {
        int examples = t.choices().stream().mapToInt(c -> c.options().size()).sum();
        return "# Model card: the actor choice (`actor-chooser.bin`)\n\n"
                + "Built " + LocalDate.now() + " by `./marsad train actors` (deterministic: the same data gives the same "
                + "bytes), " + bytes + " bytes. For each candidate event, it scores every side its sentence names (and "
                + "the actor the rules gave it from an earlier sentence) as the one that acted; the likeliest becomes "
                + "the actor (`org.marsad.core.decide.ActorChoice`).\n\n"
                + "## What it holds\nL2-regularised logistic regression (liblinear L2R_LR, C = " + ActorModelTraining.COST
                + ") over 2^" + m.bits() + " hashed features (`ActorFeatures`: position from the trigger, the word and "
                + "clitic before the side, its sector and first word, the rules' choice): weights and a bias only, "
                + "never training text.\n\n"
                + "## Data\n"
                + "- Marsad's stand-off gold of real ANT articles (`" + gold + "`, train part only; ANT corpus: research "
                + "use with citation): " + t.choices().size() + " candidates held against the coded event they agree "
                + "with, " + examples + " sides; a side is right when its country is the coded actor's.\n"
                + "- Not used: the gold's dev and test parts, SaudiNewsNet (CC BY-NC-SA).\n\n"
                + "## Scores\n- Out of fold (5 folds by document, on the training choices): " + outOfFold + ".\n"
                + "- Whole articles: `marsad eval articles gold/ant --split dev` (the dev part, not trained on).\n\n"
                + "Rebuild: `./marsad train actors` from the repository root (reads gold/ant and ../shared/data/corpora), "
                + "then update its SHA-256 in core/.../DATA.md.\n";
    }
}
