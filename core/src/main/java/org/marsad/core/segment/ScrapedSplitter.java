package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scraped page into articles, line by line, with the rules of the package doc. A page starts with a
 * headline (the first title-like line before the body, preferring one the page repeats), its dek, captions and
 * chrome; then the body. A related-articles marker opens a block of teasers (each: captions and section labels,
 * headline, its repeat, one dek paragraph, bylines). A title-like line starts a new full article when it is
 * followed by at least two body paragraphs (inside an article's body, only with header signs: a repeat of the
 * headline or chrome such as "TT"). Articles are numbered 0, 1, 2... in page order, teasers included.
 */
final class ScrapedSplitter {
    private final LineClassifier classifier;

    ScrapedSplitter(LineClassifier classifier) {
        this.classifier = classifier;
    }

    List<Article> split(String text) {
        List<Line> lines = Line.of(text);
        return new Run(lines, classifier.classify(lines), classifier).split();
    }

    private enum Mode { BEFORE, HEADER, BODY, TEASERS }

    private enum Start { FULL, RESUME, TEASER, NONE }

    /** The state of one split: the drafts so far, the current article and teaser, and blocks waiting for a home. */
    private static final class Run {
        private final List<Line> lines;
        private final LineKind[] kinds;
        /** Tells a "read also" marker from a related-articles one, when a marker opens a block. */
        private final LineClassifier classifier;
        private final List<ArticleDraft> drafts = new ArrayList<>();
        private final List<ArticleDraft> blockTeasers = new ArrayList<>();
        private final List<Block> pending = new ArrayList<>();
        private Mode mode = Mode.BEFORE;
        private ArticleDraft current;
        private ArticleDraft teaser;
        private ArticleDraft resumeTarget;
        /** The open block is a "read also" list inside an article. */
        private boolean inlineList;
        /** The titles seen in the open block are links: the next paragraph resumes the interrupted article. */
        private boolean resumeOnBody;

        Run(List<Line> lines, LineKind[] kinds, LineClassifier classifier) {
            this.lines = lines;
            this.kinds = kinds;
            this.classifier = classifier;
        }

        List<Article> split() {
            int i = 0;
            while (i < lines.size()) {
                i = switch (mode) {
                    case BEFORE -> before(i);
                    case HEADER -> header(i);
                    case BODY -> body(i);
                    case TEASERS -> teasers(i);
                };
            }
            if (!pending.isEmpty() && !drafts.isEmpty()) {
                drafts.get(drafts.size() - 1).addAll(pending);
            }
            return numbered(drafts);
        }

        /**
         * The drafts in page order, numbered as articles count: real articles 0, 1, 2... in page order, then the
         * teasers after the last article (a teaser is not an article, so the page's second article is 1).
         */
        private List<Article> numbered(List<ArticleDraft> all) {
            long articles = all.stream().filter(d -> !d.teaser()).count();
            int article = 0;
            int teaser = (int) articles;
            List<Article> out = new ArrayList<>(all.size());
            for (ArticleDraft d : all) {
                out.add(d.build(d.teaser() ? teaser++ : article++));
            }
            return out;
        }

        /** Before the first article: lines up to the headline are page chrome and are left out. */
        private int before(int i) {
            if (kinds[i] == LineKind.MARKER) {
                return openTeasers(i);
            }
            int limit = headerLimit(i);
            int headline = chooseHeadline(i, limit);
            if (headline >= 0) {
                startFull(headline);
                return headline + 1;
            }
            for (int j = i; j < limit; j++) {
                if (kinds[j] == LineKind.BODY) {
                    startHeadless(j);
                    return j + 1;
                }
            }
            return limit;
        }

        /** Where the first article's header must end: the second body line or a marker. */
        private int headerLimit(int from) {
            int bodies = 0;
            for (int j = from; j < lines.size(); j++) {
                if (kinds[j] == LineKind.MARKER || kinds[j] == LineKind.BODY && ++bodies == 2) {
                    return j;
                }
            }
            return lines.size();
        }

