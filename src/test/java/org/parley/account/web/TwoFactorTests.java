package org.parley.account.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.account.Totp;
import org.parley.account.TwoFactorPolicy;
import org.parley.account.TwoFactorService;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor: enrolling, signing in with a code or a recovery code, and being made
 * to enrol when the role requires it.
 */
@ParleyApplicationTest
@Transactional
class TwoFactorTests {

	private static final String PASSWORD = "a long enough passphrase";

	private static final Pattern SECRET = Pattern.compile("class=\"totp-secret\">([A-Z2-7]+)<");

	private static final Pattern RECOVERY = Pattern.compile("<code>([a-z0-9]{5}-[a-z0-9]{5})</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	TwoFactorService twoFactor;

	@Autowired
	TwoFactorPolicy policy;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void reset() {
		this.policy.requireFrom(null);
		this.clock.reset();
	}

	@Test
	void enrolmentShowsAQrCodeRefusesAWrongCodeAndShowsRecoveryCodesOnce() throws Exception {
		account("enrolling", Role.ANALYST);
		Cookie session = signIn("enrolling").expectedSession("/");
		String page = this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", "<rect x=").doesNotContain("style=");
		String secret = secretOn(page);

		this.mvc.perform(post("/account/two-factor").cookie(session).with(csrf()).param("code", wrongCode(secret)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That code is not right")));
		assertThat(account("enrolling").isTotpEnabled()).isFalse();

		MockHttpServletResponse enabled = this.mvc
			.perform(post("/account/two-factor").cookie(session)
				.with(csrf())
				.param("code", Totp.code(secret, this.clock.instant())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		List<String> codes = recoveryCodesOn(enabled.getContentAsString());
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		Account account = account("enrolling");
		assertThat(account.isTotpEnabled()).isTrue();
		assertThat(account.getTotpSecret()).as("encrypted at rest").startsWith("v1:").doesNotContain(secret);
		assertThat(this.twoFactor.secretOf("enrolling")).isEqualTo(secret);
		assertThat(account.getRecoveryCodeHashes()).hasSize(10)
			.allSatisfy((hash) -> assertThat(codes).doesNotContain(hash))
			.anySatisfy((hash) -> assertThat(this.encoder.matches(codes.get(0).replace("-", ""), hash)).isTrue());

		Cookie renewed = enabled.getCookie("SESSION");
		String again = this.mvc.perform(get("/account/two-factor").cookie((renewed != null) ? renewed : session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(recoveryCodesOn(again)).as("recovery codes are shown once").isEmpty();
		assertThat(again).doesNotContain(codes.get(0)).doesNotContain(secret);
	}

	@Test
	void thePasswordAloneDoesNotSignInAndACodeWorksOnce() throws Exception {
		String secret = enrolled("two-step", Role.EDITOR).secret();
		Cookie half = signIn("two-step").expectedSession("/login/two-factor");
		this.mvc.perform(get("/").cookie(half)).andExpect(redirectedUrl("/login/two-factor"));
		this.mvc.perform(get("/account/password").cookie(half)).andExpect(redirectedUrl("/login/two-factor"));
		this.mvc.perform(get("/api/v1/me").cookie(half).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/login/two-factor").cookie(half))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"code\"")));

		this.mvc.perform(post("/login/two-factor").cookie(half).with(csrf()).param("code", wrongCode(secret)))
			.andExpect(redirectedUrl("/login/two-factor?error"));
		this.mvc.perform(get("/").cookie(half)).andExpect(redirectedUrl("/login/two-factor"));

		String code = Totp.code(secret, this.clock.instant());
		MockHttpServletResponse verified = this.mvc
			.perform(post("/login/two-factor").cookie(half).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse();
		Cookie full = verified.getCookie("SESSION");
		assertThat(full).as("a new session id once fully signed in").isNotNull();
		assertThat(full.getValue()).isNotEqualTo(half.getValue());
		assertThat(verified.getCookie("PARLEY_DEVICE")).as("the browser is known once both steps are done").isNotNull();
		this.mvc.perform(get("/").cookie(full)).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/me").cookie(full).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("two-step"))
			.andExpect(jsonPath("$.role").value("EDITOR"));

		Cookie other = signIn("two-step").expectedSession("/login/two-factor");
		this.mvc.perform(post("/login/two-factor").cookie(other).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/login/two-factor?error"));
		this.clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS * 2));
		this.mvc
			.perform(post("/login/two-factor").cookie(other)
				.with(csrf())
				.param("code", Totp.code(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aRecoveryCodeSignsInOnce() throws Exception {
		List<String> codes = enrolled("recovering", Role.ANALYST).recoveryCodes();
		Cookie half = signIn("recovering").expectedSession("/login/two-factor");
		this.mvc.perform(post("/login/two-factor").cookie(half).with(csrf()).param("code", codes.get(3).toUpperCase()))
			.andExpect(redirectedUrl("/"));
		assertThat(account("recovering").getRecoveryCodeHashes()).hasSize(9);

		Cookie again = signIn("recovering").expectedSession("/login/two-factor");
		this.mvc.perform(post("/login/two-factor").cookie(again).with(csrf()).param("code", codes.get(3)))
			.andExpect(redirectedUrl("/login/two-factor?error"));
		this.mvc.perform(post("/login/two-factor").cookie(again).with(csrf()).param("code", codes.get(4)))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void wrongCodesPauseSignIn() throws Exception {
		String secret = enrolled("guessed", Role.ANALYST).secret();
		Cookie half = signIn("guessed").expectedSession("/login/two-factor");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/login/two-factor").cookie(half).with(csrf()).param("code", wrongCode(secret)))
				.andExpect(redirectedUrl("/login/two-factor?error"));
		}
		this.mvc
			.perform(post("/login/two-factor").cookie(half)
				.with(csrf())
				.param("code", Totp.code(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/login/two-factor?locked"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'SIGN_IN_FAILED'"
				+ " and actor = 'guessed' and detail = 'wrong second-factor code'", Long.class))
			.isEqualTo(5);
	}

	@Test
	void aRoleThatMustUseASecondFactorIsSentToEnrol() throws Exception {
		this.policy.requireFrom(Role.EDITOR);
		account("must-enrol", Role.EDITOR);
		account("analyst-free", Role.ANALYST);
		Cookie analyst = signIn("analyst-free").expectedSession("/");
		this.mvc.perform(get("/").cookie(analyst)).andExpect(status().isOk());

		Cookie session = signIn("must-enrol").expectedSession("/");
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(get("/rounds").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(get("/api/v1/me").cookie(session).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isForbidden());
		String page = this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your role must use a second factor")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = secretOn(page);
		MockHttpServletResponse enabled = this.mvc
			.perform(post("/account/two-factor").cookie(session)
				.with(csrf())
				.param("code", Totp.code(secret, this.clock.instant())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Your role must use a second factor: set it up"))))
			.andReturn()
			.getResponse();
		assertThat(recoveryCodesOn(enabled.getContentAsString())).hasSize(10);
		Cookie renewed = enabled.getCookie("SESSION");
		assertThat(renewed).isNotNull();
		this.mvc.perform(get("/").cookie(renewed)).andExpect(status().isOk());
		this.mvc
			.perform(post("/account/two-factor/disable").cookie(renewed)
				.with(csrf())
				.param("password", PASSWORD)
				.param("code", Totp.code(secret, this.clock.instant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("cannot be switched off")));
		assertThat(account("must-enrol").isTotpEnabled()).isTrue();
	}

	@Test
	void disablingTakesThePasswordAndACurrentCode() throws Exception {
		String secret = enrolled("switching-off", Role.ANALYST).secret();
		String address = RemoteAddresses.unique();
		disable("switching-off", PASSWORD, "", address).andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a current code from your app, or a recovery code.")));
		disable("switching-off", PASSWORD, wrongCode(secret), address).andExpect(status().isOk())
			.andExpect(content().string(containsString("That code is not right, or was used already.")));
		disable("switching-off", "not my password", Totp.code(secret, this.clock.instant()), address)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That is not your password.")));
		disable("switching-off", "", Totp.code(secret, this.clock.instant()), address)
			.andExpect(content().string(containsString("Enter your password.")));
		assertThat(account("switching-off").isTotpEnabled()).isTrue();
		assertThat(failuresAudited("switching-off", "wrong second-factor code for switching the second factor off"))
			.isEqualTo(1);
		assertThat(failuresAudited("switching-off", "wrong password for switching the second factor off")).isEqualTo(1);

		disable("switching-off", PASSWORD, Totp.code(secret, this.clock.instant()), address)
			.andExpect(redirectedUrl("/account/two-factor?disabled"));
		assertThat(account("switching-off").isTotpEnabled()).isFalse();
		assertThat(account("switching-off").getRecoveryCodeHashes()).isEmpty();
	}

	@Test
	void aRecoveryCodeStandsInForTheAppWhenDisabling() throws Exception {
		List<String> codes = enrolled("lost-phone", Role.ANALYST).recoveryCodes();
		disable("lost-phone", PASSWORD, codes.get(0), RemoteAddresses.unique())
			.andExpect(redirectedUrl("/account/two-factor?disabled"));
		assertThat(account("lost-phone").isTotpEnabled()).isFalse();
	}

	@Test
	void wrongGuessesWhileDisablingPauseItAndSignInEvenWhenRight() throws Exception {
		String secret = enrolled("disable-guessed", Role.ANALYST).secret();
		String address = RemoteAddresses.unique();
		for (int i = 0; i < 3; i++) {
			disable("disable-guessed", PASSWORD, wrongCode(secret), address)
				.andExpect(content().string(containsString("That code is not right")));
		}
		for (int i = 0; i < 2; i++) {
			disable("disable-guessed", "wrong password " + i, wrongCode(secret), address)
				.andExpect(content().string(containsString("That is not your password.")));
		}
		disable("disable-guessed", PASSWORD, Totp.code(secret, this.clock.instant()), address)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Too many wrong attempts for this account from this address: " + "try again after")));
		assertThat(account("disable-guessed").isTotpEnabled()).as("refused though both were right").isTrue();
		assertThat(failuresAudited("disable-guessed", "account locked: switching the second factor off refused"))
			.isEqualTo(1);
		this.mvc
			.perform(post("/login").param("username", "disable-guessed")
				.param("password", PASSWORD)
				.with(csrf())
				.with(RemoteAddresses.from(address)))
			.andExpect(redirectedUrl("/login?locked"));

		this.clock.advance(Duration.ofMinutes(16));
		disable("disable-guessed", PASSWORD, Totp.code(secret, this.clock.instant()), address)
			.andExpect(redirectedUrl("/account/two-factor?disabled"));
	}

	@Test
	void anAdminWithoutASecondFactorIsSentToSetOneUpWhereAdminsMust() throws Exception {
		// What a configured database requires unless told otherwise
		// (TwoFactorPolicyTests).
		this.policy.requireFrom(Role.ADMIN);
		account("admin-enrols", Role.ADMIN);
		account("editor-free", Role.EDITOR);
		Cookie admin = signIn("admin-enrols").expectedSession("/");
		this.mvc.perform(get("/").cookie(admin)).andExpect(redirectedUrl("/account/two-factor"));
		this.mvc.perform(get("/admin/users").cookie(admin)).andExpect(redirectedUrl("/account/two-factor"));
		Cookie editor = signIn("editor-free").expectedSession("/");
		this.mvc.perform(get("/").cookie(editor)).andExpect(status().isOk());
	}

	@Test
	void theSignInPageOfAConfiguredDatabaseSaysNothingOfASecondFactorBeingOptional() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("a second factor is optional here"))));
	}

	private ResultActions disable(String username, String password, String code, String address) throws Exception {
		return this.mvc.perform(post("/account/two-factor/disable").with(user(account(username)))
			.with(csrf())
			.with(RemoteAddresses.from(address))
			.param("password", password)
			.param("code", code));
	}

	private long failuresAudited(String username, String detail) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'SIGN_IN_FAILED' and actor = ? and detail = ?",
				Long.class, username, detail);
	}

	private static RequestPostProcessor user(Account account) {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(account.getUsername())
			.roles(account.getRole().name());
	}

	private Account account(String username, Role role) {
		return this.accounts.saveAndFlush(new Account(username, this.encoder.encode(PASSWORD), role));
	}

	private Account account(String username) {
		return this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
	}

	private Enrolled enrolled(String username, Role role) {
		account(username, role);
		String secret = this.twoFactor.newSecret();
		// Enrolled a while ago: the step confirmed then is long past.
		this.clock.advance(Duration.ofSeconds(-Totp.STEP_SECONDS * 4));
		List<String> codes = this.twoFactor.enable(username, secret, Totp.code(secret, this.clock.instant()))
			.orElseThrow();
		this.clock.reset();
		return new Enrolled(secret, codes);
	}

	record Enrolled(String secret, List<String> recoveryCodes) {

	}

	private SignIn signIn(String username) {
		return new SignIn(username);
	}

	final class SignIn {

		private final String username;

		SignIn(String username) {
			this.username = username;
		}

		Cookie expectedSession(String target) throws Exception {
			Cookie session = TwoFactorTests.this.mvc
				.perform(post("/login").param("username", this.username)
					.param("password", PASSWORD)
					.with(csrf())
					.with(RemoteAddresses.fromUniqueAddress()))
				.andExpect(redirectedUrl(target))
				.andReturn()
				.getResponse()
				.getCookie("SESSION");
			assertThat(session).isNotNull();
			return session;
		}

	}

	private String wrongCode(String secret) {
		String right = Totp.code(secret, this.clock.instant());
		String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
		return wrong;
	}

	private static String secretOn(String page) {
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).as("the secret shown for manual entry").isTrue();
		return matcher.group(1);
	}

	private static List<String> recoveryCodesOn(String page) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = RECOVERY.matcher(page);
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		return codes;
	}

}
