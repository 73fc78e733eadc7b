package org.parley.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.parley.shared.PrivateFiles;

/**
 * The key of the TOTP secrets when {@code parley.totp.key} is not set: 32 random bytes
 * made on the first start and kept in a file beside the data
 * ({@code parley.totp.key-file}, by default {@code <parley.data-dir>/totp.key}), readable
 * by its owner only. Its text is used as {@code parley.totp.key} would be, so it can be
 * moved into that setting (to share it between instances) without re-encrypting anything.
 */
final class TotpKeyFile {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String KEY = "[A-Za-z0-9_-]{43}";

	private TotpKeyFile() {
	}

	/** The key kept in {@code file}, made there first if absent. */
	static String of(Path file) {
		try {
			if (Files.exists(file)) {
				String key = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (!key.matches(KEY)) {
					throw new IllegalStateException("The TOTP key file " + file + " is damaged: restore it from a "
							+ "backup, or set parley.totp.key to the key the second factors were made with.");
				}
				return key;
			}
			byte[] bytes = new byte[32];
			RANDOM.nextBytes(bytes);
			String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
			PrivateFiles.writeWhole(file, key + "\n");
			return key;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or make the TOTP key file " + file
					+ ": set parley.totp.key-file to a writable place, or parley.totp.key", ex);
		}
	}

}