        /** The first title-like line that the header repeats, else the first title-like line, else -1. */
        private int chooseHeadline(int from, int limit) {
            java.util.Map<String, Integer> seen = new java.util.HashMap<>();
            for (int j = from; j < limit; j++) {
                seen.merge(lines.get(j).key(), 1, Integer::sum);
            }
            int first = -1;
            for (int j = from; j < limit; j++) {
                if (kinds[j] == LineKind.TITLE) {
                    if (seen.get(lines.get(j).key()) > 1) {
                        return j;
                    }
                    first = first < 0 ? j : first;
                }
            }
            return first;
        }

        private int header(int i) {
            Line line = lines.get(i);
            switch (kinds[i]) {
                case TITLE -> current.add(current.isHeadline(line) ? BlockKind.CHROME
                        : current.dekOpen() ? BlockKind.DEK : BlockKind.CAPTION, line);
                case BODY -> {
                    current.add(BlockKind.BODY, line);
                    mode = Mode.BODY;
                }
                case MARKER -> {
                    return openTeasers(i);
                }
                default -> current.add(blockKind(kinds[i]), line);
            }
            return i + 1;
        }

        private int body(int i) {
            Line line = lines.get(i);
            switch (kinds[i]) {
                case TITLE -> {
                    if (current.isHeadline(line)) {
                        current.add(BlockKind.CHROME, line);
                    } else if (startAt(i, true) == Start.FULL) {
                        startFull(i);
                    } else {
                        current.add(BlockKind.CAPTION, line);
                    }
                }
                case MARKER -> {
                    return openTeasers(i);
                }
                default -> current.add(blockKind(kinds[i]), line);
            }
            return i + 1;
        }

        private int teasers(int i) {
            Line line = lines.get(i);
            switch (kinds[i]) {
                case MARKER -> pending.add(new Block(BlockKind.CHROME, line.span()));
                case TITLE -> teaserTitle(i, line);
                case BODY -> teaserBody(i, line);
                case BYLINE -> {
                    if (teaser != null && pending.isEmpty()) {
                        teaser.add(BlockKind.BYLINE, line);
                    } else {
                        pending.add(new Block(BlockKind.BYLINE, line.span()));
                    }
                }
                default -> {
                    if (teaser != null && !teaser.finished()) {
                        teaser.add(blockKind(kinds[i]), line);
                    } else {
                        pending.add(new Block(blockKind(kinds[i]), line.span()));
                    }
                }
            }
            return i + 1;
        }

        private void teaserTitle(int i, Line line) {
            if (teaser != null && teaser.isHeadline(line)) {
                if (teaser.finished() && startAt(i, true) == Start.FULL) {
                    promote(line);
                } else {
                    teaser.add(BlockKind.CHROME, line);
                }
                return;
            }
            Start start = startAt(i, false);
            if (start == Start.FULL) {
                startFull(i);
                return;
            }
            startTeaser(i);
            resumeOnBody |= start == Start.RESUME;
        }

        /** A paragraph among teasers: the teaser's dek, or the interrupted article going on. */
        private void teaserBody(int i, Line line) {
            if (resumeTarget != null && (resumeOnBody || teaser == null)) {
                resumeOnBody = false;
                current = resumeTarget;
                current.addAll(pending);
                pending.clear();
                current.add(BlockKind.BODY, line);
                mode = Mode.BODY;
            } else if (teaser != null) {
                teaser.add(BlockKind.DEK, line);
            } else {
                startHeadless(i);
            }
        }

