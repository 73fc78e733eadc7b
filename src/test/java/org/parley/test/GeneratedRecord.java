package org.parley.test;

import javax.sql.DataSource;

import org.parley.generator.RecordGenerator;
import org.parley.generator.Scale;

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
			ConnectionDetails database = SharedPostgres.database(DATABASE);
			DataSource generated = new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
					database.getPassword());
			new RecordGenerator(SCALE, (line) -> {
			}).generate(generated);
			dataSource = generated;
		}
		return dataSource;
	}

	/** How to reach the generated record's database (generated on first use). */
	public static ConnectionDetails connectionDetails() {
		dataSource();
		return SharedPostgres.database(DATABASE);
	}

}
