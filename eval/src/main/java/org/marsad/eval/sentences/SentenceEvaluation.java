package org.marsad.eval.sentences;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.Prf;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.PageCoder;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Mention;

/**
 * Scores sentence labels: a sentence is gold-positive for a type when the coders labelled it with that type and
 * any status but {@code background}; it is system-positive when an event of that type, or a mention merged into
 * one, has its trigger in the sentence. Each labelled sentence is found in the page text the pipeline read by its
 * exact text; a sentence the reader changed (cleaned characters) is counted as not aligned and left out.
 * Sentences labelled only {@code background} are the hard negatives: their share left without any event is
 * reported.
 */
public final class SentenceEvaluation {
    private final PageCoder coder;
    private final StandoffGold reader;

    public SentenceEvaluation(PageCoder coder, Path corpora) {
        this.coder = coder;
        this.reader = new StandoffGold(corpora);
    }

    /** Per-type counts, and the totals. */
    public record Report(Map<EventType, int[]> counts, int articles, int sentences, int unaligned,
                         int backgroundOnly, int backgroundQuiet, List<String> problems) {
        public int[] micro() {
            int[] m = new int[3];
            counts.values().forEach(c -> {
                m[0] += c[0];
                m[1] += c[1];
                m[2] += c[2];
            });
            return m;
        }

        public String toTable() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d articles, %d sentences scored (%d not aligned)%n", articles, sentences, unaligned));
            b.append("type         tp    fp    fn   prec    rec     f1\n");
            counts.forEach((t, c) -> b.append(row(t.name(), c)));
            b.append(row("all", micro()));
            b.append(String.format(Locale.ROOT, "background-only sentences left without an event: %d of %d (%.3f)%n",
                    backgroundQuiet, backgroundOnly, backgroundOnly == 0 ? 0 : (double) backgroundQuiet / backgroundOnly));
            return b.toString();
        }

        private static String row(String name, int[] c) {
            Prf p = new Prf(c[0], c[1], c[2]);
            return String.format(Locale.ROOT, "%-10s %5d %5d %5d  %.3f  %.3f  %.3f%n", name, c[0], c[1], c[2],
                    p.precision(), p.recall(), p.f1());
        }

        public String toJson() {
            StringBuilder types = new StringBuilder();
            counts.forEach((t, c) -> types.append(types.length() == 0 ? "" : ", ").append("\"").append(t.name())
                    .append("\": ").append(json(c)));
            return String.format(Locale.ROOT, "{\"articles\": %d, \"sentences\": %d, \"unaligned\": %d, \"all\": %s, "
                    + "\"types\": {%s}, \"background_only\": %d, \"background_quiet\": %d}", articles, sentences,
                    unaligned, json(micro()), types, backgroundOnly, backgroundQuiet);
        }

        private static String json(int[] c) {
            Prf p = new Prf(c[0], c[1], c[2]);
            return String.format(Locale.ROOT, "{\"tp\": %d, \"fp\": %d, \"fn\": %d, \"precision\": %.4f, \"recall\": %.4f, "
                    + "\"f1\": %.4f}", c[0], c[1], c[2], p.precision(), p.recall(), p.f1());
        }
    }

    /** Scores every stand-off file of {@code split} (null: all) under each folder. */
    public Report run(List<Path> folders, String split) {
        Map<EventType, int[]> counts = new EnumMap<>(EventType.class);
        for (EventType t : EventType.values()) {
            counts.put(t, new int[3]);
        }
        List<String> problems = new ArrayList<>();
        int[] totals = new int[5];
        for (Path dir : folders) {
            for (Path f : new StandoffSet(dir).files(split)) {
                try {
                    score(reader.read(f), counts, totals, problems);
                } catch (GoldFormatException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        return new Report(counts, totals[0], totals[1], totals[2], totals[3], totals[4], problems);
    }

    private void score(StandoffGold.Entry entry, Map<EventType, int[]> counts, int[] totals, List<String> problems) {
        Page page = CorpusPage.read(entry.pageFile(), problems).orElse(null);
        if (page == null) {
            return;
        }
        Article main = CorpusPage.mainArticle(coder.split(page)).orElse(null);
        List<Event> events = main == null ? List.of()
                : coder.events(page, main, entry.gold().articles().get(0).published());
        totals[0]++;
        String text = page.text();
        int cursor = 0;
        for (JsonNode s : entry.standoff().path("sentences")) {
            JsonNode span = s.path("span");
            String sentence = entry.text().substring(span.get(0).asInt(), span.get(1).asInt());
            int at = text.indexOf(sentence, cursor);
            if (at < 0) {
                at = text.indexOf(sentence);
            }
            if (at < 0) {
                totals[2]++;
                continue;
            }
            cursor = at + sentence.length();
            totals[1]++;
            Set<EventType> gold = new HashSet<>();
            boolean background = false;
            for (JsonNode l : s.path("labels")) {
                String v = l.asText();
                if (v.endsWith(":background")) {
                    background = true;
                } else {
                    gold.add(EventType.valueOf(v.substring(0, v.indexOf(':'))));
                }
            }
            Set<EventType> system = typesIn(events, at, at + sentence.length());
            for (EventType t : EventType.values()) {
                int[] c = counts.get(t);
                boolean g = gold.contains(t);
                boolean y = system.contains(t);
                c[0] += g && y ? 1 : 0;
                c[1] += !g && y ? 1 : 0;
                c[2] += g && !y ? 1 : 0;
            }
            if (background && gold.isEmpty()) {
                totals[3]++;
                totals[4] += system.isEmpty() ? 1 : 0;
            }
        }
    }

    /** The types of events whose trigger, or a merged mention's trigger, starts in {@code [start, end)}. */
    static Set<EventType> typesIn(List<Event> events, int start, int end) {
        Set<EventType> out = new HashSet<>();
        for (Event e : events) {
            if (e.trigger().start() >= start && e.trigger().start() < end) {
                out.add(e.type());
            }
            for (Mention m : e.mentions()) {
                if (m.trigger().start() >= start && m.trigger().start() < end) {
                    out.add(e.type());
                }
            }
        }
        return out;
    }
}
