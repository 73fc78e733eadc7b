package org.parley.security;

import org.junit.jupiter.api.Test;
import org.parley.test.PublicReadApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code parley.public-read=true}: anonymous visitors read, and nothing else. (With the
 * default, false, reading needs sign-in: see {@code DashboardTests} and
 * {@code EndpointAccessTests}.)
 */
@PublicReadApplicationTest
class PublicReadTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadAccessCheck readAccess;

	@Test
	void strangersReadTheStartPage() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Geneva talks, 17–18 February 2026")))
			.andExpect(content().string(containsString("Sign in")));
	}

	@Test
	void strangersReadThePublicReadAddressesThatExist() throws Exception {
		// Read addresses nobody has built yet answer 404, not "sign in".
		for (String path : new String[] { "/rounds/999999", "/proposals", "/matrix", "/search", "/changes",
				"/negotiations/no-such-talks", "/sources/999999", "/topics", "/regions", "/regions/999999", "/parties",
				"/people" }) {
			int status = this.mvc.perform(get(path)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isNotIn(302, 401, 403);
		}
		this.mvc.perform(get("/api/v1/no-such-thing")).andExpect(status().isNotFound());
	}

	@Test
	void neverWritingAdminOrAccountPages() throws Exception {
		for (String path : new String[] { "/admin/users", "/admin/sources", "/admin/audit", "/rounds/new",
				"/rounds/1/edit", "/proposals/1/history", "/negotiations/russia-ukraine/rounds/new", "/log",
				"/account/password", "/topics/new", "/topics/1/edit", "/topics/1/merge", "/regions/new",
				"/regions/1/edit", "/regions/1/merge", "/parties/new", "/people/new" }) {
			this.mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/rounds").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/topics").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/parties").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/people").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/regions/1/merge").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/api/v1/rounds").with(csrf())).andExpect(status().isUnauthorized());
	}

	@Test
	void theReadRuleAdmitsAnyoneWhenOn() {
		assertThat(this.readAccess.isPublicRead()).isTrue();
		assertThat(this.readAccess.allows(new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isTrue();
	}

}
