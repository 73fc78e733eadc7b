package org.parley.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM when {@code parley.totp.key} is set (the
 * key is the SHA-256 of that text): stored as {@code v1:} and the Base64 of nonce and
 * ciphertext. Without a key secrets are stored as they are; stored plain secrets are
 * still read after a key is set.
 */
@Component
class TotpSecretCipher {

	private static final String SEALED = "v1:";

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	TotpSecretCipher(@Value("${parley.totp.key:}") String key) {
		this.key = (key == null || key.isBlank()) ? null : new SecretKeySpec(sha256(key), "AES");
	}

	String seal(String secret) {
		if (this.key == null) {
			return secret;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
			return SEALED + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot encrypt the TOTP secret", ex);
		}
	}

	String open(String stored) {
		if (stored == null || !stored.startsWith(SEALED)) {
			return stored;
		}
		if (this.key == null) {
			throw new IllegalStateException("A TOTP secret is encrypted but parley.totp.key is not set");
		}
		byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
					StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(
					"Cannot decrypt a TOTP secret: is parley.totp.key the one it was made with?", ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
