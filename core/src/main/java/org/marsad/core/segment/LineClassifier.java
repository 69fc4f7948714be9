package org.marsad.core.segment;

import org.marsad.core.budget.PageBudget;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.segment.PageCues.CueKey;

/**
 * Gives each line of a page a {@link LineKind} from its own shape and words, and from its neighbour: a title-like
 * line repeated on the very next line is a caption (pages print an image's caption twice).
 */
final class LineClassifier {
    /** Captions end with a parenthesised credit of a few words. */
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\(([^()]{1,60})\\)$");
    /** A dateline: "city - outlet", "city: «outlet»", "city – outlet:"; the city and the outlet one or two words. */
    private static final Pattern DATELINE = Pattern.compile("^([^\\s:\\-–«»()]+(?:\\s[^\\s:\\-–«»()]+)?)\\s*[:\\-–]\\s*(«[^«»]{1,30}»|\\S+(?:\\s\\S+)?)\\s*:?$");
    private static final String CLOSERS = "»\"”’')]}›";
    private static final int MAX_CAPTION_WORDS = 35;
    /** A colon this near the start follows a label ("المصدر: ..."). */
    private static final int COLON_WITHIN = 30;
    /** Lines of up to this many words are typed from their whole cue key: the date and marker tests read all of it. */
    private static final int SHORT_LINE_WORDS = 12;
    /** No news paragraph is this long: a longer line is a data dump or minified page code, not article text. */
    static final int MAX_PARAGRAPH_CHARS = 50_000;

    private final PageCues cues;

    LineClassifier(PageCues cues) {
        this.cues = cues;
    }

    /** The kinds of the lines, in order. */
    LineKind[] classify(List<Line> lines) {
        LineKind[] kinds = new LineKind[lines.size()];
        for (int i = 0; i < kinds.length; i++) {
            PageBudget.check("line classification");
            kinds[i] = kindOf(lines.get(i));
        }
        for (int i = 1; i < kinds.length; i++) {
            Line prev = lines.get(i - 1);
            Line line = lines.get(i);
            if (kinds[i] == LineKind.TITLE && !line.afterBlank() && line.key().equals(prev.key())) {
                kinds[i - 1] = LineKind.CAPTION;
                kinds[i] = LineKind.CAPTION;
            }
        }
        return kinds;
    }

    /**
     * The kind of a line on its own; the order of the tests matters (a credit line is a caption before a title).
     * Phrase look-ups on a longer line read only the start of its cue key ({@link #lookupKey}).
     */
    LineKind kindOf(Line line) {
        CueKey key = lookup(line);
        if (key.key().isEmpty() || line.length() > MAX_PARAGRAPH_CHARS) {
            return LineKind.CHROME;
        }
        if (isMarker(key, line.words())) {
            return LineKind.MARKER;
        }
        if (isChrome(key, line)) {
            return LineKind.CHROME;
        }
        if (isByline(line, key)) {
            return LineKind.BYLINE;
        }
        if (isCaption(line, key)) {
            return LineKind.CAPTION;
        }
        if (isBody(line)) {
            return LineKind.BODY;
        }
        if (line.words() <= 2 || isDateline(line)) {
            return LineKind.CHROME;
        }
        return LineKind.TITLE;
    }

    /**
     * The line's cue key for phrase look-ups and the emptiness test: the whole key of a short line, else
     * {@link PageCues#keyStart}, which answers those as the whole key would.
     */
    String lookupKey(Line line) {
        return lookup(line).key();
    }

    /** The {@link #lookupKey} and what its first word opens, for the phrase tests. */
    CueKey lookup(Line line) {
        return line.words() <= SHORT_LINE_WORDS ? cues.look(line.cue()) : line.lookStart(cues);
    }

    /** Short lines only ({@code key} is the whole cue key). */
    private static boolean isMarker(CueKey key, int words) {
        if (words > 6) {
            return false;
        }
        return key.is("related") || key.is("read-also") || key.key().startsWith("المزيد من ") && words <= 5;
    }

    /** Read-also markers open inline lists inside an article, after which the article may go on. */
    boolean isReadAlso(Line line) {
        return lookup(line).is("read-also");
    }

    /**
     * A chrome cue alone, a chrome cue with a tail of at most two words ("تابعونا على فيسبوك") or after a colon
     * ("المصدر: وكالات"), or an inline read-also link ("اقرأ أيضاً: ...").
     */
    boolean isChrome(String key, Line line) { // key: the line's cue or its start
        return isChrome(cues.look(key), line);
    }

    boolean isChrome(CueKey key, Line line) {
        if (key.is("chrome")) {
            return true;
        }
        String cue = key.prefix("chrome");
        if (cue != null) {
            int cueWords = cue.split(" ").length;
            return line.words() <= cueWords + 2 || followedByColon(line) && line.words() <= 12;
        }
        String readAlso = key.prefix("read-also");
        return readAlso != null && followedByColon(line) && line.words() <= 30;
    }

