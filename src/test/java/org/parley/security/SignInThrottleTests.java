package org.parley.security;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountService;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Five failed sign-ins for one account, or from one address, within 15 minutes pause
 * sign-in for it, even with the right password, until they are 15 minutes old.
 */
@ParleyApplicationTest
@Transactional
class SignInThrottleTests {

	private static final String PASSWORD = "the throttled account's secret";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void fiveFailuresForOneAccountPauseItsSignInEvenWithTheRightPassword() throws Exception {
		String username = account("throttled-account");
		for (int i = 0; i < 5; i++) {
			// From a different address each time: the account is what is counted.
			signIn(username, "wrong password " + i, RemoteAddresses.unique()).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked")).andExpect(content().string(containsString("Too many failed sign-ins")));

		// The pause ends when the failures are 15 minutes old.
		this.clock.advance(Duration.ofMinutes(16));
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated().withUsername(username));
	}

	@Test
	void fiveFailuresFromOneAddressPauseSignInFromThere() throws Exception {
		String username = account("throttled-address");
		String address = RemoteAddresses.unique();
		for (int i = 0; i < 5; i++) {
			signIn("nobody-" + i, "wrong password", address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		// Elsewhere the account is fine: it has no failures of its own.
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated());

		this.clock.advance(Duration.ofMinutes(14));
		signIn(username, PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(2));
		signIn(username, PASSWORD, address).andExpect(authenticated());
	}

	@Test
	void failuresBeforeASuccessfulSignInNoLongerCountForTheAccount() throws Exception {
		String username = account("throttled-reset");
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong password", RemoteAddresses.unique());
		}
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated());
		this.clock.advance(Duration.ofSeconds(1));
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong password", RemoteAddresses.unique());
		}
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated());
	}

	@Test
	void unknownUsernamesAreCountedLikeKnownOnes() throws Exception {
		String address = RemoteAddresses.unique();
		for (int i = 0; i < 5; i++) {
			signIn("no-such-account", "wrong password", RemoteAddresses.unique());
		}
		signIn("No-Such-Account", "wrong password", address).andExpect(redirectedUrl("/login?locked"));
	}

	private String account(String username) {
		this.accounts.create(username, Role.ANALYST, PASSWORD);
		return username;
	}

	private ResultActions signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(RemoteAddresses.from(address)));
	}

}
