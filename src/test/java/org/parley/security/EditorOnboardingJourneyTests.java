package org.parley.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.account.Role;
import org.parley.account.Totp;
import org.parley.account.TwoFactorPolicy;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admins-and-security journey end to end: an admin adds an editor and a source; the
 * editor, required to use a second factor, signs in, sets a password, enrols, signs in
 * again with a code and can do what an editor may and no more; every step is in the audit
 * trail.
 */
@ParleyApplicationTest
class EditorOnboardingJourneyTests {

	private static final Pattern SECRET = Pattern.compile("class=\"totp-secret\">([A-Z2-7]+)<");

	private static final String INITIAL = "initial password from the admin";

	private static final String CHOSEN = "the editor's own long passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	TwoFactorPolicy twoFactor;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		this.twoFactor.requireFrom(null);
		this.clock.reset();
	}

	@Test
	void anAdminAddsAnEditorAndASourceAndTheEditorSignsInWithASecondFactor() throws Exception {
		this.twoFactor.requireFrom(Role.EDITOR);
		var admin = user("admin").roles("ADMIN");
		this.mvc
			.perform(post("/admin/users").with(admin)
				.with(csrf())
				.param("username", "onboarded.editor")
				.param("role", "EDITOR")
				.param("password", INITIAL))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/sources").with(admin)
				.with(csrf())
				.param("name", "Onboarding Wire")
				.param("kind", "MEDIA")
				.param("homepage", "https://wire.example.org/")
				.param("countryCode", "ch")
				.param("language", "en")
				.param("reliability", "C")
				.param("reliabilityNote", "New to us; graded fairly reliable until its record is known."))
			.andExpect(redirectedUrl("/admin/sources"));

		// First sign-in: the password the admin chose must be replaced, then a second
		// factor set up.
		Cookie session = signIn(INITIAL, "/");
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		session = renewed(this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", INITIAL)
				.param("newPassword", CHOSEN)
				.param("confirmation", CHOSEN))
			.andReturn()
			.getResponse(), session);
		this.mvc.perform(get("/proposals").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
		String enrolment = this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(enrolment);
		assertThat(secret.find()).as("the secret for manual entry").isTrue();
		this.mvc
			.perform(post("/account/two-factor").cookie(session)
				.with(csrf())
				.param("code", Totp.code(secret.group(1), this.clock.instant())))
			.andExpect(status().isOk());

		// Next sign-in: password, then a fresh code.
		this.clock.advance(java.time.Duration.ofSeconds(Totp.STEP_SECONDS * 2));
		Cookie half = signIn(CHOSEN, "/login/two-factor");
		this.mvc.perform(get("/proposals").cookie(half)).andExpect(redirectedUrl("/login/two-factor"));
		Cookie full = renewed(this.mvc
			.perform(post("/login/two-factor").cookie(half)
				.with(csrf())
				.param("code", Totp.code(secret.group(1), this.clock.instant())))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse(), half);

		// Exactly what an editor may: read everything, no admin pages.
		this.mvc.perform(get("/proposals").cookie(full)).andExpect(status().isOk());
		this.mvc.perform(get("/matrix").cookie(full)).andExpect(status().isOk());
		this.mvc.perform(get("/admin/users").cookie(full)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/sources").cookie(full)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/audit").cookie(full)).andExpect(status().isForbidden());

		assertThat(audited("CREATE", "Account", "admin")).isPositive();
		assertThat(audited("CREATE", "Source", "admin")).isPositive();
		assertThat(audited("SIGN_IN_SUCCEEDED", null, "onboarded.editor")).isGreaterThanOrEqualTo(2);
		assertThat(audited("UPDATE", "Account", "onboarded.editor")).as("password change and enrolment")
			.isGreaterThanOrEqualTo(2);
	}

	private Cookie signIn(String password, String expectedTarget) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", "onboarded.editor")
				.param("password", password)
				.with(csrf())
				.with(RemoteAddresses.fromUniqueAddress()))
			.andExpect(redirectedUrl(expectedTarget))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private static Cookie renewed(MockHttpServletResponse response, Cookie previous) {
		Cookie cookie = response.getCookie("SESSION");
		return (cookie != null) ? cookie : previous;
	}

	private long audited(String action, String entityType, String actor) {
		String sql = "select count(*) from audit_event where action = ? and actor = ?"
				+ ((entityType != null) ? " and entity_type = ?" : "");
		Object[] args = (entityType != null) ? new Object[] { action, actor, entityType }
				: new Object[] { action, actor };
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