    /** True when a colon or comma follows the first {@code words} words: "صورة: ...", "في الصورة، ...". */
    static boolean punctAfterWords(String text, int words) {
        int i = 0;
        for (int w = 0; w < words; w++) {
            while (i < text.length() && Line.isSpace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && !Line.isSpace(text.charAt(i)) && ":،,".indexOf(text.charAt(i)) < 0) {
                i++;
            }
        }
        while (i < text.length() && Line.isSpace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && ":،,".indexOf(text.charAt(i)) >= 0;
    }

    /** A colon among the first 30 chars, the first of them not a colon. */
    private static boolean followedByColon(Line line) {
        return line.hasWithin(':', COLON_WITHIN) && line.charAt(0) != ':';
    }

    boolean isByline(Line line, String key) {
        return isByline(line, cues.look(key));
    }

    private boolean isByline(Line line, CueKey key) {
        if (line.words() > 14 || endsWithStop(line)) {
            return false;
        }
        String start = key.prefix("byline-start");
        if (start != null && line.words() <= 6 && line.words() > 1) {
            return start.equals("بقلم") || start.equals("by") || followedByColon(line);
        }
        String t = line.text();
        return t.endsWith(")") && isNameGroups(t) || isDatelineShape(line);
    }

    /** "name (city)" once or several times ({@link NameGroup}, a linear scan); names are 1 to 4 words, no function words, no digits; no credit for a city. */
    private boolean isNameGroups(String text) {
        int at = 0;
        int groups = 0;
        for (NameGroup g = NameGroup.at(text, 0); g != null; g = NameGroup.at(text, at)) {
            String name = g.name();
            String place = g.place();
            if (!name.startsWith("«") && !isName(name) || cues.isCredit(PageCues.compact(place))
                    || place.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            at = g.end();
            groups++;
        }
        return groups > 0 && at == text.length();
    }

    private boolean isName(String name) {
        String[] words = PageCues.key(name).split(" ");
        if (words.length > 4 || words[0].isEmpty()) {
            return false;
        }
        for (String w : words) {
            if (cues.is("name-stop", w) || w.chars().anyMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDatelineShape(Line line) {
        String text = line.text();
        return line.words() <= 6 && (text.indexOf(':') > 0 || text.indexOf('-') > 0 || text.indexOf('–') > 0)
                && line.cue().chars().noneMatch(Character::isDigit) && DATELINE.matcher(text).matches();
    }

    /**
     * Short enough for a caption and either ends with "(a few words)" or starts with a caption cue ("التعليق على
     * الصورة، ..."; a shorter cue such as "صورة" only when a colon or comma follows it).
     */
    boolean isCaption(Line line) {
        return isCaption(line, lookup(line));
    }

    private boolean isCaption(Line line, CueKey key) {
        if (line.words() > MAX_CAPTION_WORDS) {
            return false;
        }
        String start = key.prefix("caption-start");
        int cueWords = start == null ? 0 : start.split(" ").length;
        if (start != null && line.words() > cueWords && (cueWords >= 3 || punctAfterWords(line.text(), cueWords))) {
            return true;
        }
        if (line.charAt(line.length() - 1) != ')') {
            return false;
        }
        Matcher m = TRAILING_PAREN.matcher(line.text());
        return m.find() && Line.countWords(m.group(1)) <= 6;
    }

    /**
     * A paragraph: ends like a sentence (questions and ellipses need more words, headlines end so too), or is long,
     * or has fifteen words and an Arabic comma (a paragraph whose final period was lost).
     */
    static boolean isBody(Line line) {
        if (line.words() >= 30 || lengthWithoutTatweel(line) >= 220 || line.words() >= 15 && line.hasWithin('،', line.length())) {
            return true;
        }
        int e = closersStart(line);
        if (e == 0) {
            return false;
        }
        char last = line.charAt(e - 1);
        boolean ellipsis = e >= 2 && last == '.' && line.charAt(e - 2) == '.';
        boolean weak = last == '?' || last == '؟' || last == '!' || last == '…' || ellipsis;
        if (weak) {
            return line.words() >= 15;
        }
        return isSentenceEnd(last) && line.words() >= 5;
    }

    /** The line's length, tatweel (U+0640, a stretching mark) left out: a flood of it makes no paragraph. */
    private static int lengthWithoutTatweel(Line line) {
        int n = line.length();
        if (n < 220) {
            return n;
        }
        int tatweel = 0;
        for (int i = 0; i < n; i++) {
            if (line.charAt(i) == '\u0640') {
                tatweel++;
            }
        }
        return n - tatweel;
    }

    /** Ends with a full stop, question or exclamation mark, or an ellipsis (not a colon). */
    static boolean endsWithStop(Line line) {
        int e = closersStart(line);
        if (e == 0) {
            return false;
        }
        char c = line.charAt(e - 1);
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == '…';
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '؟' || c == ':' || c == '؛';
    }

    /** Where the closing quotes and brackets at the end of the line start (its length when there are none). */
    private static int closersStart(Line line) {
        int e = line.length();
        while (e > 0 && CLOSERS.indexOf(line.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /**
     * A publication stamp: a short line with digits, at least half of whose words are numbers, month or day
     * names or one-letter marks ("الأحد 10 نوفمبر 2024 - 12:30 م"). A headline naming a date is not one.
     */
    boolean isStamp(Line line) {
        return !lookupKey(line).isEmpty() && isDateline(line);
    }

    private boolean isDateline(Line line) {
        if (line.words() > 12) {
            return false;
        }
        String key = line.cue();
        if (key.chars().noneMatch(Character::isDigit)) {
            return false;
        }
        String[] tokens = key.split(" ");
        int dateish = 0;
        for (String w : tokens) {
            if (w.length() <= 1 || w.chars().allMatch(Character::isDigit) || cues.is("month", w) || cues.is("day", w)) {
                dateish++;
            }
        }
        return dateish * 2 >= tokens.length;
    }
}
