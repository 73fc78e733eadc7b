package org.parley.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts TOTP secrets at rest with AES-256-GCM, always: the key is the SHA-256 of
 * {@code parley.totp.key} when that is set, otherwise of the text of a key file made once
 * beside the data ({@link TotpKeyFile}). Stored as {@code v1:} and the Base64 of nonce
 * and ciphertext. Secrets stored plain by earlier versions are still read, and sealed at
 * start-up ({@link TotpSecretsAtRest}).
 */
@Component
class TotpSecretCipher {

	private static final Logger log = LoggerFactory.getLogger(TotpSecretCipher.class);

	private static final String SEALED = "v1:";

	private static final int NONCE_BYTES = 12;

	private final SecretKeySpec key;

	private final String source;

	private final SecureRandom random = new SecureRandom();

	@Autowired
	TotpSecretCipher(@Value("${parley.totp.key:}") String key,
			@Value("${parley.totp.key-file:${parley.data-dir:./data}/totp.key}") Path keyFile) {
		this(StringUtils.hasText(key) ? key : TotpKeyFile.of(keyFile),
				StringUtils.hasText(key) ? "parley.totp.key" : "the key file " + keyFile.toAbsolutePath());
		if (!StringUtils.hasText(key)) {
			log.info("TOTP secrets are encrypted with the key in {}: keep it with the data and its backups, "
					+ "or set parley.totp.key (PARLEY_TOTP_KEY) to its text", keyFile.toAbsolutePath());
		}
	}

	/**
	 * @param passphrase the text the key is the SHA-256 of
	 * @param source where it came from, for messages
	 */
	TotpSecretCipher(String passphrase, String source) {
		this.key = new SecretKeySpec(sha256(passphrase), "AES");
		this.source = source;
	}

	/**
	 * Whether a stored secret is encrypted (rather than left plain by an earlier
	 * version).
	 */
	static boolean isSealed(String stored) {
		return stored != null && stored.startsWith(SEALED);
	}

	String seal(String secret) {
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

	/** Where the key came from: {@code parley.totp.key} or the key file. */
	String source() {
		return this.source;
	}

	String open(String stored) {
		if (!isSealed(stored)) {
			return stored;
		}
		byte[] bytes = Base64.getDecoder().decode(stored.substring(SEALED.length()));
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES),
					StandardCharsets.US_ASCII);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot decrypt a TOTP secret with the key from " + this.source
					+ ": is it the one the secret was made with?", ex);
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