        /**
         * What a title-like line at {@code i} starts. Among teasers, a full article needs two body paragraphs before
         * the next title and a header sign (a caption, chrome, its own repeat), or three paragraphs; inside a body
         * ({@code strict}) two paragraphs and a strong header sign (its repeat, chrome such as "TT", or an image
         * caption printed twice), so that crossheads and photo captions do not split an article. After "read also",
         * or after bare-headline teasers, a title followed by paragraphs without header signs is one more link and
         * the interrupted article resumes (after "read also", a second title line is one more link too, not a dek).
         */
        private Start startAt(int i, boolean strict) {
            Scan s = scan(i);
            if (strict) {
                return s.bodies >= 2 && s.strong ? Start.FULL : Start.NONE;
            }
            boolean bare = s.signals == 0 && (!s.dek || inlineList);
            boolean linkList = inlineList
                    || !blockTeasers.isEmpty() && blockTeasers.stream().allMatch(ArticleDraft::headlineOnly);
            if (s.bodies >= 2 && bare && linkList && resumeTarget != null) {
                return Start.RESUME;
            }
            return s.bodies >= 3 || s.bodies == 2 && s.signals > 0 ? Start.FULL : Start.TEASER;
        }

        private Scan scan(int i) {
            String key = lines.get(i).key();
            Scan s = new Scan();
            for (int j = i + 1; j < lines.size() && s.bodies < 3; j++) {
                LineKind k = kinds[j];
                boolean header = s.bodies == 0;
                if (k == LineKind.MARKER || k == LineKind.BYLINE && !header) {
                    break;
                }
                if (k == LineKind.BODY) {
                    s.bodies++;
                } else if (k == LineKind.TITLE && lines.get(j).key().equals(key)) {
                    s.signals += header ? 1 : 0;
                    s.strong |= header;
                } else if (k == LineKind.TITLE) {
                    if (!header || s.dek || s.signals > 0) {
                        break;
                    }
                    s.dek = true;
                } else if (header) {
                    s.signals++;
                    s.strong |= k == LineKind.CHROME || k == LineKind.CAPTION && isPrintedTwice(j);
                }
            }
            return s;
        }

        /** An image caption printed twice in a row: the mark of an article's header, not of a body. */
        private boolean isPrintedTwice(int j) {
            return j > 0 && kinds[j - 1] == LineKind.CAPTION && lines.get(j - 1).key().equals(lines.get(j).key());
        }

        private int openTeasers(int i) {
            mode = Mode.TEASERS;
            resumeTarget = current;
            teaser = null;
            blockTeasers.clear();
            inlineList = classifier.isReadAlso(lines.get(i));
            resumeOnBody = false;
            pending.add(new Block(BlockKind.CHROME, lines.get(i).span()));
            return i + 1;
        }

        /**
         * The last link of a related block that is the page's own next article: its headline comes back after its
         * dek or byline, with an article header (a caption printed twice, chrome such as "TT") and paragraphs
         * after it. The teaser becomes a full article and the header is read as its header.
         */
        private void promote(Line line) {
            current = teaser;
            current.promote();
            current.add(BlockKind.CHROME, line);
            current.addAll(pending);
            pending.clear();
            teaser = null;
            resumeTarget = null;
            blockTeasers.clear();
            mode = Mode.HEADER;
        }

        private void startFull(int i) {
            current = open(false);
            current.headline(lines.get(i));
            mode = Mode.HEADER;
        }

        private void startHeadless(int i) {
            current = open(false);
            current.add(BlockKind.BODY, lines.get(i));
            mode = Mode.BODY;
        }

        private void startTeaser(int i) {
            teaser = open(true);
            teaser.headline(lines.get(i));
            blockTeasers.add(teaser);
        }

        /** A new draft that takes the waiting blocks. */
        private ArticleDraft open(boolean isTeaser) {
            ArticleDraft d = new ArticleDraft(isTeaser);
            d.addAll(pending);
            pending.clear();
            drafts.add(d);
            teaser = null;
            return d;
        }

        private static BlockKind blockKind(LineKind k) {
            return switch (k) {
                case CAPTION -> BlockKind.CAPTION;
                case BYLINE -> BlockKind.BYLINE;
                case BODY -> BlockKind.BODY;
                case TITLE -> BlockKind.CAPTION;
                case CHROME, MARKER -> BlockKind.CHROME;
            };
        }
    }

    /** What follows a title-like line: body paragraphs, header signs, whether a dek line came first. */
    private static final class Scan {
        int bodies;
        int signals;
        boolean strong;
        boolean dek;
    }
}
