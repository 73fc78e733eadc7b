package org.parley.packaged;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.database.EmbeddedPostgresStarter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The jar as a user runs it: no configuration at all, so it starts its own PostgreSQL,
 * loads the Geneva record, and keeps what was entered across a restart on the same data
 * directory. Runs in the integration-test phase, after the jar is built.
 */
class PackagedApplicationPackagedTests {

	private static final String ADMIN_PASSWORD = "packaged-test-admin-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final Path dataDir = Path.of("target", "packaged-data-" + System.nanoTime()).toAbsolutePath();

	private final int databasePort = freePort();

	private Process app;

	private int port;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.app != null) {
			this.app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void startsWithNoConfigurationServesGenevaAndKeepsDataAcrossARestart() throws Exception {
		start("first");
		assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
		HttpClient browser = signedIn();
		String home = get(browser, "/").body();
		assertThat(home).contains("Geneva").contains("Joint Russian–Ukrainian civilian administration");
		assertThat(get("/login").body()).as("the embedded demo says a second factor is optional there")
			.contains("a second factor is optional here");
		Path totpKey = this.dataDir.resolve("totp.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(totpKey)))
			.as("the TOTP key made beside the data, for its owner only")
			.isEqualTo("rw-------");
		String key = Files.readString(totpKey);

		String database = "jdbc:postgresql://localhost:" + this.databasePort + "/postgres";
		assertThatExceptionOfType(java.sql.SQLException.class)
			.as("the embedded database takes no connection without its password")
			.isThrownBy(() -> DriverManager.getConnection(database, "postgres", "postgres").close());
		try (var connection = DriverManager.getConnection(database, EmbeddedPostgresStarter.OWNER,
				EmbeddedPostgresStarter.ownerPassword(this.dataDir))) {
			connection.createStatement()
				.executeUpdate("insert into negotiation (slug, title) values ('restart-check', 'Restart check talks')");
			var tables = connection.createStatement()
				.executeQuery("select count(*) filter (where tableowner <> 'parley'), bool_or(r.rolsuper) "
						+ "from pg_tables join pg_roles r on r.rolname = 'parley' where schemaname = 'public'");
			tables.next();
			assertThat(tables.getLong(1)).as("tables the owner role does not own").isZero();
			assertThat(tables.getBoolean(2)).as("the owner role is a superuser").isFalse();
		}
		stopGracefully();

		start("second");
		String afterRestart = get(signedIn(), "/").body();
		assertThat(afterRestart).contains("Restart check talks").contains("Geneva");
		assertThat(occurrences(afterRestart, "Geneva talks")).isEqualTo(occurrences(home, "Geneva talks"));
		assertThat(Files.readString(totpKey)).as("the same TOTP key after a restart").isEqualTo(key);
	}

	private void start(String name) throws IOException, InterruptedException {
		this.port = freePort();
		Path jar = Path.of(System.getProperty("parley.jar", "target/parley-0.1.0-SNAPSHOT.jar"));
		assertThat(jar).exists();
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString(), "--server.port=" + this.port, "--parley.data-dir=" + this.dataDir,
				"--parley.embedded-port=" + this.databasePort);
		builder.environment().put("PARLEY_ADMIN_PASSWORD", ADMIN_PASSWORD);
		builder.environment().remove("SPRING_DATASOURCE_URL");
		builder.environment().remove("PARLEY_TOTP_KEY");
		builder.environment().remove("PARLEY_TWO_FACTOR_REQUIRED_FOR");
		builder.redirectErrorStream(true);
		Files.createDirectories(this.dataDir);
		builder.redirectOutput(this.dataDir.resolveSibling(this.dataDir.getFileName() + "-" + name + ".log").toFile());
		this.app = builder.start();
		awaitHealthy();
	}

	private void awaitHealthy() throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			assertThat(this.app.isAlive()).as("the application process is running").isTrue();
			try {
				if (get("/actuator/health").statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The application did not report healthy within three minutes");
	}

	private void stopGracefully() throws InterruptedException {
		this.app.destroy();
		assertThat(this.app.waitFor(60, TimeUnit.SECONDS)).as("the application stops on SIGTERM").isTrue();
		this.app = null;
	}

	private HttpClient signedIn() throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		Matcher csrf = CSRF.matcher(get(browser, "/login").body());
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.uri().getPath()).as("signed in, away from the login page").isNotEqualTo("/login");
		return browser;
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(HttpClient.newHttpClient(), path);
	}

	private HttpResponse<String> get(HttpClient client, String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static int occurrences(String text, String word) {
		return text.split(Pattern.quote(word), -1).length - 1;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
