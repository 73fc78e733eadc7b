package org.parley.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ConnectionDetails;
import org.parley.test.SharedPostgres;
import org.parley.test.TcpProxy;
import org.parley.test.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * PostgreSQL going silent under a running application, through a relay the test cuts:
 * pages answer 503 with a page that says so, the API a 503 problem detail, health says
 * DOWN, a save sent meanwhile is refused and not half-made, and once the relay is back
 * the application serves again by itself.
 */
@SpringBootTest(properties = "parley.demo-data=true")
@AutoConfigureMockMvc
@Import({ DatabaseOutageTests.RelayedDatabase.class, TestClockConfiguration.class })
class DatabaseOutageTests {

	private static final String OUTAGE_QUOTE = "Said while the database was away";

	static TcpProxy relay;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void restore() {
		relay.restore();
	}

	@Test
	void whileTheDatabaseIsAwayEveryAnswerIsA503AndTheApplicationHealsByItself() throws Exception {
		assertThat(call(get("/proposals").with(analyst())).getStatus()).isEqualTo(200);
		// Connections just used are handed out again unchecked: the calls below meet
		// broken ones first, as requests do the moment PostgreSQL goes.
		assertThat(call(get("/api/v1/positions").with(analyst())).getStatus()).isEqualTo(200);
		relay.cut();

		long started = System.nanoTime();
		MockHttpServletResponse page = call(get("/proposals").with(analyst()));
		System.out.printf("A page answered %d in %d ms while the database was away%n", page.getStatus(),
				(System.nanoTime() - started) / 1_000_000);
		assertThat(page.getStatus()).isEqualTo(503);
		assertThat(page.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
		assertThat(page.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
		assertThat(page.getContentAsString()).contains("<h1>The record is temporarily unavailable</h1>")
			.contains("href=\"/proposals\"");

		MockHttpServletResponse api = call(get("/api/v1/positions").with(analyst()));
		assertThat(api.getStatus()).as(api.getContentAsString()).isEqualTo(503);
		assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(api.getContentAsString()).contains("\"status\":503").contains("temporarily unavailable");

		MockHttpServletResponse save = call(post("/api/v1/positions").with(user("outage-editor").roles("EDITOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"proposal_id\": 1, \"party_id\": 1, \"stated_on\": \"2026-02-19\", \"stance\": \"OPPOSES\", "
					+ "\"quote\": \"" + OUTAGE_QUOTE + "\"}"));
		assertThat(save.getStatus()).isEqualTo(503);

		MockHttpServletResponse health = call(get("/actuator/health"));
		assertThat(health.getStatus()).isEqualTo(503);
		assertThat(health.getContentAsString()).contains("DOWN");

		relay.restore();
		assertThat(untilServed(get("/proposals").with(analyst()))).isEqualTo(200);
		assertThat(call(get("/actuator/health")).getContentAsString()).contains("UP");
		assertThat(this.jdbc.queryForObject("select count(*) from position where quote = ?", Long.class, OUTAGE_QUOTE))
			.isZero();
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * The status once the pool has reconnected: it takes a retry or two, never a restart.
	 */
	private int untilServed(RequestBuilder request) throws Exception {
		int status = 0;
		for (int attempt = 0; attempt < 30 && status != 200; attempt++) {
			status = call(request).getStatus();
			if (status != 200) {
				Thread.sleep(500);
			}
		}
		return status;
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
		return user("outage-analyst").roles("ANALYST");
	}

	/** The run's PostgreSQL, reached through a relay this test can cut. */
	@TestConfiguration(proxyBeanMethods = false)
	static class RelayedDatabase {

		@Bean
		JdbcConnectionDetails relayedConnection() {
			ConnectionDetails database = SharedPostgres.connectionDetails();
			Matcher address = Pattern.compile("//([^:/]+):(\\d+)/").matcher(database.getJdbcUrl());
			assertThat(address.find()).as(database.getJdbcUrl()).isTrue();
			relay = new TcpProxy(address.group(1), Integer.parseInt(address.group(2)));
			return database.at(database.getJdbcUrl().replace(address.group(), "//localhost:" + relay.port() + "/"));
		}

	}

}
