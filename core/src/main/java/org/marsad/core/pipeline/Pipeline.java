package org.marsad.core.pipeline;

import org.marsad.core.budget.PageBudget;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.entity.ActorMemory;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.event.SentenceReading;
import org.marsad.core.event.TriggerHit;
import org.marsad.core.geo.ArticleGeoContext;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.ArticleSplitter;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.SentenceSplitter;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.time.DateMention;
import org.marsad.core.time.DateResolver;
import org.marsad.core.time.ReportDate;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * Page in, events out. Immutable and thread-safe once built: lexicons are loaded by the stages' constructors
 * and shared read-only.
 */
public final class Pipeline {
    /** The longest stretch of text coded as one sentence. */
    static final int MAX_SENTENCE_CHARS = 1500;

    private final ArticleSplitter articles;
    private final SentenceSplitter sentences;
    private final Tokenizer tokenizer;
    private final ActorRecognizer actors;
    private final DateResolver dates;
    private final CountFinder counts;
    private final PlaceFinder places;
    private final EventCoder coder;
    private final ArticleEventMerger merger;
    private final EventDecider decider;

    public Pipeline(ArticleSplitter articles, SentenceSplitter sentences, Tokenizer tokenizer, ActorRecognizer actors,
                    DateResolver dates, CountFinder counts, PlaceFinder places, EventCoder coder,
                    ArticleEventMerger merger) {
        this(articles, sentences, tokenizer, actors, dates, counts, places, coder, merger, EventDecider.RULES);
    }

    private Pipeline(ArticleSplitter articles, SentenceSplitter sentences, Tokenizer tokenizer, ActorRecognizer actors,
                     DateResolver dates, CountFinder counts, PlaceFinder places, EventCoder coder,
                     ArticleEventMerger merger, EventDecider decider) {
        this.decider = decider;
        this.articles = articles;
        this.sentences = sentences;
        this.tokenizer = tokenizer;
        this.actors = actors;
        this.dates = dates;
        this.counts = counts;
        this.places = places;
        this.coder = coder;
        this.merger = merger;
    }

    /** The pipeline with the project's own lexicons. */
    public static Pipeline standard() {
        return PipelineFactory.standard();
    }

    /** This pipeline with {@code decider} deciding which candidate events are reported events. */
    public Pipeline withDecider(EventDecider newDecider) {
        return new Pipeline(articles, sentences, tokenizer, actors, dates, counts, places, coder, merger, newDecider);
    }

    public EventDecider decider() {
        return decider;
    }

    public ArticleSplitter articleSplitter() {
        return articles;
    }

    /** Splits the page and codes every non-teaser article, dated by the page's publication date. */
    public PageResult process(Page page) {
        PageBudget.check("article splitting");
        List<Article> found = articles.split(page);
        List<Event> events = new ArrayList<>();
        for (Article a : found) {
            if (!a.teaser()) {
                events.addAll(events(page, a, page.meta().published()));
            }
        }
        return new PageResult(page, found, events);
    }

    /**
     * The events of one article, relative dates resolved against {@code published} (may be null). Only a sentence
     * with a trigger can yield an event, so dates and counts are looked for only there, and they with the words
     * decide whether a trigger reports an event ({@link EventCoder#read}). Actors and places are looked for in a
     * sentence that reports one, and in every sentence before it, in order, since the places and persons an article
     * names steer the reading of later ones; after the last sentence that reports an event, they are not looked for.
     */
    public List<Event> events(Page page, Article article, LocalDate published) {
        if (article.teaser()) {
            return List.of();
        }
        String text = page.text();
        List<Event> out = new ArrayList<>();
        ArticleState state = new ArticleState(text, published);
        for (Block b : article.bodyBlocks()) {
            for (Span sentence : sentences.split(text, b.span().start(), b.span().end())) {
                for (Span span : bounded(text, sentence)) {
                    PageBudget.check("event coding");
                    Sentence s = sentence(text, span);
                    List<TriggerHit> hits = coder.triggers(s.tokens());
                    if (hits.isEmpty()) {
                        state.later(s, false);
                        continue;
                    }
                    List<DateMention> found = dates.find(text, s, published);
                    List<CountMention> counted = counts.find(text, s);
                    SentenceReading reading = coder.read(text, s, hits, published, found, counted);
                    if (!reading.reportsAny()) {
                        state.later(s, true);
                        continue;
                    }
                    state.catchUp();
                    Named named = state.read(s);
                    SentenceContext ctx = new SentenceContext(page, article, published, s, named.actors(), found,
                            counted, named.places());
                    out.addAll(coder.code(ctx, reading));
                }
            }
        }
        return ReportDate.fill(merger.merge(decider.decide(out, text)), published);
    }

