package org.parley.security;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ApiCalls;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.token.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.test.ApiCalls.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A write counts only when it comes from Parley's own pages: its CSRF token in the form
 * or a header (never in the address), and no other site named as its origin. MockMvc's
 * requests are for {@code http://localhost}.
 */
@ParleyApplicationTest
class CrossSiteWritesTests {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApiTokens tokens;

	@Test
	void theSignInFormsTokenSignsInFromTheBodyButNotFromTheAddress() throws Exception {
		MockHttpServletResponse form = this.mvc.perform(get("/login")).andReturn().getResponse();
		String token = token(form.getContentAsString());
		Cookie[] cookies = form.getCookies();
		this.mvc.perform(signIn(post("/login?_csrf={token}", token)).cookie(cookies)).andExpect(status().isForbidden());
		this.mvc.perform(signIn(post("/login").param("_csrf", token)).cookie(cookies)).andExpect(redirectedUrl("/"));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aTokenInTheAddressIsRefusedEvenBesideOneInTheBody() throws Exception {
		MockHttpServletResponse page = this.mvc.perform(get("/")).andReturn().getResponse();
		String token = token(page.getContentAsString());
		Cookie[] cookies = page.getCookies();
		this.mvc.perform(post("/logout?_csrf={token}", token).cookie(cookies)).andExpect(status().isForbidden());
		this.mvc.perform(post(URI.create("/logout?%5Fcsrf=" + token)).param("_csrf", token).cookie(cookies))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWriteFromThisOriginOrNamingNoneIsLetThrough() throws Exception {
		this.mvc.perform(signIn(post("/login").with(csrf())).header("Origin", "http://localhost"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(signIn(post("/login").with(csrf())).header("Referer", "http://localhost/login?error"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(signIn(post("/login").with(csrf())).header("Sec-Fetch-Site", "same-origin"))
			.andExpect(redirectedUrl("/"));
		// Old clients and privacy tools send neither Origin nor Referer.
		this.mvc.perform(signIn(post("/login").with(csrf()))).andExpect(redirectedUrl("/"));
	}

	@Test
	void aWriteFromAnotherSiteIsRefusedEvenWithAValidToken() throws Exception {
		for (String origin : new String[] { "https://evil.example", "http://localhost:8081", "https://localhost",
				"null" }) {
			this.mvc.perform(signIn(post("/login").with(csrf())).header("Origin", origin))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(signIn(post("/login").with(csrf())).header("Referer", "https://evil.example/page"))
			.andExpect(status().isForbidden());
		this.mvc.perform(signIn(post("/login").with(csrf())).header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void anApiWriteWithASessionFromAnotherSiteGetsAProblemDetail() throws Exception {
		this.mvc
			.perform(post("/api/v1/positions").with(csrf())
				.header("Origin", "https://evil.example")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("A write sent from another site’s page is refused."));
	}

	@Test
	void aCallWithABearerTokenIsNotAskedForItsOrigin() throws Exception {
		String editor = ApiCalls.token(this.accounts, this.encoder, this.tokens, "origin-api-editor", Role.EDITOR);
		int status = this.mvc
			.perform(as(editor, post("/api/v1/positions"), "{}").header("Origin", "https://notebook.example"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("a body breaking the rules, not a refused origin").isEqualTo(422);
	}

	@Test
	void queryStringTokensAreFoundHoweverTheNameIsWritten() {
		assertThat(BodyOrHeaderCsrfTokens.inQueryString("a=1&_csrf=x", "_csrf")).isTrue();
		assertThat(BodyOrHeaderCsrfTokens.inQueryString("%5Fcsrf=x", "_csrf")).isTrue();
		assertThat(BodyOrHeaderCsrfTokens.inQueryString("_csrf", "_csrf")).isTrue();
		assertThat(BodyOrHeaderCsrfTokens.inQueryString("x_csrf=1&csrf=2", "_csrf")).isFalse();
		assertThat(BodyOrHeaderCsrfTokens.inQueryString(null, "_csrf")).isFalse();
	}

	private static MockHttpServletRequestBuilder signIn(MockHttpServletRequestBuilder request) {
		return request.param("username", "admin")
			.param("password", ParleyApplicationTest.ADMIN_PASSWORD)
			.with(RemoteAddresses.fromUniqueAddress());
	}

	private static String token(String html) {
		Matcher field = CSRF_FIELD.matcher(html);
		assertThat(field.find()).as("a CSRF field").isTrue();
		return field.group(1);
	}

}
