package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.test.EveryPage;
import org.parley.test.NuChecker;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The HTML of every page, as the server writes it, passes the Nu Html Checker (what
 * validator.w3.org/nu runs) without an error: the read pages and the forms an admin opens
 * on the Geneva record, the sign-in page, the error pages, and the pages an edit leads to
 * (a form with errors, a version history, a conflict, a delete asked about or refused, a
 * merge to confirm). A failure names the page and the checker's message. What is edited
 * here is rolled back.
 */
@ParleyApplicationTest
@Transactional
class MarkupValidityTests {

	/** The errors named for each page: a repeated one is seen in its first few. */
	private static final int SHOWN = 10;

	/** The checker's advice, told once at the end: it does not fail a page. */
	private static final java.util.Set<String> WARNINGS = new java.util.TreeSet<>();

	private static NuChecker checker;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	private final List<String> failures = new ArrayList<>();

	@BeforeAll
	static void startTheChecker() {
		checker = new NuChecker();
	}

	@AfterAll
	static void stopTheChecker() {
		WARNINGS.forEach((warning) -> System.out.println("Nu Html Checker warning: " + warning));
		checker = null;
	}

	@Test
	void everyPageAnAdminOpensIsValidHtml() throws Exception {
		for (String page : EveryPage.addresses(this.jdbc)) {
			check(page, get(page).with(admin()), 200);
		}
		assertNoFailures();
	}

	@Test
	void theSignInAndErrorPagesAreValidHtml() throws Exception {
		check("/login", get("/login"), 200);
		check("/login?error", get("/login").param("error", ""), 200);
		check("/login?logout", get("/login").param("logout", ""), 200);
		for (int status : new int[] { 400, 403, 404, 500, 503 }) {
			check("error page " + status,
					get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
						.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/proposals/999999")
						.accept(MediaType.TEXT_HTML)
						.with(admin()),
					status);
		}
		assertNoFailures();
	}

	@Test
	void thePagesAnEditLeadsToAreValidHtml() throws Exception {
		check("a form with errors", post("/people").with(admin()).with(csrf()).param("fullName", ""), 200);
		check("a quick log with errors", post("/log").with(admin()).with(csrf()), 200);
		this.mvc.perform(post("/people").with(admin()).with(csrf()).param("fullName", "Markup Checker"));
		this.entityManager.flush();
		long person = this.jdbc.queryForObject("select id from person where full_name = 'Markup Checker'", Long.class);
		this.mvc.perform(post("/people/{id}", person).with(admin())
			.with(csrf())
			.param("version", "0")
			.param("fullName", "Markup Checker")
			.param("title", "Validator"));
		this.entityManager.flush();
		check("/people/{id}/history", get("/people/{id}/history", person).with(admin()), 200);
		check("/changes after an edit", get("/changes").with(admin()), 200);
		check("/admin/audit after an edit", get("/admin/audit").with(admin()), 200);
		check("a conflict",
				post("/people/{id}", person).with(admin())
					.with(csrf())
					.param("version", "0")
					.param("fullName", "Markup Checker")
					.param("title", "Checker of markup"),
				409);
		check("a delete to confirm",
				post("/people/{id}/delete", person).with(admin()).with(csrf()).param("version", "1"), 200);
		long merezhko = this.jdbc.queryForObject("select id from person where slug = 'oleksandr-merezhko'", Long.class);
		check("a refused delete",
				post("/people/{id}/delete", merezhko).with(admin())
					.with(csrf())
					.param("version", "" + version("person", merezhko)),
				409);
		long topic = this.jdbc.queryForObject("select id from topic where slug = 'territory'", Long.class);
		long kept = this.jdbc.queryForObject("select id from topic where slug = 'status-of-donbas'", Long.class);
		check("a merge to confirm",
				post("/topics/{id}/merge", topic).with(admin())
					.with(csrf())
					.param("version", "" + version("topic", topic))
					.param("keep", "" + kept),
				200);
		assertNoFailures();
	}

	private void check(String page, MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		if (response.getStatus() != status) {
			this.failures.add(page + ": answered " + response.getStatus() + ", not " + status);
			return;
		}
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		NuChecker.Result result = checker.check(html);
		result.warnings().forEach((warning) -> WARNINGS.add(warning.replaceFirst("^-?\\d+:-?\\d+ ", "")));
		List<String> errors = result.errors();
		errors.stream().limit(SHOWN).forEach((error) -> this.failures.add(page + ": " + error));
		if (errors.size() > SHOWN) {
			this.failures.add(page + ": and " + (errors.size() - SHOWN) + " more");
		}
	}

	private void assertNoFailures() {
		assertThat(this.failures).as("Nu Html Checker errors, by page").isEmpty();
	}

	private long version(String table, long id) {
		return this.jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

}
