package org.marsad.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.event.EventCoder;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.SentenceSplitter;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateResolver;
import org.marsad.model.Span;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The hot stages, each over the same ten sentences per invocation (so a score is the time for ten sentences):
 * normalisation with alignment, tokenisation, lexicon matching (triggers, actors, places), date and number
 * resolution, event patterns on ready sentence contexts, and the whole pipeline on a page of those sentences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {
    private ArabicNormalizer normalizer;
    private Tokenizer tokenizer;
    private ActorRecognizer actors;
    private PlaceFinder places;
    private DateResolver dates;
    private CountFinder counts;
    private EventCoder coder;
    private Pipeline pipeline;
    private Page page;
    /** Each sentence as its own text, tokenised, for the stages that take one sentence. */
    private List<String> texts;
    private List<Sentence> sentences;
    private List<SentenceContext> contexts;

    @Setup
    public void setUp() {
        normalizer = new ArabicNormalizer();
        tokenizer = new Tokenizer(normalizer);
        actors = new ActorRecognizer(normalizer);
        places = new PlaceFinder(normalizer);
        dates = new DateResolver(normalizer);
        counts = new CountFinder(normalizer);
        coder = EventCoder.standard(normalizer);
        pipeline = Pipeline.standard();
        page = Texts.page();
        texts = Texts.SENTENCES;
        sentences = new ArrayList<>();
        for (String t : texts) {
            sentences.add(new Sentence(0, t.length(), tokenizer.tokenize(t, 0, t.length())));
        }
        contexts = new ArrayList<>();
        Article article = pipeline.articleSplitter().split(page).get(0);
        SentenceSplitter splitter = new SentenceSplitter();
        for (Block b : article.bodyBlocks()) {
            for (Span s : splitter.split(page.text(), b.span().start(), b.span().end())) {
                contexts.add(pipeline.context(page, article, Texts.PUBLISHED, s));
            }
        }
    }

    @Benchmark
    public void normaliseWithAlignment(Blackhole bh) {
        for (String t : texts) {
            bh.consume(normalizer.align(t));
        }
    }

    @Benchmark
    public void tokenise(Blackhole bh) {
        for (String t : texts) {
            bh.consume(tokenizer.tokenize(t, 0, t.length()));
        }
    }

    @Benchmark
    public void lexiconTriggers(Blackhole bh) {
        for (Sentence s : sentences) {
            bh.consume(coder.triggers(s.tokens()));
        }
    }

    @Benchmark
    public void lexiconActors(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(actors.find(texts.get(i), sentences.get(i), Texts.PUBLISHED));
        }
    }

    @Benchmark
    public void lexiconPlaces(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(places.find(texts.get(i), sentences.get(i)));
        }
    }

    @Benchmark
    public void dates(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(dates.find(texts.get(i), sentences.get(i), Texts.PUBLISHED));
        }
    }

    @Benchmark
    public void numbers(Blackhole bh) {
        for (int i = 0; i < texts.size(); i++) {
            bh.consume(counts.find(texts.get(i), sentences.get(i)));
        }
    }

    @Benchmark
    public void eventPatterns(Blackhole bh) {
        for (SentenceContext c : contexts) {
            bh.consume(coder.code(c));
        }
    }

    @Benchmark
    public void wholePage(Blackhole bh) {
        bh.consume(pipeline.process(page));
    }
}
