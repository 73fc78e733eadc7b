package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions live in PostgreSQL; the id changes at sign-in; they end after 30 idle minutes
 * or 12 hours in all; the cookie is HttpOnly, SameSite=Lax, and Secure over HTTPS; pages
 * of one session read in parallel all answer.
 */
@ParleyApplicationTest
class SessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	Environment environment;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theSessionIdChangesAtSignIn() throws Exception {
		// The sign-in form makes no session (AnonymousVisitsTests): a session sent to
		// sign in with is one signed in before.
		Cookie before = signIn(null);
		Cookie after = signIn(before);
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		// The old id opens nothing.
		this.mvc.perform(get("/").cookie(before)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
	}

	@Test
	void sessionsAreKeptInPostgresqlWithAThirtyMinuteIdleTimeout() throws Exception {
		Cookie session = signIn(null);
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		Integer idleSeconds = this.jdbc
			.queryForObject("select max_inactive_interval from spring_session where session_id = ?", Integer.class, id);
		assertThat(idleSeconds).isEqualTo(30 * 60);
		String principal = this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, id);
		assertThat(principal).isEqualTo("admin");
		assertThat(this.environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
		assertThat(this.environment.getProperty("parley.session.absolute-timeout")).isEqualTo("12h");
	}

	@Test
	void aSessionEndsTwelveHoursAfterItBeganHoweverActive() throws Exception {
		Cookie session = signIn(null);
		this.clock.advance(Duration.ofHours(11).plusMinutes(59));
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofMinutes(2));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		this.clock.reset();
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void pagesOpenedAtOnceInOneFreshSessionAllAnswer() throws Exception {
		Cookie session = signIn(null);
		int pages = 8;
		CyclicBarrier together = new CyclicBarrier(pages);
		ExecutorService readers = Executors.newFixedThreadPool(pages);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < pages; i++) {
				statuses.add(readers.submit(() -> {
					together.await();
					return this.mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus();
				}));
			}
			for (Future<Integer> status : statuses) {
				assertThat(status.get(1, TimeUnit.MINUTES)).as("each page of the session").isEqualTo(200);
			}
		}
		finally {
			readers.shutdownNow();
		}
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void theSessionCookieIsHttpOnlyLaxAndSecureOnlyOverHttps() throws Exception {
		this.mvc.perform(signInRequest())
			.andExpect(header().stringValues("Set-Cookie", hasItem(allOf(startsWith("SESSION="),
					containsString("HttpOnly"), containsString("SameSite=Lax"), not(containsString("Secure"))))));
		// So is the cookie that makes the browser a known one (security.KnownDevices).
		this.mvc.perform(signInRequest().secure(true))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith("SESSION="), containsString("Secure"), containsString("HttpOnly"),
							containsString("SameSite=Lax")))))
			.andExpect(header().stringValues("Set-Cookie", hasItem(allOf(startsWith("PARLEY_DEVICE="),
					containsString("Secure"), containsString("HttpOnly"), containsString("SameSite=Lax")))));
	}

	/**
	 * Signs the first admin in, with the given session if any; the session cookie after.
	 */
	private Cookie signIn(Cookie session) throws Exception {
		var request = signInRequest();
		if (session != null) {
			request.cookie(session);
		}
		MockHttpServletResponse response = this.mvc.perform(request)
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
		Cookie cookie = response.getCookie("SESSION");
		assertThat(cookie).as("a session cookie after signing in").isNotNull();
		return cookie;
	}

	private static MockHttpServletRequestBuilder signInRequest() {
		return post("/login").param("username", "admin")
			.param("password", ParleyApplicationTest.ADMIN_PASSWORD)
			.with(csrf())
			.with(RemoteAddresses.fromUniqueAddress());
	}

}
