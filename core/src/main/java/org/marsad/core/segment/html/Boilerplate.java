package org.marsad.core.segment.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What is never main content: non-text elements (script, style, forms, frames), page chrome (nav, footer,
 * aside; a {@code header} stays, its link lists fall to link density), hidden elements, and elements whose class
 * or id name boilerplate (comments, sharing, related links, sidebars, menus, ads...). Also short text lines that are chrome in Arabic or English
 * ("اقرأ أيضاً", "شارك", "Read more").
 */
final class Boilerplate {
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "iframe", "svg",
            "button", "select", "input", "textarea", "template", "object", "embed", "canvas", "link", "meta",
            "dialog", "rt", "rp");
    /** Page chrome by its tag, unless it wraps the article (ASP.NET pages put the whole page in one form). */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "form", "menu");
    /** Matched against the words of class and id ({@link #words}), each alternative at a word start. */
    private static final Pattern UNLIKELY = Pattern.compile("\\b(?:"
            + "comment|share|sharing|social|related|sidebar|side ?bar|menu|breadcrumb|footer|advert|"
            + "ads?\\b|promo|newsletter|cookie|consent|gdpr|banner|popup|modal|pagination|pager\\b|"
            + "sponsor|disqus|subscribe|signup|login|toolbar|skip|masthead|navbar|nav\\b|rss|tags? ?list|"
            + "author ?bio|most ?(?:read|popular|viewed)|trending|recommend|outbrain|taboola|print ?only|"
            + "sr only|visually ?hidden|teaser ?list|more ?stories|read ?more|weather|"
            + "byline|post ?meta|copyright|disclaimer|rating|tags?\\b|author ?box|entry ?meta)");
    private static final Pattern CAPTION = Pattern.compile("\\b(?:caption|credits?\\b|photo ?credit)");
    private static final Pattern LIKELY = Pattern.compile(
            "article|\\bbody\\b|content|entry|main|post|story|text|detail|column");
    private static final List<String> CHROME_LINES = List.of("اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرا ايضا",
            "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "شارك", "تابعونا", "تابعنا",
            "الأكثر قراءة", "الاكثر قراءة", "الأكثر مشاهدة", "أضف تعليق", "اضف تعليق", "التعليقات",
            "read more", "read also", "related articles", "related stories", "related posts", "share this",
            "share", "follow us", "most read", "advertisement", "sign up", "subscribe", "leave a comment",
            "comments", "you may also like", "you might also like", "auch interessant", "ähnliche beiträge",
            "mehr zum thema", "kommentare", "anzeige", "werbung", "teilen", "lire aussi", "à lire aussi",
            "noticias relacionadas", "te puede interesar", "publicidad", "طباعة", "أرسل لصديق", "ارسل لصديق",
            "print", "drucken", "drukuj", "imprimir", "imprimer", "gefällt mir", "kommentieren", "like",
            "min read", "minute read", "lesezeit");
    /** Digits written as a date or a time: 5.2.2020, 2020-02-05, 05/02/20, 19:49. */
    private static final Pattern DATE_DIGITS = Pattern.compile(
            "\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b|\\b\\d{1,2}:\\d{2}(?:\\s?[ap]m)?\\b", Pattern.CASE_INSENSITIVE);
    /** A month or weekday name, in the languages of the chrome lines, or a clock word. */
    private static final Pattern DATE_WORD = Pattern.compile("(?iu)\\b(?:"
            + "jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|mar(?:ch|s)?|märz|apr(?:il)?|may|mai|jun[ei]?|juin|jul[iy]?|"
            + "juillet|aug(?:ust)?|août|sep(?:t(?:ember)?)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
            + "dez(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
            + "diciembre|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|"
            + "listopada|grudnia|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|"
            + "sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|am|pm|uhr|h|gmt|utc|cet|"
            + "يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
            + "كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين|الأول|الثاني|الأحد|الاثنين|الإثنين|الثلاثاء|"
            + "الأربعاء|الاربعاء|الخميس|الجمعة|السبت)\\b");

    /** Titles of a block of other stories or of readers' comments ({@link #isChromeTitle}). */
    private static final List<String> CHROME_TITLES = List.of("اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرا ايضا",
            "مقالات ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "مواضيع ذات صلة", "الأكثر قراءة", "الاكثر قراءة",
            "الأكثر مشاهدة", "أضف تعليق", "اضف تعليق", "التعليقات", "تعليقات", "read more", "read also",
            "related articles", "related stories", "related posts", "related", "more stories", "most read",
            "comments", "leave a comment", "you may also like", "you might also like", "auch interessant",
            "ähnliche beiträge", "mehr zum thema", "kommentare", "lire aussi", "à lire aussi",
            "noticias relacionadas", "te puede interesar", "ذات صلة", "اقرأ المزيد", "شاهد أيضا", "شاهد ايضا",
            "قد يعجبك أيضا", "قد يهمك أيضا", "مواضيع قد تهمك", "related content", "related coverage",
            "recommended", "more from", "lesen sie auch", "das könnte sie auch interessieren", "weitere artikel",
            "empfehlungen", "sur le même sujet", "leia também", "lea también", "commentaires", "commentaire",
            "kommentar", "comentarios", "comentários", "comment", "reader comments", "responses", "replies",
            "réactions", "reactions", "discussion", "تعليق", "تعليقات القراء");
    /** Titles of a comment thread: that block goes whatever its length. */
    private static final Set<String> COMMENT_TITLES = Set.of("أضف تعليق", "اضف تعليق", "التعليقات", "تعليقات",
            "comments", "leave a comment", "kommentare", "commentaires", "commentaire", "kommentar", "comentarios",
            "comentários", "comment", "reader comments", "responses", "replies", "réactions", "reactions",
            "discussion", "تعليق", "تعليقات القراء");
    /** A titled block of other stories with more paragraph text than this is kept (it may be the article). */
    static final int TITLED_CHROME_PROSE = 1500;

    /** Characters of paragraph text that make a noscript block content. */
    static final int NOSCRIPT_PROSE = 200;

    private Boilerplate() {
    }

    /**
     * Removes every boilerplate element from the body; the document's head is left for metadata. An element
     * named like boilerplate that holds the article itself ({@code article}, {@code main}, an
     * {@code itemprop=articleBody} or the {@code h1}) is kept: class names such as "social-scroll" wrap whole
     * pages; an {@code article} itself named like boilerplate ({@code <article class="comment">}, a reader's
     * comment) holds no article. With {@code byName} false only tags and hidden elements are removed (the retry when the
     * first attempt found almost nothing). True when an element was removed by its class or id alone (with
     * {@code byName} false nothing would have been), so that retry can find more.
     */
    static boolean strip(Document doc, boolean byName) {
        Element body = doc.body();
        Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element marker : body.select("article, main, [itemprop=articleBody], h1")) {
            if (byName && namedBoilerplate(marker)) {
                continue; // an <article class="comment"> is one reader's comment, not the page's article
            }
            Element a = marker;
            while (a != null && holders.add(a)) {
                a = a.parent();
            }
        }
        boolean[] byNameAlone = {false};
        TextMeasure[] before = {null}; // the body as it was, measured when a prose test first needs it
        java.util.function.ToIntFunction<Element> prose = e -> {
            if (before[0] == null) {
                before[0] = TextMeasure.of(body);
            }
            return before[0].prose(e);
        };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && isBoilerplate(e, holders.contains(e), byName, prose)) {
                    byNameAlone[0] |= byName && !isBoilerplate(e, holders.contains(e), false, prose);
                    return FilterResult.REMOVE;
                }
                if (byName && node instanceof Element e && e != body && !holders.contains(e)
                        && titledChrome(e, prose, before)) {
                    byNameAlone[0] = true;
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        }, body);
        return byNameAlone[0];
    }

    /**
     * {@code prose}: the text length of the paragraphs an element holds (itself included); a noscript
     * fallback, or a figure caption or photo credit, that carries the page's prose (a gallery's slides are
     * described in their captions) rather than a pixel or a name has {@link #NOSCRIPT_PROSE} or more.
     */
    private static boolean isBoilerplate(Element e, boolean holdsArticle, boolean byName,
            java.util.function.ToIntFunction<Element> prose) {
        String tag = e.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden")) || hiddenStyle(e.attr("style"))) {
            return true;
        }
        if (CHROME_TAGS.contains(tag)) {
            return !holdsArticle;
        }
        String names = words(e.className() + " " + e.id());
        if (tag.equals("noscript") || tag.equals("figcaption") || !names.isEmpty() && CAPTION.matcher(names).find()) {
            return !holdsArticle && prose.applyAsInt(e) < NOSCRIPT_PROSE;
        }
        if (!byName || holdsArticle || tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
            return false;
        }
        if (names.isEmpty() || !UNLIKELY.matcher(names).find()) {
            return false;
        }
        return !LIKELY.matcher(names).find() || tag.equals("ul") || tag.equals("ol") || tag.equals("a");
    }

    /** Class or id names boilerplate (a comment, a teaser) and nothing that names content. */
    private static boolean namedBoilerplate(Element e) {
        String names = words(e.className() + " " + e.id());
        return !names.isEmpty() && UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find();
    }

    /**
     * Class and id as lower-case words: camel case and punctuation split ("APageRoot" is "a page root", not
     * "pager"; "post-comments" is "post comments").
     */
    static String words(String names) {
        StringBuilder sb = new StringBuilder(names.length() + 8);
        char prev = ' ';
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean alnum = c < 128 && Character.isLetterOrDigit(c);
            if (!alnum) {
                c = ' ';
            } else if (Character.isUpperCase(c) && (Character.isLowerCase(prev) || Character.isDigit(prev))) {
                sb.append(' ');
            }
            if (c != ' ' || sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(Character.toLowerCase(c));
            }
            prev = c;
        }
        return sb.toString().strip();
    }

    private static boolean hiddenStyle(String style) {
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /**
     * A block whose first child is a heading that names other stories or readers' comments ("اقرأ أيضا",
     * "التعليقات (12)", "Related posts"), and that holds less than {@link #TITLED_CHROME_PROSE} characters of
     * paragraphs: a teaser list or comment thread whose class names say nothing. The heading's text is read
     * from the body's measure, so the test costs constant time per element.
     */
    private static boolean titledChrome(Element e, java.util.function.ToIntFunction<Element> prose,
            TextMeasure[] measure) {
        Element first = e.firstElementChild();
        if (first == null || !HEADINGS.contains(first.normalName()) || e.normalName().equals("body")) {
            return false;
        }
        for (org.jsoup.nodes.Node n = first.previousSibling(); n != null; n = n.previousSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
                return false;
            }
        }
        int chars = prose.applyAsInt(first); // builds the measure on first use
        if (measure[0].length(first) > 40) {
            return false;
        }
        String title = measure[0].text(first);
        return isChromeTitle(title)
                && (COMMENT_TITLES.contains(bare(title)) || prose.applyAsInt(e) - chars < TITLED_CHROME_PROSE);
    }

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5", "h6");

    /** A widget title: "Related posts", "التعليقات (12)", "اقرأ أيضاً:". */
    static boolean isChromeTitle(String line) {
        if (line.length() > 40) {
            return false;
        }
        return CHROME_TITLES.contains(bare(line));
    }

    /** Lower case, without punctuation, symbols, digits or tanween: "التعليقات (12)" is "التعليقات". */
    private static String bare(String line) {
        return line.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\p{N}\\s]+", " ").replace('ً', ' ')
                .replaceAll(" +", " ").strip();
    }

    /**
     * A short line that holds a date or a time and nothing else ("05. Februar 2020", "3:59 PM", "11 Jan 2019",
     * "الأحد 5 مايو 2024"): a byline's stamp, not the article's text. It needs a digit.
     */
    static boolean isDateLine(String line) {
        if (line.length() > STAMP) {
            return false;
        }
        if (!DATE_DIGITS.matcher(line).find() && !(DATE_WORD.matcher(line).find() && line.matches("(?s).*\\d.*"))) {
            return false;
        }
        String rest = DATE_WORD.matcher(DATE_DIGITS.matcher(line).replaceAll(" ")).replaceAll(" ").replaceAll("[\\p{N}\\p{P}\\p{S}\\s]+", " ").strip();
        return rest.isEmpty() || isStampLabel(rest);
    }

    /** A date line may carry a label ("Aktualisiert am", "Publié le") of at most this many words. */
    static final int STAMP_WORDS = 4;
    /** Longest date line with its label. */
    static final int STAMP = 70;
    /** Words that say when a page was published or changed (lower case; one of six letters or more starts a word). */
    private static final List<String> STAMP_STEMS = List.of("published", "posted", "updated", "last updated",
            "modified", "veröffentlich", "publiziert", "aktualisiert", "erstellt", "eingestellt", "geändert", "stand",
            "publié", "mis à jour", "modifié", "publicado", "actualizado", "publicación", "actualización",
            "pubblicat", "aggiornat", "modifica", "opublikowan", "aktualizacja", "نشر", "تحديث", "آخر تحديث");

    /** What a date line holds besides its date: a few words, one of which says published or updated. */
    private static boolean isStampLabel(String rest) {
        String[] words = rest.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > STAMP_WORDS) {
            return false;
        }
        for (String w : words) {
            for (String stem : STAMP_STEMS) {
                if (stem.length() >= 6 ? w.startsWith(stem) : w.equals(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A short line that is page chrome: a "read also" marker, a share prompt, a widget title; or a picture's
     * credit or a source line of at most 80 characters ("تصوير: …", "المصدر: …", "Photograph by …").
     */
    static boolean isChromeLine(String line) {
        if (line.length() > 40) {
            return isCreditLine(line);
        }
        String t = line.toLowerCase(Locale.ROOT).replaceAll("^\\d+\\s+", "").replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip()
                .replace('ً', ' ').replace("  ", " ").strip();
        for (String c : CHROME_LINES) {
            if (t.equals(c) || t.startsWith(c + " ") && t.length() < c.length() + 12) {
                return true;
            }
        }
        return isCreditLine(line);
    }

    /** Labels of a picture's credit or a source line ("Foto: …", "Photograph by …", "Crédits photos : …"). */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:fotos?|bild|titelbild|beitragsbild|bildquelle|"
            + "photos?|photograph|image|credits?|crédits? photos?|crédits?|foto ?credits?|صورة|الصورة|تصوير|quelle|source|fuente|المصدر)"
            + "\\s*(?::|by\\b|von\\b)");

    /** A short credit line. */
    static boolean isCreditLine(String line) {
        return line.length() <= 80 && CREDIT.matcher(line.strip()).find();
    }
}
