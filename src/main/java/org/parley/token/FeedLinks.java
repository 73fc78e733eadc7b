package org.parley.token;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The feed links pages show ({@code @feedLinks.of(feed)}): for someone with a feed token,
 * the feed's address carries it, so the link pasted into a feed reader (or found by it
 * through {@code <link rel="alternate">}) works without a session. The token is read when
 * the account signs in and kept in its session, changed there when it is renewed or
 * revoked, so a page costs no statement more for it.
 */
@Component("feedLinks")
public class FeedLinks {

	private static final String ATTRIBUTE = FeedLinks.class.getName() + ".token";

	private final FeedTokens tokens;

	FeedLinks(FeedTokens tokens) {
		this.tokens = tokens;
	}

	/** {@code feed}, with the signed-in account's feed token when it has one. */
	public String of(String feed) {
		String token = token();
		if (token == null) {
			return feed;
		}
		return UriComponentsBuilder.fromUriString(feed).queryParam("token", token).build().toUriString();
	}

	/** Keeps the feed token of {@code username}, just signed in, in its session. */
	public void signedIn(HttpServletRequest request, String username) {
		remember(request, this.tokens.of(username).orElse(null));
	}

	/** Keeps {@code token} (or none) as the session's feed token. */
	public static void remember(HttpServletRequest request, String token) {
		HttpSession session = request.getSession(token != null);
		if (session == null) {
			return;
		}
		if (token != null) {
			session.setAttribute(ATTRIBUTE, token);
		}
		else {
			session.removeAttribute(ATTRIBUTE);
		}
	}

	private static String token() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return null;
		}
		HttpSession session = servlet.getRequest().getSession(false);
		return (session != null) ? (String) session.getAttribute(ATTRIBUTE) : null;
	}

}
