package org.parley.token;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens: made on the profile page, shown once, stored hashed, revocable.
 */
@ParleyApplicationTest
@Transactional
class ApiTokenTests {

	private static final Pattern SECRET = Pattern.compile("class=\"token-secret\">(prl_[A-Za-z0-9_-]{43})<");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aTokenIsShownOnceAndStoredHashed() throws Exception {
		account("token-maker", Role.EDITOR);
		String page = this.mvc
			.perform(post("/account/tokens").with(user("token-maker").roles("EDITOR"))
				.with(csrf())
				.param("name", "Nightly export")
				.param("days", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("not shown again")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SECRET.matcher(page);
		assertThat(matcher.find()).isTrue();
		String secret = matcher.group(1);

		assertThat(this.jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Long.class,
				ApiTokens.hash(secret)))
			.isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from api_token t where t::text like '%' || ? || '%'",
				Long.class, secret.substring(10)))
			.as("the raw token is nowhere in the database")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'TOKEN_CREATED' and changes::text like '%' || ? || '%'",
				Long.class, secret.substring(10)))
			.isZero();

		String list = this.mvc.perform(get("/account/tokens").with(user("token-maker").roles("EDITOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nightly export")))
			.andExpect(content().string(containsString(secret.substring(0, 10))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(secret);

		callMe(secret).andExpect(status().isOk()).andExpect(jsonPath("$.username").value("token-maker"));
	}

	@Test
	void anAnalystsTokenReadsTheRecordAsANotebookWould() throws Exception {
		account("token-notebook", Role.ANALYST);
		String secret = this.tokens.create("token-notebook", "notebook", 90).secret();
		this.mvc
			.perform(get("/api/v1/positions").param("updatedSince", "2020-01-01T00:00:00Z")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(this.jdbc.queryForObject("select count(*) from position", Long.class)))
			.andExpect(header().exists(HttpHeaders.LINK));
		this.mvc.perform(get("/api/v1/positions").header(HttpHeaders.AUTHORIZATION, "Bearer prl_not-a-token"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aValidTokenSignsInItsOwnerForThatCallOnly() throws Exception {
		account("token-user", Role.ANALYST);
		String secret = this.tokens.create("token-user", "script", 90).secret();
		long signIns = count("SIGN_IN_SUCCEEDED");
		MvcResult result = callMe(secret).andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("token-user"))
			.andExpect(jsonPath("$.role").value("ANALYST"))
			.andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("no session for a token call").isNull();
		assertThat(count("SIGN_IN_SUCCEEDED")).as("an API call is not a sign-in").isEqualTo(signIns);
		assertThat(this.jdbc.queryForObject("select count(*) from api_token t join app_user a on a.id = t.account_id"
				+ " where a.username = 'token-user' and t.last_used_at is not null", Long.class))
			.as("when it was last used is recorded")
			.isOne();
		this.mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
	}

	@Test
	void expiredRevokedAndUnknownTokensGet401WithAProblemDetail() throws Exception {
		account("token-expiry", Role.ANALYST);
		String expiring = this.tokens.create("token-expiry", "short", 1).secret();
		ApiTokens.Created revoked = this.tokens.create("token-expiry", "revoked", 90);
		callMe(expiring).andExpect(status().isOk());
		callMe(revoked.secret()).andExpect(status().isOk());

		this.mvc
			.perform(post("/account/tokens/{id}/revoke", revoked.token().getId())
				.with(user("token-expiry").roles("ANALYST"))
				.with(csrf()))
			.andExpect(redirectedUrl("/account/tokens?revoked"));
		unauthorized(revoked.secret());
		assertThat(count("TOKEN_REVOKED")).isPositive();

		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		unauthorized(expiring);
		unauthorized("prl_thisTokenWasNeverIssuedToAnybodyAtAllxxxxxxxx");
		unauthorized("not even a token");
	}

	@Test
	void aDisabledOwnersTokensStopWorking() throws Exception {
		Account owner = account("token-disabled", Role.EDITOR);
		String secret = this.tokens.create("token-disabled", "ci", 30).secret();
		callMe(secret).andExpect(status().isOk());
		owner.disable();
		this.accounts.flush();
		unauthorized(secret);
	}

	@Test
	void nobodyRevokesAnotherUsersToken() throws Exception {
		account("token-alice", Role.ANALYST);
		account("token-bob", Role.ADMIN);
		ApiTokens.Created alices = this.tokens.create("token-alice", "mine", 30);
		this.mvc
			.perform(post("/account/tokens/{id}/revoke", alices.token().getId()).with(user("token-bob").roles("ADMIN"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		callMe(alices.secret()).andExpect(status().isOk());
	}

	@Test
	void aNameAndAnExpiryWithinAYearAreRequired() throws Exception {
		account("token-form", Role.ANALYST);
		this.mvc
			.perform(post("/account/tokens").with(user("token-form").roles("ANALYST"))
				.with(csrf())
				.param("name", " ")
				.param("days", "366"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the token a name")))
			.andExpect(content().string(containsString("1 to 365 days")));
		this.mvc
			.perform(post("/account/tokens").with(user("token-form").roles("ANALYST"))
				.with(csrf())
				.param("name", "x")
				.param("days", "soon"))
			.andExpect(status().isOk());
		assertThat(this.tokens.list("token-form")).isEmpty();
	}

	private ResultActions callMe(String secret) throws Exception {
		return this.mvc.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + secret)
			.accept(MediaType.APPLICATION_JSON));
	}

	private void unauthorized(String secret) throws Exception {
		callMe(secret).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
	}

	private long count(String action) {
		return this.jdbc.queryForObject("select count(*) from audit_event where action = ?", Long.class, action);
	}

	private Account account(String username, Role role) {
		return this.accounts.saveAndFlush(new Account(username, this.encoder.encode("a long enough passphrase"), role));
	}

}
