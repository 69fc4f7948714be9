package org.marsad.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.assembly.EventAssembly;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.dedup.HappeningChoice;
import org.marsad.core.dedup.HappeningFeatures;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.articles.FieldRules;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * What the article merge ({@link HappeningChoice}) learns from: in each coded article of the gold's train part, the
 * events the shipped pipeline keeps, before it merges them, each told to the coded event that reports it: the coded
 * event whose trigger or one of whose {@code mentions} its trigger overlaps (else the one it agrees with best, as
 * {@link GoldCandidates} holds them). For every such event after the first of its type, one choice: each earlier
 * event of its type (right when told to the same coded event; not one {@link HappeningChoice#apart} holds apart) and
 * "a happening of its own" (right when none is).
 */
public final class HappeningExamples {
    private final Pipeline pipeline;
    private final StandoffGold reader;
    private final HappeningFeatures features;

    public HappeningExamples(Pipeline pipeline, Path corpora, HappeningFeatures features) {
        this.pipeline = pipeline;
        this.reader = new StandoffGold(corpora);
        this.features = features;
    }

    /** The choices of the stand-off files of {@code split} under {@code gold}. */
    public List<Choice> of(Path gold, String split, List<String> problems) {
        List<Choice> out = new ArrayList<>();
        for (CodedArticles.Coded coded : CodedArticles.of(gold, split, reader, pipeline, problems)) {
            of(coded, out);
        }
        return out;
    }

    private void of(CodedArticles.Coded coded, List<Choice> out) {
        StandoffGold.Entry entry = coded.entry();
        Page page = coded.page();
        Article main = coded.main();
        var goldArticle = coded.gold();
        List<Event> events = ArticleEventMerger.framed(kept(page, main, goldArticle.published()));
        List<List<Span>> told = spans(entry, page.text());
        int[] gold = new int[events.size()];
        for (int i = 0; i < events.size(); i++) {
            gold[i] = toldTo(events.get(i), goldArticle.events(), told);
        }
        HappeningFeatures.Told article = HappeningFeatures.Told.of(events, page.text());
        int[] rules = ArticleEventMerger.rulesHappenings(events, page.text());
        String document = "ant:" + entry.path();
        for (int b = 0; b < events.size(); b++) {
            if (gold[b] < 0 || article.previous()[b] < 0) {
                continue;
            }
            List<Example> options = new ArrayList<>();
            boolean earlierSame = false;
            int rulesPick = 0;
            int seen = 0;
            for (int a = article.previous()[b]; a >= 0 && seen < HappeningChoice.MAX_BACK; a = article.previous()[a]) {
                seen++;
                if (HappeningChoice.apart(events.get(a), events.get(b))) {
                    continue;
                }
                boolean same = gold[a] == gold[b];
                earlierSame |= same;
                options.add(new Example(features.of(article, a, b), same, document, "ant"));
                if (rulesPick == 0 && rules[a] == rules[b]) {
                    rulesPick = options.size();
                }
            }
            options.add(0, new Example(features.of(article, -1, b), !earlierSame, document, "ant"));
            out.add(new Choice(options, rulesPick));
        }
    }

    /** The events the pipeline keeps in the article, before its merge. */
    private List<Event> kept(Page page, Article article, java.time.LocalDate published) {
        List<Event> seen = new ArrayList<>();
        EventAssembly capture = decided -> {
            seen.addAll(decided.events());
            return decided.events();
        };
        pipeline.withAssembly(capture).events(page, article, published);
        return seen;
    }

    /**
     * For each coded event, its trigger and mentions as spans of the page text: the stand-off offsets point into
     * the corpus file, which the page reader turns into the page's text (tags dropped), so each span is found again
     * by its words and the words around them.
     */
    private static List<List<Span>> spans(StandoffGold.Entry entry, String pageText) {
        List<List<Span>> out = new ArrayList<>();
        for (JsonNode e : entry.standoff().path("events")) {
            List<Span> spans = new ArrayList<>();
            add(spans, e.path("trigger"), entry.text(), pageText);
            for (JsonNode m : e.path("mentions")) {
                add(spans, m, entry.text(), pageText);
            }
            out.add(spans);
        }
        return out;
    }

    private static void add(List<Span> spans, JsonNode span, String raw, String pageText) {
        if (!span.isArray() || span.size() != 2) {
            return;
        }
        int s = span.get(0).asInt();
        int e = span.get(1).asInt();
        if (s < 0 || e > raw.length() || e <= s) {
            return;
        }
        for (int context : new int[] {30, 15, 6, 0}) {
            int from = Math.max(0, s - context);
            int to = Math.min(raw.length(), e + context);
            int at = pageText.indexOf(raw.substring(from, to));
            if (at >= 0) {
                spans.add(new Span(at + (s - from), at + (s - from) + (e - s)));
                return;
            }
        }
    }

    /** The index of the coded event the event reports, or -1. */
    static int toldTo(Event e, List<GoldEvent> gold, List<List<Span>> told) {
        for (int g = 0; g < gold.size() && g < told.size(); g++) {
            if (!FieldRules.type(e.type(), gold.get(g).type())) {
                continue;
            }
            for (Span s : told.get(g)) {
                if (s.start() < e.trigger().end() && e.trigger().start() < s.end()) {
                    return g;
                }
            }
        }
        GoldEvent best = GoldCandidates.best(gold, e);
        return best == null ? -1 : gold.indexOf(best);
    }
}
