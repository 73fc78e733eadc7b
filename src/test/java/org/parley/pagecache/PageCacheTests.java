package org.parley.pagecache;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;
import org.parley.test.RemoteAddresses;
import org.parley.test.SqlStatements;
import org.parley.test.TestClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page read again is served as it was rendered, never after the record changed (here or
 * anywhere), never to another reader, and never with a notice meant for once.
 */
@SpringBootTest(properties = { "parley.demo-data=true", "parley.page-cache.enabled=true" })
@AutoConfigureMockMvc
@Import({ PostgresTestConfiguration.class, TestClockConfiguration.class })
class PageCacheTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RenderedPages pages;

	@BeforeEach
	void listening() throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!this.pages.listening() && Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(this.pages.listening()).as("the listener hears the database").isTrue();
	}

	@Test
	void aPageReadAgainIsServedAsRenderedWithoutReadingTheRecord() throws Exception {
		Cookie session = signIn();
		String first = page("/proposals", session);
		SqlStatements.reset();
		String again = page("/proposals", session);
		assertThat(SqlStatements.count()).as("statements beyond the session's").isZero();
		assertThat(withoutTokens(again)).isEqualTo(withoutTokens(first));
	}

	@Test
	void aSaveShowsOnTheNextPageWithItsNoticeShownOnce() throws Exception {
		Cookie session = signIn();
		String name = "Kept-page topic " + UUID.randomUUID();
		String created = save(post("/topics"), session, name, null);
		assertThat(page(created, session)).contains(name).contains("was added.");
		assertThat(page(created, session)).contains(name).doesNotContain("was added.");
		page(created, session);
		String renamed = name + " renamed";
		Long id = Long.valueOf(created.substring(created.lastIndexOf('/') + 1));
		Long version = this.jdbc.queryForObject("select version from topic where id = ?", Long.class, id);
		assertThat(save(post("/topics/" + id), session, renamed, version)).isEqualTo(created);
		assertThat(page(created, session)).contains(renamed);
		assertThat(page(created, session)).contains(renamed).doesNotContain("was added.");
	}

	private String save(MockHttpServletRequestBuilder request, Cookie session, String name, Long version)
			throws Exception {
		request.cookie(session).param("name", name).param("description", "").with(csrf());
		if (version != null) {
			request.param("version", version.toString());
		}
		return this.mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void aChangeMadeStraightInTheDatabaseShowsOnceItCommits() throws Exception {
		Cookie session = signIn();
		Long topic = this.jdbc.queryForObject("select min(id) from topic", Long.class);
		String address = "/topics/" + topic;
		page(address, session);
		String renamed = "Renamed in psql " + UUID.randomUUID();
		this.jdbc.update("update topic set name = ? where id = ?", renamed, topic);
		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		String shown = page(address, session);
		while (!shown.contains(renamed) && Instant.now().isBefore(until)) {
			Thread.sleep(20);
			shown = page(address, session);
		}
		assertThat(shown).contains(renamed);
	}

	@Test
	void eachSessionGetsItsOwnPageAndTokenAndNobodyElseGetsOne() throws Exception {
		Cookie first = signIn();
		Cookie second = signIn();
		page("/proposals", first);
		String firstToken = csrfToken(page("/proposals", first));
		page("/proposals", second);
		String secondToken = csrfToken(page("/proposals", second));
		// The first session's token, from its kept page, signs nobody else out; the
		// second's own, from its kept page, does.
		this.mvc.perform(post("/logout").cookie(second).param("_csrf", firstToken)).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").cookie(second).param("_csrf", secondToken))
			.andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/proposals")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/proposals").cookie(second)).andExpect(redirectedUrl("/login"));
		// The first session is still signed in (page() expects 200).
		page("/proposals", first);
	}

	@Test
	void aFailedSignInDropsNoKeptPage() throws Exception {
		Cookie session = signIn();
		page("/proposals", session);
		this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", "not the password")
				.with(csrf())
				.with(RemoteAddresses.fromUniqueAddress()))
			.andExpect(redirectedUrl("/login?error"));
		// Long enough for a notification, had the failed sign-in sent one.
		Thread.sleep(500);
		SqlStatements.reset();
		page("/proposals", session);
		assertThat(SqlStatements.count()).as("statements beyond the session's").isZero();
	}

	@Test
	void aPageAskedForUnderAnotherHostIsNeverServedUnderOurs() throws Exception {
		Cookie session = signIn();
		String address = "/proposals/" + this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		String elsewhere = this.mvc.perform(get(address).cookie(session).with((request) -> {
			request.setServerName("evil.example");
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(elsewhere).as("the permalink names the host asked for").contains("evil.example");
		assertThat(page(address, session)).doesNotContain("evil.example");
	}

	@Test
	void onlyPagesOfTheRecordAreKept() {
		assertThat(List.of("/proposals", "/proposals/4", "/rounds/2", "/matrix", "/search", "/log"))
			.allMatch(PageCacheFilter::keptAddress);
		assertThat(List.of("/export/positions.csv", "/changes.atom", "/api/v1/proposals", "/admin/users",
				"/account/tokens", "/login", "/css/parley.css", "/proposals/4/changes.atom"))
			.noneMatch(PageCacheFilter::keptAddress);
	}

	@Test
	void everyTablePagesReadFromNotifiesWhenItChanges() {
		List<String> silent = this.jdbc.queryForList("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p')
				  and not exists (select 1 from pg_trigger t where t.tgrelid = c.oid
				                  and t.tgname = c.relname || '_notify_pages_tg')
				order by 1""", String.class);
		assertThat(silent).containsExactlyInAnyOrder("flyway_schema_history", "spring_session",
				"spring_session_attributes", "sign_in_attempt", "known_device", "api_token", "audit_event",
				"webhook_delivery", "webhook_event", "webhook_endpoint", "record_change");
	}

	private String page(String address, Cookie session) throws Exception {
		return this.mvc.perform(get(address).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private Cookie signIn() throws Exception {
		Cookie cookie = this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", ParleyApplicationTest.ADMIN_PASSWORD)
				.with(csrf())
				.with(RemoteAddresses.fromUniqueAddress()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

	private static String csrfToken(String page) {
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static String withoutTokens(String page) {
		return CSRF.matcher(page).replaceAll("");
	}

}
