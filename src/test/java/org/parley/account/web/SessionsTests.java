package org.parley.account.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
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
 * {@code /account/sessions}: one's open sessions listed, the one in use marked, any other
 * signed out (its next request finds itself signed out), never another account's; a
 * password change signs the others out too. Not in a test transaction: sessions are ended
 * after the commit of the change that ends them.
 */
@ParleyApplicationTest
class SessionsTests {

	private static final String PASSWORD = "sessions test passphrase";

	private static final Pattern SIGN_OUT = Pattern.compile("action=\"/account/sessions/([A-Za-z0-9_-]+)/sign-out\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theListShowsEverySessionMarksTheOneInUseAndSignsAnotherOut() throws Exception {
		String username = account("sessions-list");
		Cookie laptop = signIn(username, "10.77.0.1", "Firefox on the laptop");
		Cookie phone = signIn(username, "10.77.0.2", "Safari on the phone");
		String page = page(laptop);
		assertThat(page).contains("10.77.0.1", "Firefox on the laptop", "10.77.0.2", "Safari on the phone",
				"This session", "Sign out all other sessions");
		assertThat(page).as("no session id, which would sign in whoever read it")
			.doesNotContain(sessionId(phone), sessionId(laptop), phone.getValue());
		List<String> handles = handlesOn(page);
		assertThat(handles).as("a button for the other session only").hasSize(1);

		this.mvc.perform(post("/account/sessions/{handle}/sign-out", handles.get(0)).cookie(laptop).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions?signedOut="));
		this.mvc.perform(get("/").cookie(phone)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(laptop)).andExpect(status().isOk());
		assertThat(handlesOn(page(laptop))).isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SESSION_REVOKED'"
						+ " and actor = ? and detail like 'signed out a session begun %from 10.77.0.2'",
				Long.class, username))
			.isEqualTo(1);
	}

	@Test
	void allOtherSessionsAreSignedOutAtOnce() throws Exception {
		String username = account("sessions-all");
		Cookie kept = signIn(username, RemoteAddresses.unique(), "kept");
		Cookie first = signIn(username, RemoteAddresses.unique(), "first");
		Cookie second = signIn(username, RemoteAddresses.unique(), "second");
		this.mvc.perform(post("/account/sessions/sign-out-others").cookie(kept).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions?signedOutOthers=2"));
		this.mvc.perform(get("/").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(second)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/account/sessions?signedOutOthers=2").cookie(kept))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signed out 2 other sessions")));
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from audit_event where action = 'SESSION_REVOKED'"
								+ " and actor = ? and detail = 'signed out all other sessions (2)'",
						Long.class, username))
			.isEqualTo(1);
	}

	@Test
	void nobodySignsOutAnotherAccountsSessionNorWithoutTheCsrfToken() throws Exception {
		String owner = account("sessions-owner");
		String stranger = account("sessions-stranger");
		Cookie ownerHere = signIn(owner, RemoteAddresses.unique(), "here");
		Cookie ownerThere = signIn(owner, RemoteAddresses.unique(), "there");
		String handle = handlesOn(page(ownerHere)).get(0);
		Cookie strangers = signIn(stranger, RemoteAddresses.unique(), "elsewhere");

		this.mvc.perform(post("/account/sessions/{handle}/sign-out", handle).cookie(strangers).with(csrf()))
			.andExpect(redirectedUrl("/account/sessions?gone="));
		this.mvc.perform(post("/account/sessions/{handle}/sign-out", handle).cookie(ownerHere))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/account/sessions/sign-out-others").cookie(ownerHere)).andExpect(status().isForbidden());
		this.mvc.perform(get("/").cookie(ownerThere)).andExpect(status().isOk());
		this.mvc.perform(post("/account/sessions/sign-out-others").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingThePasswordSignsOutTheOtherSessions() throws Exception {
		String username = account("sessions-password");
		Cookie changing = signIn(username, RemoteAddresses.unique(), "changing");
		Cookie other = signIn(username, RemoteAddresses.unique(), "other");
		Cookie renewed = this.mvc
			.perform(post("/account/password").param("currentPassword", PASSWORD)
				.param("newPassword", "a new sessions passphrase")
				.param("confirmation", "a new sessions passphrase")
				.cookie(changing)
				.with(csrf()))
			.andExpect(redirectedUrl("/account/password?changed"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/").cookie(other)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
	}

	private String account(String prefix) {
		String username = prefix + "-" + Long.toString(System.nanoTime(), 36);
		this.accounts.saveAndFlush(new Account(username, this.encoder.encode(PASSWORD), Role.ANALYST));
		return username;
	}

	private Cookie signIn(String username, String address, String browser) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("username", username)
				.param("password", PASSWORD)
				.header("User-Agent", browser)
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	private String page(Cookie session) throws Exception {
		return this.mvc.perform(get("/account/sessions").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String sessionId(Cookie cookie) {
		return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
	}

	private static List<String> handlesOn(String page) {
		List<String> handles = new ArrayList<>();
		Matcher matcher = SIGN_OUT.matcher(page);
		while (matcher.find()) {
			handles.add(matcher.group(1));
		}
		return handles;
	}

}
