package org.parley.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Fills an empty database with a synthetic record of a given {@link Scale}: the schema
 * from the application's own migrations, then every row made inside PostgreSQL by a few
 * set-based statements per stage ({@code INSERT … SELECT … FROM generate_series}), text
 * chosen from the {@link Vocabulary} by a seeded hash of the row number, so every run
 * makes the same record. All in one transaction: a failed load leaves nothing behind, and
 * a database that already holds a record is refused.
 */
public final class RecordGenerator {

	/** The stages, in dependency order; each is a script under {@code stages/}. */
	static final List<String> STAGES = List.of("10-negotiations", "11-classification", "12-people", "20-citations",
			"30-proposals", "40-rounds", "50-positions", "60-evidence", "70-audit-records", "71-audit-parts",
			"72-audit-revisions", "80-derived", "90-finish");

	/** Fixed, so that every run makes the same record. */
	static final int SEED = 1_702;

	private final Scale scale;

	private final Consumer<String> progress;

	public RecordGenerator(Scale scale, Consumer<String> progress) {
		this.scale = scale;
		this.progress = progress;
	}

	/**
	 * Migrates the database and loads the record.
	 * @param dataSource the database to fill
	 * @throws RecordAlreadyThereException if it already holds a record
	 */
	public void generate(DataSource dataSource) {
		migrate(dataSource);
		try (Connection connection = dataSource.getConnection()) {
			load(connection);
			analyze(connection);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Generating the record failed: " + ex.getMessage(), ex);
		}
	}

	/** The application's own migrations, exactly as it runs them at start-up. */
	public static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	private void load(Connection connection) throws SQLException {
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			prepare(statement);
			refuseIfRecordThere(statement);
			Vocabulary.read().offerTo(statement);
			run(statement, "00-setup");
			DeferredIndexes indexes = DeferredIndexes.drop(statement);
			DerivedTables.disable(statement);
			for (String stage : STAGES) {
				timed(stage, () -> run(statement, stage));
			}
			timed("indexes", () -> indexes.build(statement));
			timed("foreign keys", () -> indexes.constrain(statement));
			DerivedTables.enable(statement);
			timed("commit", () -> {
				connection.commit();
				return 0L;
			});
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	/** Settings for this loading session only. */
	private static void prepare(Statement statement) throws SQLException {
		statement.execute("SET LOCAL synchronous_commit = off");
		statement.execute("SET LOCAL work_mem = '256MB'");
		statement.execute("SET LOCAL maintenance_work_mem = '512MB'");
		statement.execute("SET LOCAL TIME ZONE 'UTC'");
		statement.execute("SET LOCAL DateStyle = 'ISO, YMD'");
	}

	/** Waits for any other loader, then refuses unless the record tables are empty. */
	private static void refuseIfRecordThere(Statement statement) throws SQLException {
		statement.execute("LOCK TABLE negotiation IN EXCLUSIVE MODE");
		try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM negotiation")) {
			rows.next();
			if (rows.getLong(1) > 0) {
				throw new RecordAlreadyThereException(rows.getLong(1));
			}
		}
	}

	private void timed(String stage, SqlWork work) throws SQLException {
		long started = System.nanoTime();
		long rows = work.run();
		double seconds = (System.nanoTime() - started) / 1e9;
		this.progress.accept(String.format("%-20s %,12d rows %8.1f s", stage, rows, seconds));
	}

	private long run(Statement statement, String stage) throws SQLException {
		long rows = 0;
		for (String sql : script(stage).split(";[ \t]*\r?\n")) {
			if (!sql.isBlank() && !statement.execute(sql)) {
				rows += Math.max(0, statement.getUpdateCount());
			}
		}
		return rows;
	}

	private String script(String stage) {
		String text = read("stages/" + stage + ".sql");
		for (Map.Entry<String, Long> value : values().entrySet()) {
			text = text.replace("${" + value.getKey() + "}", Long.toString(value.getValue()));
		}
		return text;
	}

	private Map<String, Long> values() {
		return Map.ofEntries(Map.entry("seed", (long) SEED), Map.entry("negotiations", this.scale.negotiations()),
				Map.entry("parties", this.scale.parties()), Map.entry("topics", this.scale.topics()),
				Map.entry("regions", this.scale.regions()), Map.entry("sources", this.scale.sources()),
				Map.entry("people", this.scale.people()), Map.entry("rounds", this.scale.rounds()),
				Map.entry("proposals", this.scale.proposals()), Map.entry("citations", this.scale.citations()),
				Map.entry("positions_per_proposal", this.scale.positionsPerProposal()),
				Map.entry("proposals_per_round", this.scale.proposalsPerRound()));
	}

	private static String read(String resource) {
		try (InputStream in = RecordGenerator.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	private void analyze(Connection connection) throws SQLException {
		timed("analyze", () -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("ANALYZE");
			}
			return 0L;
		});
	}

	@FunctionalInterface
	private interface SqlWork {

		long run() throws SQLException;

	}

}
