package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What PostgreSQL cannot store: a NUL character in a form field, a page's parameter, the
 * sign-in name or an API parameter, a 400 that names the field, nothing saved; a date
 * outside its range, a 400 that says so.
 */
@ParleyApplicationTest
@Transactional
class UnstorableInputTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFormFieldWithANulIsRefusedByNameAndNothingIsSaved() throws Exception {
		MockHttpServletResponse response = call(post("/parties").with(user("nul-editor").roles("EDITOR"))
			.with(csrf())
			.param("name", "Null\u0000land")
			.param("kind", "STATE"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getErrorMessage()).contains("‘name’ holds a NUL character (U+0000)");
		assertThat(this.jdbc.queryForObject("select count(*) from party where name like 'Null%land'", Long.class))
			.isZero();
	}

	@Test
	void aSearchOrASignInWithANulIsRefused() throws Exception {
		assertThat(call(get("/search").param("q", "dmz\u0000").with(user("nul-analyst").roles("ANALYST"))).getStatus())
			.isEqualTo(400);
		MockHttpServletResponse signIn = call(
				post("/login").with(csrf()).param("username", "admin\u0000").param("password", "whatever it is"));
		assertThat(signIn.getStatus()).isEqualTo(400);
		assertThat(signIn.getErrorMessage()).contains("‘username’ holds a NUL character");
	}

	@Test
	void anApiParameterWithANulIsAProblemDetail() throws Exception {
		MockHttpServletResponse response = call(
				get("/api/v1/proposals").param("q", "\u0000").with(user("nul-analyst").roles("ANALYST")));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":400").contains("‘q’ holds a NUL character");
	}

	@Test
	void theErrorPageShowsTheRefusalInWords() throws Exception {
		String page = call(get("/error").with(user("nul-analyst").roles("ANALYST"))
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 400)
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/parties")
			.requestAttr(RefusalErrorAttributes.REFUSAL, "‘name’ holds a NUL character (U+0000)")
			.accept(org.springframework.http.MediaType.TEXT_HTML)).getContentAsString();
		assertThat(page).contains("<p class=\"notice notice--error\">‘name’ holds a NUL character (U+0000)</p>");
	}

	@Test
	void datesTheRecordCannotHoldAreRefusedInWords() throws Exception {
		for (String address : java.util.List.of("/changes?from=%2B999999999-12-31",
				"/changes.atom?to=%2B999999999-12-31", "/admin/audit?from=%2B999999999-12-31",
				"/changes?from=-999999999-01-01")) {
			MockHttpServletResponse response = call(
					get(java.net.URI.create(address)).with(user("range-admin").roles("ADMIN"))
						.accept(org.springframework.http.MediaType.TEXT_HTML));
			assertThat(response.getStatus()).as(address).isEqualTo(400);
			assertThat(response.getContentAsString()).as(address).contains("out of the range the record can hold");
		}
	}

	private MockHttpServletResponse call(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
