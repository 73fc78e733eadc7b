package org.parley.web;

import java.util.Locale;

/** How forms take text: blank counts as empty; otherwise kept as typed, ends stripped. */
public final class FormText {

	private FormText() {
	}

	public static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public static String upper(String value) {
		String trimmed = trimmed(value);
		return (trimmed != null) ? trimmed.toUpperCase(Locale.ROOT) : null;
	}

}
