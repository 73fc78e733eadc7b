package org.parley.generator;

import java.io.IOException;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.parley.database.EmbeddedPostgresStarter;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code bench/generate --scale S --data-dir DIR}: fills the embedded PostgreSQL the
 * application keeps in {@code DIR} (or, when {@code SPRING_DATASOURCE_URL} is set, that
 * database) with a synthetic record, printing a line per stage. Exits 2 on a wrong
 * argument, 3 when a record is already there.
 */
public final class GenerateRecord {

	private GenerateRecord() {
	}

	public static void main(String[] args) throws IOException {
		quietLogging();
		Arguments arguments;
		try {
			arguments = Arguments.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: bench/generate --scale S [--data-dir DIR]");
			System.exit(2);
			return;
		}
		System.exit(generate(arguments));
	}

	private static int generate(Arguments arguments) throws IOException {
		RecordGenerator generator = new RecordGenerator(new Scale(arguments.scale()), System.out::println);
		String url = System.getenv("SPRING_DATASOURCE_URL");
		try {
			if (url != null && !url.isBlank()) {
				System.out.println("Generating scale " + arguments.scale() + " into " + url);
				generator.generate(new DriverManagerDataSource(url, System.getenv("SPRING_DATASOURCE_USERNAME"),
						System.getenv("SPRING_DATASOURCE_PASSWORD")));
			}
			else {
				generateEmbedded(generator, arguments);
			}
			return 0;
		}
		catch (RecordAlreadyThereException ex) {
			System.err.println(ex.getMessage());
			return 3;
		}
	}

	private static void generateEmbedded(RecordGenerator generator, Arguments arguments) throws IOException {
		System.out.println("Generating scale " + arguments.scale() + " into "
				+ EmbeddedPostgresStarter.directory(arguments.dataDir()));
		try (EmbeddedPostgres postgres = EmbeddedPostgresStarter.start(arguments.dataDir(), 0)) {
			generator.generate(new DriverManagerDataSource(EmbeddedPostgresStarter.jdbcUrl(postgres),
					EmbeddedPostgresStarter.OWNER, EmbeddedPostgresStarter.ownerPassword(arguments.dataDir())));
		}
	}

	/** Without Spring, logback would print every debug line of the embedded server. */
	private static void quietLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
		}
	}

	record Arguments(double scale, Path dataDir) {

		static Arguments parse(String[] args) {
			Double scale = null;
			Path dataDir = Path.of("data");
			for (int i = 0; i < args.length; i++) {
				String value = (i + 1 < args.length) ? args[i + 1] : null;
				switch (args[i]) {
					case "--scale" -> scale = number(value);
					case "--data-dir" -> dataDir = Path.of(required(value, "--data-dir"));
					default -> throw new IllegalArgumentException("Unknown argument: " + args[i]);
				}
				i++;
			}
			if (scale == null) {
				throw new IllegalArgumentException("--scale is required");
			}
			return new Arguments(scale, dataDir);
		}

		private static double number(String value) {
			try {
				return Double.parseDouble(required(value, "--scale"));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--scale takes a number, e.g. 0.1 or 1");
			}
		}

		private static String required(String value, String name) {
			if (value == null) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			return value;
		}

	}

}
