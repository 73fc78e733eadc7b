package org.parley.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ApiCalls;
import org.parley.test.PostgresTestConfiguration;
import org.parley.token.ApiTokens;
import org.parley.token.FeedTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run as an operator would: metrics on a management port of their own, logs as JSON
 * (Elastic Common Schema), Spring Security and Spring MVC at DEBUG. A Prometheus scraper
 * reads the metrics on that port without signing in (on the application's port they stay
 * the admins', and the management port opens nothing else); no password, API token or
 * feed token reaches the log. (A context of its own, closed after; the plain log format
 * is put back for the tests that follow.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "parley.demo-data=false", "management.server.port=0",
				"management.endpoints.web.exposure.include=health,prometheus,env",
				"logging.structured.format.console=ecs", "logging.level.org.springframework.security=DEBUG",
				"logging.level.org.springframework.web=DEBUG" })
@Import(PostgresTestConfiguration.class)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@LocalManagementPort
	int management;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApiTokens apiTokens;

	@Autowired
	FeedTokens feedTokens;

	private final HttpClient http = HttpClient.newHttpClient();

	@AfterAll
	static void plainLogsAgain() {
		// Spring Boot hands the format to Logback as a system property, which outlives
		// the
		// context: every context started after would log JSON too.
		System.clearProperty("CONSOLE_LOG_STRUCTURED_FORMAT");
		System.clearProperty("FILE_LOG_STRUCTURED_FORMAT");
		LoggingSystem logging = LoggingSystem.get(ObservabilityTests.class.getClassLoader());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
	}

	@Test
	void aScraperReadsTheMetricsOnTheManagementPortOnly() throws Exception {
		HttpResponse<String> scrape = get(this.management, "/actuator/prometheus", null);
		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(scrape.body()).contains("hikaricp_connections").contains("parley_webhooks_deliveries");
		assertThat(get(this.port, "/actuator/prometheus", null).headers().firstValue("Location")).hasValue("/login");
		assertThat(get(this.management, "/actuator/env", null).headers().firstValue("Location")).hasValue("/login");
	}

	@Test
	void noPasswordOrTokenIsLogged(CapturedOutput output) throws Exception {
		String password = "wrong-" + UUID.randomUUID();
		HttpResponse<String> form = get(this.port, "/login", null);
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String body = "username=admin&password=" + password + "&_csrf=" + encoded(token(form.body()));
		HttpResponse<String> refused = this.http
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
				.header("Cookie", cookie)
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.headers().firstValue("Location")).hasValue("/login?error");

		String apiToken = ApiCalls.token(this.accounts, this.encoder, this.apiTokens, "log-reader", Role.ANALYST);
		assertThat(get(this.port, "/api/v1/me", "Bearer " + apiToken).statusCode()).isEqualTo(200);
		String feedToken = this.feedTokens.renew("log-reader");
		assertThat(get(this.port, "/changes.atom?token=" + feedToken, null).statusCode()).isEqualTo(200);

		assertThat(output.getOut()).as("JSON log lines")
			.contains("\"ecs\":{\"version\"")
			.contains("\"level\":\"DEBUG\"");
		assertThat(output.getAll()).doesNotContain(password).doesNotContain(apiToken).doesNotContain(feedToken);
	}

	private HttpResponse<String> get(int port, String path, String authorization)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String token(String html) {
		Matcher field = CSRF_FIELD.matcher(html);
		assertThat(field.find()).as("a CSRF field").isTrue();
		return field.group(1);
	}

	private static String encoded(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
