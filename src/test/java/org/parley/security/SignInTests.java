package org.parley.security;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theFirstAdminSignsInWithTheConfiguredPassword() throws Exception {
		this.mvc.perform(formLogin().user("admin").password(ParleyApplicationTest.ADMIN_PASSWORD))
			.andExpect(authenticated().withUsername("admin").withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWrongPasswordIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", "not the password")
				.with(csrf())
				.with(RemoteAddresses.fromUniqueAddress()))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		// The address the browser is sent to, query and all (a parameter alone would not
		// show the bug).
		this.mvc.perform(get("/login?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("did not match an active account")));
	}

	@Test
	void theLoginPageIsServedWithAStrictContentSecurityPolicy() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	@WithMockUser
	void signingOutNeedsACsrfToken() throws Exception {
		this.mvc.perform(post("/logout")).andExpect(status().isForbidden());
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void healthIsPublic() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theApiAnswers401InsteadOfRedirecting() throws Exception {
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

}
