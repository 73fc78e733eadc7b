package org.parley.database;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

import org.parley.shared.PrivateFiles;

/**
 * The passwords of the embedded server's superuser and of the role that owns Parley's
 * tables, made at random on first start and kept beside the data in
 * {@code <dataDir>/postgres-credentials.properties}, readable by its owner only.
 *
 * @param superuser the password of {@code postgres}, used only to set the server up
 * @param owner the password of {@value EmbeddedPostgresStarter#OWNER}, the application's
 * role
 */
public record EmbeddedCredentials(String superuser, String owner) {

	private static final String FILE = "postgres-credentials.properties";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** Base64url without padding: safe inside an SQL literal. */
	private static final String PASSWORD = "[A-Za-z0-9_-]{32,}";

	public EmbeddedCredentials {
		if (!superuser.matches(PASSWORD) || !owner.matches(PASSWORD)) {
			throw new IllegalStateException("The embedded database's credentials file is damaged: delete " + FILE
					+ " only together with the database it belongs to.");
		}
	}

	/** The credentials kept under {@code dataDir}, made there first if absent. */
	static EmbeddedCredentials of(Path dataDir) throws IOException {
		Path file = dataDir.resolve(FILE);
		Properties properties = new Properties();
		if (Files.exists(file)) {
			try (Reader reader = Files.newBufferedReader(file)) {
				properties.load(reader);
			}
			return new EmbeddedCredentials(properties.getProperty("superuser", ""),
					properties.getProperty("owner", ""));
		}
		EmbeddedCredentials made = new EmbeddedCredentials(password(), password());
		properties.setProperty("superuser", made.superuser());
		properties.setProperty("owner", made.owner());
		StringWriter text = new StringWriter();
		properties.store(text, "Passwords of the embedded PostgreSQL under postgres/: keep them with it.");
		PrivateFiles.writeWhole(file, text.toString());
		return made;
	}

	private static String password() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "EmbeddedCredentials[hidden]";
	}

}
