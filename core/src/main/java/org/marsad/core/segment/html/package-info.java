/**
 * HTML pages to article text. In: the raw bytes of an HTML page in any common encoding (BOM, the HTTP or WARC
 * {@code Content-Type} charset, {@code <meta charset>}, strict UTF-8, ICU4J detection, else windows-1256; UTF-8
 * Arabic once read as windows-1256 is repaired) and, optionally, the URL it came from. Out: an {@link
 * org.marsad.core.segment.html.HtmlExtraction} (headline, main-content paragraphs, metadata) and, through
 * {@link org.marsad.core.segment.html.HtmlReader}, a {@link org.marsad.core.segment.Page} of format HTML whose
 * text is the headline, a blank line, then one paragraph per line. Main content is found the way published
 * extractors (Readability, trafilatura) do it: boilerplate elements and classes dropped (class names read as words; captions,
 * credits and chrome tags kept only when they carry or wrap the article), text blocks scored by length, commas
 * (Arabic and Latin) and link density, the best container kept with its like-named parts and its prose siblings
 * (equal scores resolved in document order, so a page always gives the same text), and a lead outside it
 * (repeating the meta description, or named lead/intro/standfirst/preface) put first. Nothing
 * here throws on content, and every traversal is iterative so nesting depth cannot overflow the stack.
 */
package org.marsad.core.segment.html;
