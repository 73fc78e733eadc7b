package org.parley.security;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Five failed sign-ins for one account from one address pause sign-in for that account
 * from there, even with the right password, for 15 minutes, doubling with each failure
 * after; twenty from anywhere pause it for browsers it never signed in from. A browser
 * its owner signed in from counts only its own failures, so nobody else can keep the
 * owner out, and an admin can let them in at once.
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
	void fiveFailuresFromOneAddressPauseTheAccountThereEvenWithTheRightPassword() throws Exception {
		String username = account("throttled-account");
		String address = RemoteAddresses.unique();
		failFiveTimes(username, address);
		signIn(username, PASSWORD, address).andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(get("/login?locked")).andExpect(content().string(containsString("Too many failed sign-ins")));

		this.clock.advance(Duration.ofMinutes(14));
		signIn(username, PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(2));
		signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
	}

	@Test
	void fewerFailuresFromElsewhereThanTheAccountsLimitDoNotKeepTheOwnerOut() throws Exception {
		String username = account("throttled-owner");
		for (int i = 0; i < 10; i++) {
			signIn(username, "wrong password " + i, RemoteAddresses.unique()).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated().withUsername(username));
	}

	@Test
	void failuresForOtherAccountsFromOneAddressDoNotPauseAnother() throws Exception {
		String username = account("throttled-neighbour");
		String address = RemoteAddresses.unique();
		for (int i = 0; i < 5; i++) {
			signIn("nobody-" + i, "wrong password", address).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
	}

	@Test
	void eachFailureAfterThePauseDoublesIt() throws Exception {
		String username = account("throttled-doubling");
		String address = RemoteAddresses.unique();
		failFiveTimes(username, address);
		this.clock.advance(Duration.ofMinutes(16));
		signIn(username, "wrong again", address).andExpect(redirectedUrl("/login?error"));
		this.clock.advance(Duration.ofMinutes(16));
		signIn(username, PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(15));
		signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
	}

	@Test
	void failuresBeforeASuccessfulSignInNoLongerCount() throws Exception {
		String username = account("throttled-reset");
		String address = RemoteAddresses.unique();
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong password", address);
		}
		signIn(username, PASSWORD, address).andExpect(authenticated());
		this.clock.advance(Duration.ofSeconds(1));
		for (int i = 0; i < 4; i++) {
			signIn(username, "wrong password", address);
		}
		signIn(username, PASSWORD, address).andExpect(authenticated());
	}

	@Test
	void unknownUsernamesArePausedLikeKnownOnes() throws Exception {
		String address = RemoteAddresses.unique();
		failFiveTimes("no-such-account", address);
		signIn("No-Such-Account", "wrong password", address).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void anAdminLetsAPausedOwnerInAtOnce() throws Exception {
		String username = account("throttled-unpaused");
		String address = RemoteAddresses.unique();
		failFiveTimes(username, address);
		signIn(username, PASSWORD, address).andExpect(redirectedUrl("/login?locked"));
		long id = this.accounts.list()
			.stream()
			.filter((account) -> account.getUsername().equals(username))
			.findFirst()
			.orElseThrow()
			.getId();
		this.mvc.perform(post("/admin/users/{id}/sign-in", id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("admin")
				.roles("ADMIN"))
			.with(csrf())).andExpect(redirectedUrl("/admin/users?unpaused=" + username));
		signIn(username, PASSWORD, address).andExpect(authenticated().withUsername(username));
	}

	@Test
	void guessesFromRotatingAddressesPauseTheAccountForUnknownBrowsers() throws Exception {
		String username = account("throttled-rotated");
		for (int i = 0; i < 20; i++) {
			signIn(username, "wrong password " + i, RemoteAddresses.unique()).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(redirectedUrl("/login?locked"));
		this.clock.advance(Duration.ofMinutes(16));
		signIn(username, PASSWORD, RemoteAddresses.unique()).andExpect(authenticated().withUsername(username));
	}

	@Test
	void theOwnersKnownBrowserSignsInWhateverOthersFailed() throws Exception {
		String username = account("throttled-known-browser");
		String shared = RemoteAddresses.unique();
		Cookie device = signIn(username, PASSWORD, shared).andExpect(authenticated())
			.andReturn()
			.getResponse()
			.getCookie(KnownDevices.COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getMaxAge()).isGreaterThan(300 * 24 * 3600);
		// Behind one proxy, and from everywhere else, for long enough to pause both.
		failFiveTimes(username, shared);
		for (int i = 0; i < 20; i++) {
			signIn(username, "wrong password " + i, RemoteAddresses.unique());
		}
		signIn(username, PASSWORD, shared).andExpect(redirectedUrl("/login?locked"));
		signIn(username, PASSWORD, shared, device).andExpect(authenticated().withUsername(username));
	}

	@Test
	void aKnownBrowserIsPausedForItsOwnFailures() throws Exception {
		String username = account("throttled-own-failures");
		String address = RemoteAddresses.unique();
		Cookie device = signIn(username, PASSWORD, address).andReturn().getResponse().getCookie(KnownDevices.COOKIE);
		for (int i = 0; i < 5; i++) {
			signIn(username, "wrong password " + i, address, device).andExpect(redirectedUrl("/login?error"));
		}
		signIn(username, PASSWORD, address, device).andExpect(redirectedUrl("/login?locked"));
		// Another account's cookie, or a made-up one, is no known browser of this
		// account.
		Cookie forged = new Cookie(KnownDevices.COOKIE, "A".repeat(43));
		signIn(username, PASSWORD, RemoteAddresses.unique(), forged).andExpect(authenticated());
	}

	private void failFiveTimes(String username, String address) throws Exception {
		for (int i = 0; i < 5; i++) {
			signIn(username, "wrong password " + i, address).andExpect(redirectedUrl("/login?error"));
		}
	}

	private String account(String username) {
		this.accounts.create(username, Role.ANALYST, PASSWORD);
		return username;
	}

	private ResultActions signIn(String username, String password, String address, Cookie... cookies) throws Exception {
		MockHttpServletRequestBuilder request = post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(RemoteAddresses.from(address));
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		return this.mvc.perform(request);
	}

}
