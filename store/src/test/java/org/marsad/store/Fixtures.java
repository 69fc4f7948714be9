package org.marsad.store;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** Synthetic pages with two events each, written for these tests. */
final class Fixtures {
    private Fixtures() {
    }

    static PageResult page(int n) {
        String text = "خبر رقم " + n + "\n\nقصفت القوات التركية قرية صغيرة، وتظاهر مئات في المدينة يوم " + n + ".";
        Page page = Page.of("page-" + n + ".txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, "example.org", LocalDate.of(2024, 11, 10), null));
        int body = text.indexOf("قصفت");
        Article a = new Article(0, "خبر رقم " + n, new Span(0, text.indexOf('\n')),
                List.of(new Block(BlockKind.BODY, new Span(body, text.length()))), false);
        Trigger shell = new Trigger("قصفت", body, body + 4);
        int protest = text.indexOf("تظاهر");
        Trigger demo = new Trigger("تظاهر", protest, protest + 5);
        Span sentence = new Span(body, text.length());
        Entity army = new Entity("القوات التركية", body + 5, body + 19, "TURMIL", "TUR", Sector.MIL, "Turkish armed forces");
        EventDate day = new EventDate(LocalDate.of(2024, 11, 1).plusDays(n % 9).toString(), DatePrecision.DAY, null,
                null, null);
        Location idlib = new Location("قرية", body + 20, body + 24, "Idlib", "إدلب", 169387L, 35.93, 36.63, "SY",
                "Idlib", "PPLA", GeoPrecision.TOWN);
        Event e1 = new Event(Event.idFor(page.docId(), 0, shell, EventType.ASSAULT), page.docId(), 0,
                EventType.ASSAULT, Mode.HEAVY_WEAPONS, null, "195", 4, EventStatus.OCCURRED, army, null, shell, day,
                idlib, new Size(n % 4, null, null, null, false), sentence, null, "test", 0.8);
        Event e2 = new Event(Event.idFor(page.docId(), 0, demo, EventType.PROTEST), page.docId(), 0,
                EventType.PROTEST, Mode.DEMO, null, "141", 3, EventStatus.OCCURRED, null, null, demo, day, null, null,
                sentence, null, "test", 0.6);
        return new PageResult(page, List.of(a), List.of(e1, e2));
    }
}
