package org.parley.account.web;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.AccountService;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's own password, and being made to when an admin set it.
 */
@ParleyApplicationTest
@Transactional
class PasswordChangeTests {

	private static final String INITIAL = "set by the admin for you";

	private static final String CHOSEN = "my very own passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService service;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aPasswordSetByAnAdminMustBeChangedBeforeAnythingElse() throws Exception {
		this.service.create("must-change", Role.EDITOR, INITIAL);
		Cookie session = signIn("must-change", INITIAL);

		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/rounds").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/api/v1/me").cookie(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose your own before going on")));

		Cookie renewed = change(session, INITIAL, CHOSEN, CHOSEN).andExpect(redirectedUrl("/account/password?changed"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(renewed).as("a new session id after the change").isNotNull();
		assertThat(renewed.getValue()).isNotEqualTo(session.getValue());
		this.mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
		Account changed = this.accounts.findByUsernameIgnoreCase("must-change").orElseThrow();
		assertThat(changed.isPasswordChangeRequired()).isFalse();
		assertThat(this.encoder.matches(CHOSEN, changed.getPasswordHash())).isTrue();
	}

	@Test
	void theCurrentPasswordMustBeRightAndTheNewOneAcceptableAndDifferent() throws Exception {
		this.service.create("changer", Role.ANALYST, INITIAL);
		Cookie session = signIn("changer", INITIAL);

		change(session, "not my password at all", CHOSEN, CHOSEN).andExpect(status().isOk())
			.andExpect(content().string(containsString("That is not your current password.")))
			.andExpect(content().string(containsString("Please correct the following")));
		change(session, INITIAL, INITIAL, INITIAL)
			.andExpect(content().string(containsString("The new password must differ from the current one.")));
		change(session, INITIAL, "short one", "short one")
			.andExpect(content().string(containsString("A password needs at least 12 characters.")));
		change(session, INITIAL, "Password1234", "Password1234")
			.andExpect(content().string(containsString("one of the most commonly used")));
		change(session, INITIAL, CHOSEN, CHOSEN + " typo")
			.andExpect(content().string(containsString("The two new passwords differ.")));
		change(session, "", "", "").andExpect(content().string(containsString("Enter your current password.")))
			.andExpect(content().string(containsString("Enter a new password.")));
		assertThat(this.encoder.matches(INITIAL,
				this.accounts.findByUsernameIgnoreCase("changer").orElseThrow().getPasswordHash()))
			.isTrue();

		Cookie renewed = change(session, INITIAL, CHOSEN, CHOSEN).andExpect(redirectedUrl("/account/password?changed"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		// Still signed in, and the page says it worked.
		this.mvc.perform(get("/account/password").param("changed", "").cookie(renewed))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your password has been changed.")));
	}

	@Test
	void wrongCurrentPasswordsPauseTheChangeAndSignInEvenWithTheRightOne() throws Exception {
		this.service.create("guessing-changer", Role.ANALYST, INITIAL);
		String address = RemoteAddresses.unique();
		Cookie session = signIn("guessing-changer", INITIAL, address);
		for (int i = 0; i < 5; i++) {
			change(session, "a guess of mine no " + i, CHOSEN, CHOSEN, address)
				.andExpect(content().string(containsString("That is not your current password.")));
		}
		change(session, INITIAL, CHOSEN, CHOSEN, address).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Too many wrong attempts for this account from this address: try again after")))
			.andExpect(content().string(containsString(" UTC.")));
		assertThat(this.encoder.matches(INITIAL,
				this.accounts.findByUsernameIgnoreCase("guessing-changer").orElseThrow().getPasswordHash()))
			.as("refused though the current password was right")
			.isTrue();
		assertThat(audited("guessing-changer", "wrong current password for a password change")).isEqualTo(5);
		assertThat(audited("guessing-changer", "account locked: password change refused")).isEqualTo(1);
		this.mvc
			.perform(post("/login").param("username", "guessing-changer")
				.param("password", INITIAL)
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/login?locked"));

		this.clock.advance(Duration.ofMinutes(16));
		change(session, INITIAL, CHOSEN, CHOSEN, address).andExpect(redirectedUrl("/account/password?changed"));
	}

	@Test
	void aRightCurrentPasswordClearsNoFailureTheSignInPauseCounts() throws Exception {
		this.service.create("careless-changer", Role.ANALYST, INITIAL);
		String address = RemoteAddresses.unique();
		Cookie session = signIn("careless-changer", INITIAL, address);
		for (int i = 0; i < 4; i++) {
			change(session, "a slip of mine no " + i, CHOSEN, CHOSEN, address);
		}
		change(session, INITIAL, CHOSEN, CHOSEN, address).andExpect(redirectedUrl("/account/password?changed"));
		this.mvc
			.perform(post("/login").param("username", "careless-changer")
				.param("password", "not it either")
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").param("username", "careless-changer")
				.param("password", CHOSEN)
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
	}

	private Cookie signIn(String username, String password) throws Exception {
		return signIn(username, password, RemoteAddresses.unique());
	}

	private Cookie signIn(String username, String password, String address) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", password)
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private ResultActions change(Cookie session, String current, String next, String confirmation) throws Exception {
		return change(session, current, next, confirmation, "127.0.0.1");
	}

	private ResultActions change(Cookie session, String current, String next, String confirmation, String address)
			throws Exception {
		return this.mvc.perform(post("/account/password").param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmation", confirmation)
			.cookie(session)
			.with(csrf())
			.with(RemoteAddresses.from(address)));
	}

	private long audited(String username, String detail) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ? and detail = ?",
				Long.class, username, detail);
	}

}
