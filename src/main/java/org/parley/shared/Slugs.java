package org.parley.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** Slugs made from names: lower-case ASCII letters and digits joined by hyphens. */
public final class Slugs {

	/** The longest slug made from a name, leaving room for a number. */
	static final int BASE_LENGTH = 90;

	private Slugs() {
	}

	/**
	 * @param name any text
	 * @param fallback the slug when the text has no letters or digits
	 * @return the slug
	 */
	public static String of(String name, String fallback) {
		String ascii = Normalizer.normalize((name != null) ? name : "", Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > BASE_LENGTH) {
			slug = slug.substring(0, BASE_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? fallback : slug;
	}

	/**
	 * @param base the slug wanted
	 * @param taken whether a slug is taken
	 * @return the base, or the base with -2, -3 … when taken
	 */
	public static String unique(String base, Predicate<String> taken) {
		if (!taken.test(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			String candidate = base + "-" + n;
			if (!taken.test(candidate)) {
				return candidate;
			}
		}
	}

}
