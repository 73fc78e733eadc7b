package org.parley.shared;

import java.util.regex.Pattern;

/**
 * Argument checks that mirror the schema's CHECK constraints, so a bad value fails in
 * Java with a readable message rather than at flush time with a constraint name.
 */
public final class Checks {

	private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

	private static final Pattern COUNTRY_CODE = Pattern.compile("^[A-Z]{2}$");

	private static final Pattern HTTP_URL = Pattern.compile("^https?://.*");

	private Checks() {
	}

	public static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return value;
	}

	public static String notBlank(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value.strip();
	}

	public static String slug(String value) {
		if (value == null || !SLUG.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"slug must be lowercase letters and digits separated by single hyphens, was '" + value + "'");
		}
		return value;
	}

	/**
	 * An optional ISO 3166-1 alpha-2 code.
	 * @param value the code or {@code null}
	 * @return the code, or {@code null} if none was given
	 */
	public static String countryCode(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!COUNTRY_CODE.matcher(value).matches()) {
			throw new IllegalArgumentException("country code must be two uppercase letters, was '" + value + "'");
		}
		return value;
	}

	/**
	 * An optional http or https address.
	 * @param value the address or {@code null}
	 * @param name what the address is, for the message
	 * @return the address, or {@code null} if none was given
	 */
	public static String httpUrl(String value, String name) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!HTTP_URL.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " must start with http:// or https://, was '" + value + "'");
		}
		return value;
	}

	/**
	 * Blank text counts as no text, so forms can clear an optional field.
	 * @param value the text
	 * @return the stripped text, or {@code null} if blank
	 */
	public static String optional(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
