package org.parley.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The embedded PostgreSQL the application starts when no database is configured keeps
 * every acknowledged commit when it is killed, signs everyone in with a password, and
 * runs the application as a role that owns its tables but is no superuser.
 */
class EmbeddedDatabaseDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void aNewDataDirectoryIsDurableAndLocked() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresStarter.start(this.dataDir, 0);
				Connection owner = owner(postgres)) {
			assertThat(setting(owner, "fsync")).isEqualTo("on");
			assertThat(setting(owner, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(owner, "full_page_writes")).isEqualTo("on");
			assertThat(value(owner, "select rolsuper::text from pg_roles where rolname = current_user"))
				.isEqualTo("false");
			assertThat(value(owner, "select current_user")).isEqualTo(EmbeddedPostgresStarter.OWNER);
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(() -> DriverManager
					.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres")
					.close())
				.withMessageContaining("password authentication failed");
			assertThatExceptionOfType(SQLException.class)
				.isThrownBy(
						() -> DriverManager.getConnection(postgres.getJdbcUrl("parley", "postgres"), "parley", "wrong")
							.close())
				.withMessageContaining("password authentication failed");
		}
		assertThat(Files.getPosixFilePermissions(this.dataDir.resolve("postgres-credentials.properties")))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	@Test
	void everyAcknowledgedWriteSurvivesTheDatabaseBeingKilledMidWrite() throws Exception {
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		EmbeddedPostgres postgres = EmbeddedPostgresStarter.start(this.dataDir, 0);
		try (Connection owner = owner(postgres); Statement statement = owner.createStatement()) {
			statement.execute("create table save (id bigint primary key, note text not null)");
		}
		AtomicLong next = new AtomicLong();
		List<Thread> writers = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			Thread writer = new Thread(() -> write(postgres, next, acknowledged));
			writer.start();
			writers.add(writer);
		}
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
		while (acknowledged.size() < 300 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		kill(postgres);
		for (Thread writer : writers) {
			writer.join();
		}
		closeQuietly(postgres);
		try (EmbeddedPostgres restarted = EmbeddedPostgresStarter.start(this.dataDir, 0);
				Connection owner = owner(restarted);
				Statement statement = owner.createStatement();
				ResultSet rows = statement.executeQuery("select id from save")) {
			Set<Long> kept = ConcurrentHashMap.newKeySet();
			while (rows.next()) {
				kept.add(rows.getLong(1));
			}
			assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(300);
			assertThat(kept).containsAll(acknowledged);
		}
	}

	@Test
	void aDataDirectoryFromBeforeIsHandedToTheOwnerRole() throws Exception {
		// As the application kept its data before: trusted connections, the superuser's
		// tables.
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(EmbeddedPostgresStarter.directory(this.dataDir))
			.setCleanDataDirectory(false)
			.start();
				Connection superuser = old.getPostgresDatabase().getConnection();
				Statement statement = superuser.createStatement()) {
			statement.execute("create table proposal_note (id bigserial primary key, note text)");
			statement.execute("insert into proposal_note (note) values ('kept')");
		}
		try (EmbeddedPostgres postgres = EmbeddedPostgresStarter.start(this.dataDir, 0);
				Connection owner = owner(postgres);
				Statement statement = owner.createStatement()) {
			statement.execute("insert into proposal_note (note) values ('added by the owner')");
			assertThat(value(owner, "select string_agg(note, ', ' order by id) from proposal_note"))
				.isEqualTo("kept, added by the owner");
			assertThat(value(owner, "select tableowner from pg_tables where tablename = 'proposal_note'"))
				.isEqualTo(EmbeddedPostgresStarter.OWNER);
			statement.execute("alter table proposal_note add column author text");
		}
	}

	private void write(EmbeddedPostgres postgres, AtomicLong next, Set<Long> acknowledged) {
		try (Connection owner = owner(postgres);
				PreparedStatement insert = owner.prepareStatement("insert into save (id, note) values (?, ?)")) {
			while (true) {
				long id = next.incrementAndGet();
				insert.setLong(1, id);
				insert.setString(2, "save " + id);
				insert.executeUpdate();
				acknowledged.add(id);
			}
		}
		catch (SQLException | IOException ex) {
			// The database was killed: the writes that returned are the acknowledged
			// ones.
		}
	}

	private Connection owner(EmbeddedPostgres postgres) throws SQLException, IOException {
		return DriverManager.getConnection(EmbeddedPostgresStarter.jdbcUrl(postgres), EmbeddedPostgresStarter.OWNER,
				EmbeddedPostgresStarter.ownerPassword(this.dataDir));
	}

	/** {@code kill -9} of the server and every backend, as a crash would. */
	private void kill(EmbeddedPostgres postgres) throws IOException {
		long pid = Long.parseLong(
				Files.readAllLines(EmbeddedPostgresStarter.directory(this.dataDir).resolve("postmaster.pid")).get(0));
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> backends = postmaster.descendants().toList();
		postmaster.destroyForcibly();
		backends.forEach(ProcessHandle::destroyForcibly);
		postmaster.onExit().join();
	}

	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// Already dead; closing only releases its lock.
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		return value(connection, "select current_setting('" + name + "')");
	}

	private static String value(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

}
