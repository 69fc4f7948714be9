package org.marsad.core.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.core.assembly.EventAssembly;
import org.marsad.core.budget.PageBudget;
import org.marsad.core.decide.Decided;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.FieldDecider;
import org.marsad.core.event.SentenceContext;
import org.marsad.core.geo.ArticleGeoContext;
import org.marsad.core.naming.ArticleMemory;
import org.marsad.core.naming.Named;
import org.marsad.core.naming.Namer;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.proposal.Proposal;
import org.marsad.core.proposal.Proposer;
import org.marsad.core.reading.Reading;
import org.marsad.core.reading.SentenceAt;
import org.marsad.core.reading.SentenceReader;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.ArticleSplitter;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.SentenceSplitter;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * Page in, events out, as one chain of typed steps (docs/architecture.md): a page's articles; each article's
 * sentences, each read ({@link SentenceReader}), named ({@link Namer}) and its candidate events proposed
 * ({@link Proposer}); the article's candidates decided, their fields where the rules read several values, as which side acted ({@link FieldDecider}), and which are
 * reported events ({@link EventDecider}), and the events kept assembled into one
 * per happening ({@link EventAssembly}). Immutable and thread-safe once built: lexicons are loaded by the steps'
 * constructors and shared read-only ({@link PipelineFactory}).
 */
public final class Pipeline {
    /** The longest stretch of text coded as one sentence. */
    static final int MAX_SENTENCE_CHARS = 1500;

    private final ArticleSplitter articles;
    private final SentenceSplitter sentences;
    private final Tokenizer tokenizer;
    private final SentenceReader reader;
    private final Namer namer;
    private final Proposer proposer;
    private final FieldDecider fields;
    private final EventDecider decider;
    private final EventAssembly assembly;
    /** One sentence out of its article, for benchmarks and tests ({@link #context}). */
    private final SentenceContexts contexts;

    public Pipeline(ArticleSplitter articles, SentenceSplitter sentences, Tokenizer tokenizer, SentenceReader reader,
                    Namer namer, Proposer proposer, FieldDecider fields, EventDecider decider, EventAssembly assembly,
                    SentenceContexts contexts) {
        this.articles = articles;
        this.sentences = sentences;
        this.tokenizer = tokenizer;
        this.reader = reader;
        this.namer = namer;
        this.proposer = proposer;
        this.fields = fields;
        this.decider = decider;
        this.assembly = assembly;
        this.contexts = contexts;
    }

    /** The pipeline with the project's own lexicons and the rules' decisions. */
    public static Pipeline standard() {
        return PipelineFactory.standard();
    }

    /** This pipeline with {@code newDecider} deciding which candidate events are reported events. */
    public Pipeline withDecider(EventDecider newDecider) {
        return new Pipeline(articles, sentences, tokenizer, reader, namer, proposer, fields, newDecider, assembly,
                contexts);
    }

    /** This pipeline with {@code newFields} deciding the fields of each candidate event (its actor, its place). */
    public Pipeline withFields(FieldDecider newFields) {
        return new Pipeline(articles, sentences, tokenizer, reader, namer, proposer, newFields, decider, assembly,
                contexts);
    }

    /** This pipeline with {@code newAssembly} making the article's events of the events kept (merging, dating). */
    public Pipeline withAssembly(EventAssembly newAssembly) {
        return new Pipeline(articles, sentences, tokenizer, reader, namer, proposer, fields, decider, newAssembly,
                contexts);
    }

    public EventDecider decider() {
        return decider;
    }

    /** The last step: the events kept → the article's events. */
    public EventAssembly assembly() {
        return assembly;
    }

    public FieldDecider fields() {
        return fields;
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

    /** The events of one article, relative dates resolved against {@code published} (may be null). */
    public List<Event> events(Page page, Article article, LocalDate published) {
        if (article.teaser()) {
            return List.of();
        }
        ArticleMemory memory = namer.open(page, published);
        List<Candidate> proposed = new ArrayList<>();
        List<Event> references = new ArrayList<>();
        forEachSentence(page, article, published, sentence -> {
            Reading reading = reader.read(sentence);
            Named named = memory.name(reading);
            Proposal p = proposer.propose(named);
            proposed.addAll(p.candidates());
            references.addAll(p.references());
        });
        Candidates candidates = fields.decide(new Candidates(page, article, published, proposed, references));
        Decided decided = decider.decide(candidates);
        return assembly.assemble(decided);
    }

    /** The sentences of the article's body, in order, each tokenised when its turn comes. */
    private void forEachSentence(Page page, Article article, LocalDate published, Consumer<SentenceAt> step) {
        String text = page.text();
        int index = 0;
        for (Block b : article.bodyBlocks()) {
            for (Span sentence : sentences.split(text, b.span().start(), b.span().end())) {
                for (Span span : bounded(text, sentence)) {
                    PageBudget.check("event coding");
                    step.accept(new SentenceAt(page, article, published, index++, sentence(text, span)));
                }
            }
        }
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
        return contexts.context(page, article, published, sentence(page.text(), span), geo);
    }

    private Sentence sentence(String text, Span span) {
        return new Sentence(span.start(), span.end(), tokenizer.tokenize(text, span.start(), span.end()));
    }
}
