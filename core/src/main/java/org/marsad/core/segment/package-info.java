/**
 * Reading pages, splitting them into articles, and an article's blocks into sentences.
 *
 * <p>In: files and folders ({@link org.marsad.core.segment.PageReader#read}) or a stream
 * ({@link org.marsad.core.segment.PageReader#readStream}). Out: {@link org.marsad.core.segment.Page}s (text that
 * every offset points into, plus metadata), split by {@link org.marsad.core.segment.ArticleSplitter} into
 * {@link org.marsad.core.segment.Article}s of typed {@link org.marsad.core.segment.Block}s, whose text
 * {@link org.marsad.core.segment.SentenceSplitter} cuts into sentence spans (abbreviations from
 * {@code abbreviations.tsv}; quoted stretches kept whole, {@code Enclosures}). HTML pages are read by
 * {@link org.marsad.core.segment.HtmlReader} over the main-content extraction of {@code segment.html}, which
 * knows nothing of pages. What cannot be read
 * becomes a {@link org.marsad.core.segment.Diagnostic} naming the input; nothing is thrown for bad content.
 *
 * <h2>Reading (one small reader per input kind, behind {@code FormatReader})</h2>
 * <ul>
 * <li>{@code *.txt}, standard input: a scraped page, text as it is (a UTF-8 BOM dropped; invalid UTF-8 read as
 *     windows-1256, recorded in {@link org.marsad.core.segment.PageMeta#encoding}); id = hash of the bytes;
 *     publication date from the page's own stamp line near its top, if any.</li>
 * <li>ANT {@code <DOC>} files (sniffed by content, whatever the extension): one page per record, text =
 *     title + blank line + {@code <TEXT>}; date from {@code <TIME>}, {@code <DOCNO>} or the URL; outlet from the
 *     URL host, {@code <SRC>} or the folder; origin {@code path#n} when a file holds several records.</li>
 * <li>{@code *.jsonl}: one page per line ({@code text} required; {@code title}, {@code url}, {@code published},
 *     {@code outlet}); origin {@code path#line}; a bad line is a diagnostic and the rest is read.</li>
 * <li>{@code *.html}, {@code *.htm}: main-content extraction ({@code segment.html}), any encoding.</li>
 * <li>{@code *.warc}, {@code *.warc.gz}: streamed with jwarc; each HTML {@code response} record is a page
 * ({@code FILE#n}) with its target URI, and its WARC-Date when the page names no date; a broken record is a
 * diagnostic and reading resumes at the next record.</li>
 * <li>Other files: sniffed ({@code <DOC>}: ANT; an opening brace: JSON Lines; HTML; binary: a diagnostic; else a
 *     scraped page). Folders: recursively, sorted, hidden files and folders skipped.</li>
 * </ul>
 *
 * <h2>Splitting a scraped page (rules that hold across Arabic outlets)</h2>
 * Each line is typed on its own first ({@code LineClassifier}, phrase lists in {@code page-cues.tsv}):
 * <ul>
 * <li>chrome: "TT", share/follow/print widgets, publication stamps, lines without letters, lines of one or two
 *     words that are not sentences (section labels, menu items);</li>
 * <li>marker: "مقالات ذات صلة", "أخبار ذات صلة", "اقرأ أيضاً", "المزيد", "الأكثر قراءة"...;</li>
 * <li>byline: "name (city)" (several allowed), "«outlet» (city)", "city - outlet", "بقلم name";</li>
 * <li>caption: a non-sentence line ending with a parenthesised credit ("(أ.ف.ب)", "(الخارجية التركية)"), or a
 *     title-like line printed twice in a row;</li>
 * <li>body: a line ending like a sentence with five words or more (questions and ellipses need fifteen), or a
 *     long line;</li>
 * <li>title: any other line (headline, dek, crosshead, a caption without credit).</li>
 * </ul>
 * Then, in page order ({@code ScrapedSplitter}):
 * <ul>
 * <li>The first article's headline is the first title-like line before the second body paragraph, preferring
 *     one the header repeats; lines before it are page chrome and belong to no article. A page without such a
 *     line is one article without headline.</li>
 * <li>In the header (before the body): the title line right after the headline is the dek; the headline's
 *     repeat is chrome (not a second article); other title lines are captions.</li>
 * <li>In the body: title lines between paragraphs are captions (crossheads included), unless one starts a new
 *     article (below).</li>
 * <li>A marker opens a teaser block. Each teaser: the captions and section labels printed before it, its
 *     headline, its repeat, one dek paragraph, its bylines. Teasers yield no events.</li>
 * <li>A title-like line starts a new full article when at least two body paragraphs follow it before the next
 *     title; inside an article's body it must also show header signs (its own repeat, or chrome such as "TT").</li>
 * <li>Inside a bare list of links (teasers without dek or byline), a title followed by paragraphs without header
 *     signs is one more link, and the interrupted article resumes with those paragraphs.</li>
 * </ul>
 * Pages with their own title (ANT, JSON Lines with {@code title}) are one article: the title is the headline,
 * the other lines body, except plain chrome, bylines and the links after a "read also" marker.
 *
 * <p>Article indices are 0, 1, 2... in page order (by where each article starts), teasers included.
 */
package org.marsad.core.segment;
