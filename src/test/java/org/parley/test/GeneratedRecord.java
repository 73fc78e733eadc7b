package org.parley.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.parley.generator.RecordGenerator;
import org.parley.generator.Scale;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A synthetic record at {@link #SCALE} (1 negotiation, 50 rounds, 500 proposals, 5,000
 * positions, 10,000 citations and their audit trail), made by the application's own
 * generator once per test run in the database {@value #DATABASE} on the run's shared
 * PostgreSQL, beside (never inside) the main test database. Plain JDBC tests take
 * {@link #dataSource()}; tests of the whole application on it use
 * {@link GeneratedRecordTest}. Tests that write to it should roll back.
 */
public final class GeneratedRecord {

	/** The scale of the generated record. */
	public static final Scale SCALE = new Scale(0.01);

	/** The database that holds it. */
	public static final String DATABASE = "generated_record";

	private static DataSource dataSource;

	private GeneratedRecord() {
	}

	/**
	 * The generated record's database, created, migrated and filled on first use.
	 * @return a data source on it
	 */
	public static synchronized DataSource dataSource() {
		if (dataSource == null) {
			DataSource generated = new DriverManagerDataSource(jdbcUrl(DATABASE), username(), password());
			createDatabase();
			new RecordGenerator(SCALE, (line) -> {
			}).generate(generated);
			dataSource = generated;
		}
		return dataSource;
	}

	/** The JDBC address of the generated record's database (generated on first use). */
	public static String jdbcUrl() {
		dataSource();
		return jdbcUrl(DATABASE);
	}

	public static String username() {
		return SharedPostgres.useContainer() ? SharedPostgres.container().getUsername() : "postgres";
	}

	public static String password() {
		return SharedPostgres.useContainer() ? SharedPostgres.container().getPassword() : "postgres";
	}

	private static String jdbcUrl(String database) {
		if (SharedPostgres.useContainer()) {
			PostgreSQLContainer container = SharedPostgres.container();
			return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(5432) + "/" + database;
		}
		return SharedPostgres.embedded().getJdbcUrl("postgres", database);
	}

	/** Made once per run: the server lives as long as the run. */
	private static void createDatabase() {
		try (Connection connection = new DriverManagerDataSource(jdbcUrl("postgres"), username(), password())
			.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rows.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the database " + DATABASE, ex);
		}
	}

}
