package org.parley.read.search;

/**
 * Safe highlighting. PostgreSQL's {@code ts_headline} marks matches with characters from
 * Unicode's private use area instead of HTML, and sees the text's own {@code <},
 * {@code >} and {@code &} as private-use characters too (otherwise it would drop anything
 * that looks like a tag). Here the whole text is HTML-escaped and only then are the
 * markers turned into {@code <mark>} and {@code </mark>}, so nothing a user typed can
 * become markup.
 */
final class Highlight {

	static final char START = '\uE000';

	static final char STOP = '\uE001';

	static final char LESS_THAN = '\uE002';

	static final char GREATER_THAN = '\uE003';

	static final char AMPERSAND = '\uE004';

	/**
	 * For SQL {@code translate(text, FROM, TO)}: maps {@code < > &} to their stand-ins
	 * and deletes any marker character already in the text, so the database never
	 * receives text that could forge a marker.
	 */
	static final String TRANSLATE_FROM = "<>&" + START + STOP + LESS_THAN + GREATER_THAN + AMPERSAND;

	static final String TRANSLATE_TO = "" + LESS_THAN + GREATER_THAN + AMPERSAND;

	/**
	 * {@code ts_headline} options for a title or name: the whole text, every match
	 * marked.
	 */
	static final String WHOLE = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";

	/**
	 * {@code ts_headline} options for body text: up to two passages around the matches.
	 * {@code ShortWord=0}: with the default (3) a passage loses any word of three letters
	 * or fewer at its edges, so a text beginning "I understand…" was shown as
	 * "understand…".
	 */
	static final String PASSAGES = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=12, ShortWord=0, MaxFragments=2, FragmentDelimiter=\" … \"";

	private Highlight() {
	}

	/**
	 * Turns text marked by the database into HTML: everything escaped, markers become
	 * {@code <mark>} elements, always balanced.
	 * @param marked text from {@code ts_headline} or {@code translate}, or {@code null}
	 * @return HTML safe to render unescaped, or {@code null}
	 */
	static String toHtml(String marked) {
		if (marked == null) {
			return null;
		}
		StringBuilder html = new StringBuilder(marked.length() + 32);
		boolean open = false;
		for (int i = 0; i < marked.length(); i++) {
			char c = marked.charAt(i);
			switch (c) {
				case START -> {
					if (!open) {
						html.append("<mark>");
						open = true;
					}
				}
				case STOP -> {
					if (open) {
						html.append("</mark>");
						open = false;
					}
				}
				case LESS_THAN, '<' -> html.append("&lt;");
				case GREATER_THAN, '>' -> html.append("&gt;");
				case AMPERSAND, '&' -> html.append("&amp;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

	/** The text of {@link #toHtml(String) highlighted HTML}, without its marks. */
	static String toText(String html) {
		return (html != null)
				? org.springframework.web.util.HtmlUtils.htmlUnescape(html.replace("<mark>", "").replace("</mark>", ""))
				: null;
	}

}
