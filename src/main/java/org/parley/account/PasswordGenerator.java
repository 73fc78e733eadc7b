package org.parley.account;

import java.security.SecureRandom;

/**
 * Random passwords for accounts nobody has chosen a password for yet. Uses letters and
 * digits without the easily confused ones (0/O, 1/l/I), so a password read from a log can
 * be typed without guessing.
 */
public final class PasswordGenerator {

	static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final SecureRandom random;

	public PasswordGenerator() {
		this(new SecureRandom());
	}

	PasswordGenerator(SecureRandom random) {
		this.random = random;
	}

	/** A password of {@code length} characters (at least 12). */
	public String generate(int length) {
		if (length < 12) {
			throw new IllegalArgumentException("A generated password has at least 12 characters");
		}
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
