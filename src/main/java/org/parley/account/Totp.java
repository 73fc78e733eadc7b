package org.parley.account;

import java.security.GeneralSecurityException;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226): HMAC-SHA1, 30-second steps, 6
 * digits.
 */
public final class Totp {

	/** Seconds per time step. */
	public static final long STEP_SECONDS = 30;

	/** Digits per code. */
	public static final int DIGITS = 6;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	/** The time step an instant falls in. */
	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	/** The 6-digit code of a step. */
	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS);
	}

	/** The code of a step with a number of digits (1 to 8). */
	static String code(byte[] key, long step, int digits) {
		byte[] counter = new byte[8];
		long value = step;
		for (int i = 7; i >= 0; i--) {
			counter[i] = (byte) (value & 0xFF);
			value >>>= 8;
		}
		byte[] hash;
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			hash = mac.doFinal(counter);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is not available", ex);
		}
		int offset = hash[hash.length - 1] & 0x0F;
		int binary = ((hash[offset] & 0x7F) << 24) | ((hash[offset + 1] & 0xFF) << 16)
				| ((hash[offset + 2] & 0xFF) << 8) | (hash[offset + 3] & 0xFF);
		String code = Integer.toString(binary % POWERS[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	/** The 6-digit code at an instant, for a Base32 secret. */
	public static String code(String base32Secret, Instant instant) {
		return code(Base32.decode(base32Secret), step(instant));
	}

}
