package org.parley.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what the outbox holds, after the changes are committed and apart from the
 * editors' requests, so a slow or failing receiver never slows or fails a save. Each
 * instance takes a few due deliveries at a time with {@code FOR UPDATE SKIP LOCKED} and
 * claims them for longer than a POST may take: two workers never take one delivery. A
 * delivery is POSTed as JSON with the Standard Webhooks headers; a 2xx answer ends it,
 * anything else (or no answer) is retried with exponential backoff until
 * {@code max-attempts}, when it is marked failed.
 */
@Component
public class WebhookDelivery {

	private static final Logger log = LoggerFactory.getLogger(WebhookDelivery.class);

	static final int BATCH = 5;

	private final JdbcTemplate jdbc;

	private final WebhookAddresses addresses;

	private final WebhookProperties properties;

	private final Clock clock;

	private final HttpClient http;

	WebhookDelivery(JdbcTemplate jdbc, WebhookAddresses addresses, WebhookProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.addresses = addresses;
		this.properties = properties;
		this.clock = clock;
		this.http = HttpClient.newBuilder()
			.connectTimeout(properties.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${parley.webhooks.poll-interval:1s}")
	void poll() {
		try {
			while (deliverDue() == BATCH) {
				// More are due: take the next few at once.
			}
		}
		catch (RuntimeException ex) {
			// The database may be away for a moment; the next poll tries again.
			log.warn("Webhook delivery paused: {}", ex.getMessage());
		}
	}

	/** Delivers the deliveries due now, a batch of them; returns how many it took. */
	public int deliverDue() {
		List<Due> due = claim();
		due.forEach(this::deliver);
		return due.size();
	}

	private List<Due> claim() {
		// Long enough for every POST of the batch to time out one after another.
		long claim = this.properties.timeout().toSeconds() * (BATCH + 1) + 5;
		return this.jdbc.query("""
				update webhook_delivery d
				set claimed_until = now() + make_interval(secs => ?), attempts = d.attempts + 1,
				    last_attempt_at = now()
				from webhook_event ev, webhook_endpoint e
				where d.id in (select x.id from webhook_delivery x
				               where x.status = 'PENDING' and x.next_attempt_at <= now()
				                 and (x.claimed_until is null or x.claimed_until < now())
				               order by x.next_attempt_at, x.id limit ? for update skip locked)
				  and ev.id = d.event_id and e.id = d.endpoint_id
				returning d.id, d.event_id, d.attempts, ev.payload::text as body, e.url, e.secret""",
				(rs, n) -> new Due(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("attempts"),
						rs.getString("body"), rs.getString("url"), rs.getString("secret")),
				claim, BATCH);
	}

	private void deliver(Due due) {
		long started = System.nanoTime();
		try {
			URI uri = this.addresses.check(due.url());
			String id = "msg_" + due.eventId();
			long timestamp = this.clock.instant().getEpochSecond();
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(this.properties.timeout())
				.header("Content-Type", "application/json")
				.header("User-Agent", "Parley-Webhooks/1")
				.header("webhook-id", id)
				.header("webhook-timestamp", String.valueOf(timestamp))
				.header("webhook-signature", WebhookSignature.sign(due.secret(), id, timestamp, due.body()))
				.POST(HttpRequest.BodyPublishers.ofString(due.body()))
				.build();
			// The whole exchange, body included, within the timeout: a receiver that
			// drips its
			// answer holds no worker.
			HttpResponse<Void> response = this.http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
				.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
			boolean received = response.statusCode() / 100 == 2;
			finish(due, received, response.statusCode(), received ? null : "answered " + response.statusCode(),
					started);
		}
		catch (WebhookAddresses.RefusedAddressException ex) {
			finish(due, false, null, ex.getMessage(), started);
		}
		catch (ExecutionException | TimeoutException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			finish(due, false, null, "no answer: " + cause.getClass().getSimpleName(), started);
		}
		catch (RuntimeException ex) {
			// An address the HTTP client cannot use: an attempt failed, not the worker.
			finish(due, false, null, "not sent: " + ex.getMessage(), started);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			finish(due, false, null, "interrupted", started);
		}
	}

	private void finish(Due due, boolean received, Integer status, String error, long started) {
		int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
		String outcome = received ? "DELIVERED"
				: (due.attempts() >= this.properties.maxAttempts()) ? "FAILED" : "PENDING";
		this.jdbc.update("""
				update webhook_delivery
				set status = ?, claimed_until = null, last_status = ?, last_error = left(?, 500),
				    last_duration_ms = ?, delivered_at = case when ? then now() end,
				    next_attempt_at = now() + make_interval(secs => ?)
				where id = ? and attempts = ? and status = 'PENDING'""", outcome, status, error, millis, received,
				(double) this.properties.backoff(due.attempts()).toMillis() / 1000, due.id(), due.attempts());
	}

	/**
	 * Forgets what was delivered or given up more than 30 days ago: the log shows the
	 * latest, and the outbox does not grow with the record's whole history.
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		// Its deliveries go with each event, in one statement: they refer to it.
		this.jdbc
			.update("""
					with old as (
					  select ev.id from webhook_event ev where ev.occurred_at < now() - interval '30 days'
					    and not exists (select 1 from webhook_delivery d where d.event_id = ev.id and d.status = 'PENDING')),
					gone as (delete from webhook_delivery d using old where d.event_id = old.id)
					delete from webhook_event ev using old where ev.id = old.id""");
	}

	private record Due(long id, long eventId, int attempts, String body, String url, String secret) {
	}

}
