package org.parley.alias;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terms as an editor types them: one a line, or separated by commas; spaces around each
 * dropped, runs of spaces inside made one, empty ones ignored.
 */
public final class AliasTerms {

	private static final Pattern SEPARATORS = Pattern.compile("[\\r\\n,]+");

	private AliasTerms() {
	}

	/** The terms typed, in order, duplicates kept (see {@link #duplicates}). */
	public static List<String> of(String typed) {
		List<String> terms = new ArrayList<>();
		if (typed == null) {
			return terms;
		}
		for (String part : SEPARATORS.split(typed)) {
			String term = part.strip().replaceAll("\\s+", " ");
			if (!term.isEmpty()) {
				terms.add(term);
			}
		}
		return terms;
	}

	/** The terms typed more than once, whatever their capitals, as first typed. */
	public static List<String> duplicates(List<String> terms) {
		Map<String, Integer> seen = new LinkedHashMap<>();
		Map<String, String> first = new LinkedHashMap<>();
		for (String term : terms) {
			String key = key(term);
			seen.merge(key, 1, Integer::sum);
			first.putIfAbsent(key, term);
		}
		return seen.entrySet().stream().filter((e) -> e.getValue() > 1).map((e) -> first.get(e.getKey())).toList();
	}

	/** How terms are compared: lower-cased, as the database's unique index does. */
	static String key(String term) {
		return term.toLowerCase(Locale.ROOT);
	}

}
