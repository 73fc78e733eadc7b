package org.parley.test;

import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.token.ApiTokens;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** What the API's tests share: an account's token, and a JSON call made with it. */
public final class ApiCalls {

	private ApiCalls() {
	}

	/**
	 * A new account {@code username} with {@code role}, and a personal API token of it.
	 */
	public static String token(AccountRepository accounts, PasswordEncoder encoder, ApiTokens tokens, String username,
			Role role) {
		accounts.saveAndFlush(new Account(username, encoder.encode("a long enough passphrase"), role));
		return tokens.create(username, "notebook", 30).secret();
	}

	/**
	 * {@code request} made with {@code token}, sending {@code json} when it is not null.
	 */
	public static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request, String json) {
		request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request;
	}

}
