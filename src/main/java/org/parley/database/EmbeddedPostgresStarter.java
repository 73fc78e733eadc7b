package org.parley.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL kept under a data directory
 * ({@code <dataDir>/postgres}), the one way the application and the record generator both
 * start it, so they always find the same database in the same place.
 * <p>
 * Durable: every commit is on disk before it is acknowledged ({@code fsync},
 * {@code synchronous_commit} and {@code full_page_writes} on, where the library's
 * defaults turn them off for tests). Locked: every connection signs in with a password
 * (scram-sha-256) and the application uses {@value #OWNER}, the role that owns its tables
 * but is no superuser; the superuser's password only sets the server up. On the first
 * start of a data directory made before this (trusted connections, tables owned by the
 * superuser), the passwords are set and the tables handed to {@value #OWNER}.
 */
public final class EmbeddedPostgresStarter {

	/** The database the application uses on the embedded server. */
	public static final String DATABASE = "postgres";

	/** The role the application signs in as: it owns the tables, and is no superuser. */
	public static final String OWNER = "parley";

	private static final String SUPERUSER = "postgres";

	private static final String HBA = """
			# Written by Parley at every start: every connection signs in with a password.
			local all all scram-sha-256
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	// Everything in schema public the superuser owns (from before the owner role) goes to
	// the owner; a table takes its own sequences with it.
	private static final String HAND_OVER = """
			do $$
			declare object record;
			begin
			  for object in select c.oid::regclass as name from pg_class c
			      where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'v', 'm')
			        and pg_get_userbyid(c.relowner) = 'postgres' loop
			    execute format('alter table %s owner to parley', object.name);
			  end loop;
			  for object in select c.oid::regclass as name from pg_class c
			      where c.relnamespace = 'public'::regnamespace and c.relkind = 'S'
			        and pg_get_userbyid(c.relowner) = 'postgres' loop
			    execute format('alter sequence %s owner to parley', object.name);
			  end loop;
			  for object in select p.oid::regprocedure as name from pg_proc p
			      where p.pronamespace = 'public'::regnamespace and pg_get_userbyid(p.proowner) = 'postgres' loop
			    execute format('alter routine %s owner to parley', object.name);
			  end loop;
			end $$""";

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
		EmbeddedCredentials credentials = EmbeddedCredentials.of(dataDir);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setConnectConfig("password", credentials.superuser())
			.start();
		try {
			setUp(postgres, credentials, directory);
		}
		catch (SQLException ex) {
			postgres.close();
			throw new IOException("The embedded PostgreSQL started but could not be set up", ex);
		}
		return postgres;
	}

	/** The owner's password, for connecting as {@value #OWNER}. */
	public static String ownerPassword(Path dataDir) throws IOException {
		return EmbeddedCredentials.of(dataDir).owner();
	}

	private static void setUp(EmbeddedPostgres postgres, EmbeddedCredentials credentials, Path directory)
			throws SQLException, IOException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			statement.execute("alter role " + SUPERUSER + " password '" + credentials.superuser() + "'");
			statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + OWNER
					+ "') then create role " + OWNER + "; end if; end $$");
			statement.execute("alter role " + OWNER + " login nosuperuser nocreatedb nocreaterole password '"
					+ credentials.owner() + "'");
			statement.execute("grant connect, create, temporary on database " + DATABASE + " to " + OWNER);
			statement.execute("alter schema public owner to " + OWNER);
			statement.execute(HAND_OVER);
			connection.commit();
			Files.writeString(directory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
			statement.execute("select pg_reload_conf()");
		}
	}

	/**
	 * The JDBC address of the application's database on a running server.
	 * @param postgres the server
	 * @return its JDBC URL
	 */
	public static String jdbcUrl(EmbeddedPostgres postgres) {
		return postgres.getJdbcUrl(OWNER, DATABASE);
	}

}