    /**
     * What an article has named so far (its places' countries, the persons it introduced) and the sentences not yet
     * read for it: the state is brought up to date only when a sentence needs it, in the order of the sentences.
     */
    private final class ArticleState {
        private final String text;
        private final LocalDate published;
        private final List<Pending> pending = new ArrayList<>();
        ArticleGeoContext geo = ArticleGeoContext.EMPTY;
        ActorMemory memory = ActorMemory.EMPTY;

        ArticleState(String text, LocalDate published) {
            this.text = text;
            this.published = published;
        }

        /** A sentence not read yet; {@code trigger}: it had one, so its actors are read too, as a reporting one's. */
        private record Pending(Sentence sentence, boolean trigger) {
        }

        /** Keeps {@code s} to be read when a later sentence reports an event. */
        void later(Sentence s, boolean trigger) {
            pending.add(new Pending(s, trigger));
        }

        /** Reads the kept sentences, in order: the places of each, and the actors of those with a trigger. */
        void catchUp() {
            for (Pending p : pending) {
                if (p.trigger()) {
                    read(p.sentence());
                } else {
                    geo = geo.with(places.find(text, p.sentence(), geo));
                }
            }
            pending.clear();
        }

        /** The actors and places of {@code s}, read as the article so far steers them, and learned for later ones. */
        Named read(Sentence s) {
            Named named = new Named(actors.find(text, s, published, memory), places.find(text, s, geo));
            geo = geo.with(named.places());
            memory = actors.learn(memory, s, named.actors());
            return named;
        }
    }

    /** What a sentence names: its actors and its places. */
    private record Named(List<ActorMention> actors, List<PlaceMention> places) {
    }

    /**
     * A "sentence" longer than {@value #MAX_SENTENCE_CHARS} chars is no sentence (a run-on table, a page without
     * punctuation, hostile input): it is cut at the last space before the limit so that every stage stays linear.
     */
    static List<Span> bounded(String text, Span sentence) {
        if (sentence.length() <= MAX_SENTENCE_CHARS) {
            return List.of(sentence);
        }
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        while (sentence.end() - start > MAX_SENTENCE_CHARS) {
            int cut = start + MAX_SENTENCE_CHARS;
            int space = text.lastIndexOf(' ', cut);
            if (space > start + MAX_SENTENCE_CHARS / 2) {
                cut = space;
            } else if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            out.add(new Span(start, cut));
            start = cut;
        }
        out.add(new Span(start, sentence.end()));
        return out;
    }

    /** One sentence through tokenisation and the mention finders, ready for the coder. */
    public SentenceContext context(Page page, Article article, LocalDate published, Span span) {
        return context(page, article, published, span, ArticleGeoContext.EMPTY);
    }

    /** The same, with the countries of the places named earlier in the article to tell ambiguous places apart. */
    public SentenceContext context(Page page, Article article, LocalDate published, Span span, ArticleGeoContext geo) {
        return context(page, article, published, sentence(page.text(), span), geo, ActorMemory.EMPTY);
    }

    /** {@code memory}: the persons the article introduced earlier with a title, so a later surname keeps their code. */
    private SentenceContext context(Page page, Article article, LocalDate published, Sentence s,
                                    ArticleGeoContext geo, ActorMemory memory) {
        String text = page.text();
        return new SentenceContext(page, article, published, s, actors.find(text, s, published, memory),
                dates.find(text, s, published), counts.find(text, s), places.find(text, s, geo));
    }

    private Sentence sentence(String text, Span span) {
        return new Sentence(span.start(), span.end(), tokenizer.tokenize(text, span.start(), span.end()));
    }
}
