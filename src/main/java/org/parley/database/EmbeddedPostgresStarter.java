package org.parley.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL kept under a data directory
 * ({@code <dataDir>/postgres}), the one way the application and the record generator both
 * start it, so they always find the same database in the same place.
 */
public final class EmbeddedPostgresStarter {

	/** The database and account the application uses on the embedded server. */
	public static final String DATABASE = "postgres";

	/** The embedded server's account, also its password. */
	public static final String USER = "postgres";

	private EmbeddedPostgresStarter() {
	}

	/**
	 * Where the embedded PostgreSQL keeps its files for a data directory.
	 * @param dataDir the {@code parley.data-dir}
	 * @return {@code <dataDir>/postgres}, absolute
	 */
	public static Path directory(Path dataDir) {
		return dataDir.resolve("postgres").toAbsolutePath();
	}

	/**
	 * Starts PostgreSQL on the files under {@code dataDir}, creating them if absent and
	 * keeping them as they are otherwise.
	 * @param dataDir the {@code parley.data-dir}
	 * @param port the port, or 0 for any free one
	 * @return the running server; closing it stops it
	 * @throws IOException if it does not start
	 */
	public static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
		Path directory = directory(dataDir);
		Files.createDirectories(directory);
		return EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
	}

	/**
	 * The JDBC address of the application's database on a running server.
	 * @param postgres the server
	 * @return its JDBC URL
	 */
	public static String jdbcUrl(EmbeddedPostgres postgres) {
		return postgres.getJdbcUrl(USER, DATABASE);
	}

}
