package org.parley.token;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A feed token, made on the account's tokens page, lets a feed reader that cannot sign in
 * read the Atom feeds as the account: every feed, no page, no API call, no session; a new
 * token or a revoked one shuts the old one out.
 */
@ParleyApplicationTest
@Transactional
class FeedTokenTests {

	private static final Pattern ADDRESS = Pattern.compile("/changes\\.atom\\?token=(prl_feed_[A-Za-z0-9_-]{32})<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFeedTokenReadsEveryFeedAndNothingElse() throws Exception {
		String token = makeToken();
		MockHttpServletResponse feed = this.mvc.perform(get("/changes.atom").param("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(feed.getContentType()).startsWith("application/atom+xml");
		assertThat(feed.getHeader("Set-Cookie")).as("no session is made").isNull();
		long russia = this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class);
		this.mvc.perform(get("/parties/" + russia + "/changes.atom").param("token", token)).andExpect(status().isOk());
		this.mvc.perform(get("/negotiations/russia-ukraine/changes.atom").param("token", token))
			.andExpect(status().isOk());

		this.mvc.perform(get("/parties/" + russia).param("token", token)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/export/positions.csv").param("token", token)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/api/v1/me").param("token", token)).andExpect(status().isUnauthorized());
	}

	@Test
	void thePagesFeedLinksCarryTheReadersTokenSoAFeedReaderCanFollowThem() throws Exception {
		String token = makeToken();
		long russia = this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class);
		jakarta.servlet.http.Cookie session = signIn();
		String page = this.mvc.perform(get("/parties/" + russia).cookie(session))
			.andDo((result) -> assertThat(result.getResponse().getRedirectedUrl()).isNull())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String feed = "/parties/" + russia + "/changes.atom?token=" + token;
		assertThat(page).contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + feed + "\"")
			.contains("<a href=\"" + feed + "\"");
		this.mvc.perform(get(feed)).andExpect(status().isOk());
		String withoutToken = this.mvc.perform(get("/parties/" + russia).with(user("no-feed-token").roles("ANALYST")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutToken).contains("href=\"/parties/" + russia + "/changes.atom\"").doesNotContain("token=");
	}

	@Test
	void anUnknownRenewedOrRevokedTokenIsRefused() throws Exception {
		this.mvc.perform(get("/changes.atom").param("token", "prl_feed_nothing")).andExpect(status().isUnauthorized());
		String first = makeToken();
		String second = makeToken();
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/changes.atom").param("token", first)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/changes.atom").param("token", second)).andExpect(status().isOk());
		this.mvc
			.perform(post("/account/tokens/feed/revoke").with(user("feed-reader-owner").roles("ANALYST")).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens?feedRevoked#feed-token-heading"));
		this.mvc.perform(get("/changes.atom").param("token", second)).andExpect(status().isUnauthorized());
		assertThat(page()).contains("Make a feed token").doesNotContain(second);
	}

	@Test
	void aDisabledAccountsTokenIsRefused() throws Exception {
		String token = makeToken();
		this.jdbc.update("update app_user set enabled = false where username = 'feed-reader-owner'");
		this.mvc.perform(get("/changes.atom").param("token", token)).andExpect(status().isUnauthorized());
	}

	/** Signs the feed token's owner in with the sign-in form, as a browser does. */
	private jakarta.servlet.http.Cookie signIn() throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "feed-reader-owner")
				.param("password", "a long enough passphrase"))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	/**
	 * Makes (or renews) the feed token of an analyst and reads it off the tokens page.
	 */
	private String makeToken() throws Exception {
		if (this.accounts.findByUsernameIgnoreCase("feed-reader-owner").isEmpty()) {
			this.accounts.saveAndFlush(
					new Account("feed-reader-owner", this.encoder.encode("a long enough passphrase"), Role.ANALYST));
		}
		this.mvc.perform(post("/account/tokens/feed").with(user("feed-reader-owner").roles("ANALYST")).with(csrf()))
			.andExpect(redirectedUrl("/account/tokens#feed-token-heading"));
		Matcher address = ADDRESS.matcher(page());
		assertThat(address.find()).as("the tokens page shows the feed address").isTrue();
		return address.group(1);
	}

	private String page() throws Exception {
		return this.mvc.perform(get("/account/tokens").with(user("feed-reader-owner").roles("ANALYST")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
