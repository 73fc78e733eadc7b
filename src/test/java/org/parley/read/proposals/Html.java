package org.parley.read.proposals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads rendered pages the way a person does: as text, without the markup. */
final class Html {

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

	private Html() {
	}

	/** The visible text, entities decoded, whitespace collapsed to single spaces. */
	static String text(String html) {
		String text = TAG.matcher(html).replaceAll(" ");
		Matcher entities = NUMERIC_ENTITY.matcher(text);
		StringBuilder decoded = new StringBuilder();
		while (entities.find()) {
			int code = Integer.parseInt(entities.group(2), entities.group(1).isEmpty() ? 10 : 16);
			entities.appendReplacement(decoded, Matcher.quoteReplacement(new String(Character.toChars(code))));
		}
		entities.appendTail(decoded);
		return decoded.toString()
			.replace("&quot;", "\"")
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ")
			// Markup between a word and its punctuation is not a space to a reader.
			.replaceAll(" ([,.;:)–])", "$1")
			.replaceAll("([(–]) ", "$1")
			.strip();
	}

	/**
	 * The markup inside the element carrying {@code id}, from its start tag up to the
	 * nearest of the given markers (or the end).
	 */
	static String section(String html, String id, String... ends) {
		int at = html.indexOf("id=\"" + id + "\"");
		if (at < 0) {
			throw new AssertionError("no element with id " + id);
		}
		int start = html.indexOf('>', at) + 1;
		int stop = html.length();
		for (String end : ends) {
			int found = html.indexOf(end, start);
			if (found >= 0 && found < stop) {
				stop = found;
			}
		}
		return html.substring(start, stop);
	}

}
