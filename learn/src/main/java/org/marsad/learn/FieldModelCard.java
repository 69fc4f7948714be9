package org.marsad.learn;

import java.nio.file.Path;
import java.time.LocalDate;
import org.marsad.core.decide.LinearModel;

/** The card that ships beside a field choice model (actors or places): data, licences, date, size, out-of-fold score. */
public final class FieldModelCard {
    private FieldModelCard() {
    }

    public static String markdown(Path gold, FieldModelTraining t, LinearModel m, long bytes, String outOfFold,
                                  boolean actors) {
        var choices = actors ? t.choices() : t.placeChoices();
        int examples = choices.stream().mapToInt(c -> c.options().size()).sum();
        String name = actors ? "actor-chooser" : "place-chooser";
        String what = actors
                ? "For each candidate event, it scores every side its sentence names (and the actor the rules gave it "
                        + "from an earlier sentence, and nobody) as the one that acted; the likeliest becomes the actor "
                        + "(`org.marsad.core.decide.ActorChoice`, features `ActorFeatures`: position from the trigger, "
                        + "the word and clitic before the side, its sector and first word, the rules' choice)."
                : "For each candidate event, it scores every resolved place its sentence names, and nowhere, as where "
                        + "it happened; the likeliest becomes its place (`org.marsad.core.decide.PlaceChoice`, features "
                        + "`PlaceFeatures`: position from the trigger, locative word, kind of place, the word before it, "
                        + "whether it lies in a side's name, the rules' choice).";
        String right = actors ? "a side is right when its country is the coded actor's (nobody, or a side without a "
                + "country, when the coder named no actor)"
                : "a place is right when `marsad eval articles` counts it right (within 30 km of the coded place or "
                        + "its name; nowhere when the coder gave none)";
        return "# Model card: the " + (actors ? "actor" : "place") + " choice (`" + name + ".bin`)\n\n"
                + "Built " + LocalDate.now() + " by `./marsad train " + (actors ? "actors" : "places") + "` "
                + "(deterministic: the same data gives the same bytes), " + bytes + " bytes. " + what + "\n\n"
                + "## What it holds\nL2-regularised logistic regression (liblinear L2R_LR, C = " + ChoiceTraining.COST
                + ") over 2^" + m.bits() + " hashed features: weights and a bias only, never training text.\n\n"
                + "## Data\n"
                + "- Marsad's stand-off gold of real ANT articles (`" + gold + "`, train part only; ANT corpus: research "
                + "use with citation): " + choices.size() + " candidates held against the coded event they agree "
                + "with, " + examples + " options; " + right + ".\n"
                + "- Not used: the gold's dev and test parts, SaudiNewsNet (CC BY-NC-SA).\n\n"
                + "## Scores\n- Out of fold (5 folds by document, on the training choices): " + outOfFold + ".\n"
                + "- Whole articles: `marsad eval articles gold/ant --split dev` (the dev part, not trained on).\n\n"
                + "Rebuild: `./marsad train " + (actors ? "actors" : "places") + "` from the repository root (reads "
                + "gold/ant and ../shared/data/corpora), then update its SHA-256 in core/.../DATA.md, and rebuild the "
                + "event decider (`./marsad train events`), which trains on the chosen fields.\n";
    }
}
