package org.marsad.core.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.entity.ActorCode;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateMention;
import org.marsad.model.Event;
import org.marsad.model.Span;

/** Builds one-sentence contexts from our own test sentences, with mentions placed by their surface text. */
final class Fixture {
    static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    static final EventCoder CODER = EventCoder.standard(NORMALIZER);
    static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 10);

    private final String text;
    private final List<Token> tokens;
    private final List<ActorMention> actors = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<CountMention> counts = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private PageMeta meta = new PageMeta("https://example.org/a", "example.org", PUBLISHED, null);

    private Fixture(String text) {
        this.text = text;
        this.tokens = new Tokenizer(NORMALIZER).tokenize(text, 0, text.length());
    }

    static Fixture of(String text) {
        return new Fixture(text);
    }

    /** An actor mention over the first occurrence of {@code surface}, with code like "TURMIL". */
    Fixture actor(String surface, String code) {
        Span s = span(surface);
        String country = code.length() >= 6 ? code.substring(0, 3) : null;
        String sector = code.length() >= 6 ? code.substring(3) : null;
        actors.add(new ActorMention(tokenAt(s.start()), tokenEndAt(s.end()), s, surface, new ActorCode(code, country, sector, null)));
        return this;
    }

    /** A report-source mention (the actor lexicon's SOURCE flag). */
    Fixture sourceActor(String surface, String code) {
        Span s = span(surface);
        actors.add(new ActorMention(tokenAt(s.start()), tokenEndAt(s.end()), s, surface,
                new ActorCode(code, code.substring(0, 3), code.substring(3), null, true)));
        return this;
    }

    Fixture date(String surface, org.marsad.model.EventDate d) {
        dates.add(new DateMention(span(surface), d));
        return this;
    }

    /** A date mention whose text gives it a direction ("المقرر أن تعقد الاثنين" is FUTURE). */
    Fixture date(String surface, org.marsad.model.EventDate d, org.marsad.core.time.TimeCue cue) {
        dates.add(new DateMention(span(surface), d, d, cue));
        return this;
    }

    Fixture count(String surface, int value, org.marsad.core.quantity.CountSlot slot) {
        counts.add(new CountMention(span(surface), value, false, slot));
        return this;
    }

    Fixture place(String surface, org.marsad.model.Location l) {
        Span s = span(surface);
        places.add(new PlaceMention(tokenAt(s.start()), tokenEndAt(s.end()), l));
        return this;
    }

    Span span(String surface) {
        int i = text.indexOf(surface);
        if (i < 0) {
            throw new IllegalArgumentException("not in the sentence: " + surface);
        }
        return new Span(i, i + surface.length());
    }

    private int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() == offset) {
                return i;
            }
        }
        throw new IllegalArgumentException("no token starts at " + offset);
    }

    private int tokenEndAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).end() == offset) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no token ends at " + offset);
    }

    SentenceContext context() {
        Page page = Page.of("test", PageFormat.JSONL, text, meta);
        Article article = new Article(0, null, null, List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), false);
        return new SentenceContext(page, article, PUBLISHED, new Sentence(0, text.length(), tokens), actors, dates,
                counts, places);
    }

    List<Event> code() {
        return CODER.code(context());
    }
}
