package org.parley.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered.
 *
 * @param allowPrivateAddresses whether endpoints may be on loopback, link-local or
 * private addresses (off: an admin could otherwise make Parley call into its own network)
 * @param pollInterval how often each instance looks for events due
 * @param timeout how long one POST may take, connecting included
 * @param maxAttempts attempts before a delivery is given up as failed
 * @param firstRetry the wait before the second attempt; each later one waits twice as
 * long, up to an hour
 */
@ConfigurationProperties("parley.webhooks")
public record WebhookProperties(boolean allowPrivateAddresses, Duration pollInterval, Duration timeout, int maxAttempts,
		Duration firstRetry) {

	public WebhookProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofSeconds(1);
		timeout = (timeout != null) ? timeout : Duration.ofSeconds(10);
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 8;
		firstRetry = (firstRetry != null) ? firstRetry : Duration.ofSeconds(10);
	}

	/** The wait after attempt {@code attempts} failed. */
	Duration backoff(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return (wait.compareTo(Duration.ofHours(1)) > 0) ? Duration.ofHours(1) : wait;
	}

}
