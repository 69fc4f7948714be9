package org.marsad.learn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.marsad.core.decide.LinearModel;

/** The card that ships beside a field choice model (actors, recipients, places): data, licences, date, size, score. */
public final class FieldModelCard {
    private FieldModelCard() {
    }

    /** @param field actors, recipients or places */
    public static String markdown(Path gold, List<Choice> choices, String field, LinearModel m, long bytes,
                                  String outOfFold) {
        int examples = choices.stream().mapToInt(c -> c.options().size()).sum();
        String name = field.replaceFirst("s$", "") + "-chooser";
        String what = switch (field) {
            case "actors" -> "For each candidate event, it scores every side its sentence names (and the actor the "
                    + "rules gave it from an earlier sentence, and nobody) as the one that acted; the likeliest becomes "
                    + "the actor (`org.marsad.core.decide.ActorChoice`, features `ActorFeatures`: position from the "
                    + "trigger, the word and clitic before the side, its sector and first word, the rules' choice).";
            case "recipients" -> "For each candidate event, after its actor is chosen, it scores every other side "
                    + "its sentence names, and nobody, as the one that suffered or was addressed; the likeliest becomes "
                    + "the recipient (`org.marsad.core.decide.RecipientChoice`, features `ActorFeatures` read from the "
                    + "recipient's side).";
            case "happenings" -> "For each event an article keeps, after the first of its type, it scores every "
                    + "earlier event of its type, and a happening of its own, as the happening it reports; the likeliest "
                    + "wins, and the article's events are merged one per happening "
                    + "(`org.marsad.core.dedup.HappeningChoice`, features `HappeningFeatures`: one sentence or how far "
                    + "apart, the lead, how dates, places, sides and tolls agree, the triggers' rules, the rules' merge).";
            default -> "For each candidate event, it scores every resolved place its sentence names (and, for a "
                    + "verbal event, nowhere) as where it happened; the likeliest becomes its place "
                    + "(`org.marsad.core.decide.PlaceChoice`, features `PlaceFeatures`: position from the trigger, "
                    + "locative word, kind of place, the word before it, whether it lies in a side's name, the rules' "
                    + "choice).";
        };
        String right = switch (field) {
            case "actors" -> "a side is right when its country is the coded actor's (nobody, or a side without a "
                    + "country, when the coder named no actor)";
            case "recipients" -> "a side is right when `marsad eval articles` counts it right (the first three "
                    + "letters of the coded recipient; nobody for none)";
            case "happenings" -> "an earlier event is right when both are told to the same coded event (its trigger "
                    + "or one of its `mentions`), a happening of its own when none is";
            default -> "a place is right when `marsad eval articles` counts it right (within 30 km of the coded place "
                    + "or its name; nowhere when the coder gave none)";
        };
        return "# Model card: the " + field.replaceFirst("s$", "") + " choice (`" + name + ".bin`)\n\n"
                + "Built " + LocalDate.now() + " by `./marsad train " + field + "` "
                + "(deterministic: the same data gives the same bytes), " + bytes + " bytes. " + what + "\n\n"
                + "## What it holds\nL2-regularised logistic regression (liblinear L2R_LR, C = " + ChoiceTraining.COST
                + ") over 2^" + m.bits() + " hashed features: weights and a bias only, never training text.\n\n"
                + "## Data\n"
                + "- Marsad's stand-off gold of real ANT articles (`" + gold + "`, train part only; ANT corpus: research "
                + "use with citation): " + choices.size() + (field.equals("happenings")
                ? " events of the shipped pipeline, before its merge, told to the coded events, "
                : " candidates (the rules' own fields) held against the coded event they agree with, ")
                + examples + " options; " + right + ".\n"
                + "- Not used: the gold's dev and test parts, SaudiNewsNet (CC BY-NC-SA).\n\n"
                + "## Scores\n- Out of fold (5 folds by document, on the training choices): " + outOfFold + ".\n"
                + "- Whole articles: `marsad eval articles gold/ant --split dev` (the dev part, not trained on).\n\n"
                + "Rebuild: `./marsad train " + field + "` from the repository root (reads gold/ant and "
                + "../shared/data/corpora), then update its SHA-256 in core/.../DATA.md, and rebuild the event decider "
                + "(`./marsad train events`), which trains on the chosen fields.\n";
    }
}
