package org.parley.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection: after {@code maxFailures} failed sign-ins for one account or
 * from one address within {@code window}, further attempts are refused until the oldest
 * of them is older than the window. Attempts are kept for {@code retention}.
 *
 * @param maxFailures failures that pause sign-in ({@code parley.sign-in.max-failures})
 * @param accountMaxFailures failures for one account from anywhere but its known browsers
 * that pause its sign-in from anywhere but those
 * ({@code parley.sign-in.account-max-failures})
 * @param window how far back failures count ({@code parley.sign-in.window})
 * @param retention how long attempts are kept ({@code parley.sign-in.retention})
 */
@ConfigurationProperties("parley.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
		@DefaultValue("1d") Duration retention, @DefaultValue("20") int accountMaxFailures) {

}
