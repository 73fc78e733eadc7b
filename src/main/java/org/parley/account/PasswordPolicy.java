package org.parley.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 2.1): 12 to 128 characters, counted as Unicode code
 * points, any characters at all, no composition rules, and not one of the common
 * passwords bundled in {@code common-passwords.txt} (compared ignoring case). Every place
 * that sets a password asks this policy first.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	public static final int MAX_LENGTH = 128;

	static final String COMMON_PASSWORDS = "common-passwords.txt";

	private final Set<String> common;

	public PasswordPolicy() {
		this.common = load();
	}

	/**
	 * Why a password is not acceptable.
	 * @param password the proposed password, as typed
	 * @return the reason, or empty when the password is acceptable
	 */
	public Optional<Violation> check(String password) {
		if (password == null || password.isEmpty()) {
			return Optional.of(Violation.TOO_SHORT);
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return Optional.of(Violation.TOO_SHORT);
		}
		if (length > MAX_LENGTH) {
			return Optional.of(Violation.TOO_LONG);
		}
		if (this.common.contains(password.toLowerCase(Locale.ROOT))) {
			return Optional.of(Violation.COMMON);
		}
		return Optional.empty();
	}

	/** Whether {@link #check} finds nothing wrong. */
	public boolean accepts(String password) {
		return check(password).isEmpty();
	}

	/** How many common passwords are refused. */
	int commonPasswordCount() {
		return this.common.size();
	}

	private static Set<String> load() {
		try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
			if (in == null) {
				throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
			}
			Set<String> passwords = new HashSet<>(32_768);
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String line;
				while ((line = reader.readLine()) != null) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						passwords.add(line.toLowerCase(Locale.ROOT));
					}
				}
			}
			return Set.copyOf(passwords);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A reason to refuse a password, with the message code that explains it. */
	public enum Violation {

		/** Fewer than {@value PasswordPolicy#MIN_LENGTH} characters. */
		TOO_SHORT("password.policy.tooShort", "A password needs at least " + MIN_LENGTH + " characters."),

		/** More than {@value PasswordPolicy#MAX_LENGTH} characters. */
		TOO_LONG("password.policy.tooLong", "A password has at most " + MAX_LENGTH + " characters."),

		/** In the list of common passwords. */
		COMMON("password.policy.common",
				"This password is one of the most commonly used ones and easy to guess. Choose another.");

		private final String code;

		private final String defaultMessage;

		Violation(String code, String defaultMessage) {
			this.code = code;
			this.defaultMessage = defaultMessage;
		}

		/** The key of the explanation in {@code messages.properties}. */
		public String code() {
			return this.code;
		}

		/** The explanation in English, for logs and start-up failures. */
		public String defaultMessage() {
			return this.defaultMessage;
		}

	}

}
