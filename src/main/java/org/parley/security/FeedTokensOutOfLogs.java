package org.parley.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.token.FeedTokens;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A feed token travels in the address ({@code ?token=prl_feed_…}), and Spring Security
 * and Spring MVC write the address, query and all, to the log at DEBUG: for them a feed
 * request's query string shows the token as {@code prl_feed_(hidden)}. Its parameter,
 * which {@link FeedTokenFilter} reads, is the token as sent. Runs before the security
 * filter chain, the first to log the address.
 */
@Component
class FeedTokensOutOfLogs extends OncePerRequestFilter implements Ordered {

	static final String HIDDEN = FeedTokens.PREFIX + "(hidden)";

	private static final Pattern TOKEN = Pattern
		.compile("(^|&)" + FeedTokenFilter.PARAMETER + "=" + Pattern.quote(FeedTokens.PREFIX) + "[^&]*");

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || !query.contains(FeedTokens.PREFIX)) {
			chain.doFilter(request, response);
			return;
		}
		String hidden = TOKEN.matcher(query).replaceAll("$1" + FeedTokenFilter.PARAMETER + "=" + HIDDEN);
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getQueryString() {
				return hidden;
			}

		}, response);
	}

}
