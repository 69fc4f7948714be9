package org.marsad.eval.articles;

import java.nio.file.Path;
import java.util.Locale;
import org.marsad.eval.Prf;
import org.marsad.eval.Table;
import org.marsad.model.Event;

/**
 * The report for people: the event scores, the field accuracies, one line per gold article and per stray system
 * article that yielded events, and with {@code verbose} every gold event with what it matched or why not.
 */
public final class ReportText {
    private static final int HEADLINE = 48;

    private ReportText() {
    }

    public static String render(ArticlesReport r, boolean verbose) {
        StringBuilder out = new StringBuilder();
        Prf p = r.events();
        out.append("events\n").append(new Table("tp", "fp", "fn", "precision", "recall", "f1")
                .row(p.tp(), p.fp(), p.fn(), p.precision(), p.recall(), p.f1()).render());
        FieldScores f = r.fields();
        out.append("\nfields over ").append(f.pairs()).append(" matched pairs\n")
                .append(new Table("recipient", "date", "place", "dead", "status", "country")
                        .row(f.recipientAccuracy(), f.dateAccuracy(), f.placeAccuracy(), f.deadAccuracy(),
                                f.statusAccuracy(), f.countryAccuracy()).render());
        out.append(String.format(Locale.ROOT,
                "%npages %d, gold articles %d (aligned %d), optional events matched %d, teaser events %d,"
                        + " events of unaligned articles %d, %.1f s%n",
                r.pages().size(), r.articles(), r.aligned(), r.optionalMatched(), r.teaserEvents(),
                r.unalignedEvents(), r.seconds()));
        out.append('\n').append(typeTable(r)).append('\n').append(articleTable(r));
        if (verbose) {
            r.pages().forEach(page -> details(out, page));
        }
        if (!r.errors().isEmpty()) {
            out.append("\nnot scored: ").append(r.errors().size()).append(" gold file(s), listed on stderr\n");
        }
        return out.toString();
    }

    private static String articleTable(ArticlesReport r) {
        Table t = new Table("page", "gold", "headline", "system article", "required", "optional", "events", "tp",
                "fp", "fn");
        for (PageScore page : r.pages()) {
            String name = name(page);
            for (ArticleScore a : page.articles()) {
                GoldArticle g = a.gold();
                t.row(name, g.index(), Describe.headline(g.headline(), HEADLINE), aligned(a.alignment()),
                        g.required(), g.events().size() - g.required(), a.system().size(), a.pairing().tp(),
                        a.pairing().fp(), a.pairing().fn());
            }
            for (StrayArticle s : page.strays()) {
                if (!s.events().isEmpty()) {
                    t.row(name, "-", Describe.headline(s.article().headline(), HEADLINE), stray(s), 0, 0,
                            s.events().size(), 0, s.events().size(), 0);
                }
            }
        }
        return t.render();
    }

    private static String typeTable(ArticlesReport r) {
        Table t = new Table("type", "tp", "fp", "fn", "precision", "recall", "f1");
        r.byType().forEach((type, p) -> t.row(type, p.tp(), p.fp(), p.fn(), p.precision(), p.recall(), p.f1()));
        return t.render();
    }

    private static String name(PageScore page) {
        Path file = Path.of(page.page().origin()).getFileName();
        return file == null ? page.page().origin() : file.toString();
    }

    private static String aligned(Alignment a) {
        if (a.main()) {
            return "#" + a.system().index() + " (main article)";
        }
        if (a.aligned()) {
            return String.format(Locale.ROOT, "#%d%s (%.2f)", a.system().index(), a.system().teaser() ? " TEASER" : "",
                    a.similarity());
        }
        return a.nearest() == null ? "none" : String.format(Locale.ROOT, "none (nearest #%d %.2f)",
                a.nearest().index(), a.similarity());
    }

    private static String stray(StrayArticle s) {
        return "#" + s.article().index() + (s.article().teaser() ? " teaser" : " unaligned") + ": all FP";
    }

    private static void details(StringBuilder out, PageScore page) {
        for (ArticleScore a : page.articles()) {
            out.append("\n== ").append(page.page().origin()).append(" gold article ").append(a.gold().index()).append(": ")
                    .append(Describe.headline(a.gold().headline(), 80)).append(" -> ")
                    .append(aligned(a.alignment())).append('\n');
            Explainer.lines(a, page.page().text()).forEach(l -> out.append("  ").append(l).append('\n'));
        }
        for (StrayArticle s : page.strays()) {
            if (s.events().isEmpty()) {
                continue;
            }
            out.append("\n== ").append(page.page().origin()).append(" system article ").append(stray(s)).append(": ")
                    .append(Describe.headline(s.article().headline(), 80)).append('\n');
            for (Event e : s.events()) {
                out.append("  [FP]   ").append(Describe.system(e)).append('\n');
                out.append("         in: ").append(Describe.sentence(e, page.page().text())).append('\n');
            }
        }
    }
}
