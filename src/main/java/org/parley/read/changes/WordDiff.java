package org.parley.read.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.web.BidiText;

/**
 * A word-by-word difference between two texts as HTML: the longest common subsequence of
 * their words (and the spaces between them), removed words in {@code <del>}, added words
 * in {@code <ins>}. Every word is HTML-escaped before any tag is added, so the result is
 * safe to insert into a page as it stands.
 */
final class WordDiff {

	/**
	 * Beyond this many cells the table is not built: the texts are shown replaced whole.
	 */
	private static final long MAX_CELLS = 4_000_000;

	private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

	private WordDiff() {
	}

	/**
	 * @param before the old text, or {@code null}
	 * @param after the new text, or {@code null}
	 * @return escaped HTML with {@code <del>} and {@code <ins>} marking the change
	 */
	static String html(String before, String after) {
		List<String> a = tokens(before);
		List<String> b = tokens(after);
		StringBuilder html = new StringBuilder();
		if ((long) a.size() * b.size() > MAX_CELLS) {
			append(html, "del", a);
			append(html, "ins", b);
			return html.toString();
		}
		int n = a.size();
		int m = b.size();
		// lengths[i][j]: the longest common subsequence of a[i..] and b[j..].
		int[][] lengths = new int[n + 1][m + 1];
		for (int i = n - 1; i >= 0; i--) {
			for (int j = m - 1; j >= 0; j--) {
				lengths[i][j] = a.get(i).equals(b.get(j)) ? lengths[i + 1][j + 1] + 1
						: Math.max(lengths[i + 1][j], lengths[i][j + 1]);
			}
		}
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < n || j < m) {
			if (i < n && j < m && a.get(i).equals(b.get(j))) {
				flush(html, removed, added);
				html.append(escape(a.get(i)));
				i++;
				j++;
			}
			else if (j < m && (i == n || lengths[i][j + 1] >= lengths[i + 1][j])) {
				added.add(b.get(j++));
			}
			else {
				removed.add(a.get(i++));
			}
		}
		flush(html, removed, added);
		return html.toString();
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		if (text == null) {
			return tokens;
		}
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/**
	 * The characters HTML needs escaped, and only those (the page is UTF-8); invisible
	 * bidirectional controls the audit trail wrote out shown as markers.
	 */
	static String escape(String text) {
		return BidiText.escapeRevealingTrail(text);
	}

	private static void flush(StringBuilder html, List<String> removed, List<String> added) {
		append(html, "del", removed);
		append(html, "ins", added);
		removed.clear();
		added.clear();
	}

	private static void append(StringBuilder html, String tag, List<String> words) {
		if (words.isEmpty()) {
			return;
		}
		html.append('<').append(tag).append('>');
		words.forEach((word) -> html.append(escape(word)));
		html.append("</").append(tag).append('>');
	}

}
