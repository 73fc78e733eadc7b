package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over the password's SHA-256 (Base64, 44 characters): bcrypt reads only 72 bytes
 * and Spring Security refuses more, while the password policy allows 128 characters (40
 * Cyrillic letters are already 80 bytes). Hashes stored as {@code {bcrypt}…} before stay
 * readable.
 */
final class PrehashedBcrypt implements PasswordEncoder {

	static final String ID = "bcrypt-sha256";

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	/**
	 * New hashes as {@code {bcrypt-sha256}…}; every id Spring Security knows still read.
	 */
	static PasswordEncoder delegating() {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put(ID, new PrehashedBcrypt());
		DelegatingPasswordEncoder known = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(ID, encoders);
		delegating.setDefaultPasswordEncoderForMatches(known);
		return delegating;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return this.bcrypt.encode(prehash(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return this.bcrypt.matches(prehash(rawPassword), encodedPassword);
	}

	private static String prehash(CharSequence rawPassword) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}

}
