package org.parley.webhook;

import java.sql.Array;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;
import org.parley.audit.Change;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The endpoints admins register and what was delivered to each. Registering checks the
 * address and makes the endpoint's secret; both are audited, the secret never.
 */
@Service
public class WebhookEndpoints {

	/** Deliveries shown per endpoint: the latest. */
	static final int LOG_SIZE = 20;

	private final JdbcTemplate jdbc;

	private final WebhookAddresses addresses;

	private final AuditTrail audit;

	WebhookEndpoints(JdbcTemplate jdbc, WebhookAddresses addresses, AuditTrail audit) {
		this.jdbc = jdbc;
		this.addresses = addresses;
		this.audit = audit;
	}

	/**
	 * A new endpoint for {@code events}.
	 * @throws WebhookAddresses.RefusedAddressException if Parley will not call the URL
	 */
	@Transactional
	public Endpoint register(String url, Set<WebhookEvent> events, String admin) {
		String checked = this.addresses.check(url).toString();
		String[] types = events.stream().sorted().map(WebhookEvent::type).toArray(String[]::new);
		String secret = WebhookSignature.newSecret();
		long id = this.jdbc.queryForObject(
				"insert into webhook_endpoint (url, secret, events, created_by) values (?, ?, ?, ?) returning id",
				Long.class, checked, secret, types, admin);
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("url", Change.of(null, checked));
		changes.put("events", Change.of(null, String.join(", ", types)));
		changes.put("secret", Change.withheld());
		this.audit.record(AuditAction.CREATE, "WebhookEndpoint", id, changes, checked);
		return find(id);
	}

	/** Every endpoint, newest first, each with its latest deliveries. */
	@Transactional(readOnly = true)
	public List<Endpoint> list() {
		return this.jdbc.query("""
				select e.id, e.url, e.secret, e.events, e.created_by, e.created_at,
				       count(d.id) filter (where d.status = 'PENDING') as pending,
				       count(d.id) filter (where d.status = 'FAILED') as failed
				from webhook_endpoint e left join webhook_delivery d on d.endpoint_id = e.id
				group by e.id order by e.id desc""", (rs, n) -> endpoint(rs));
	}

	/** The latest deliveries to endpoint {@code id}, newest first. */
	@Transactional(readOnly = true)
	public List<Delivery> deliveries(long id) {
		return this.jdbc.query("""
				select d.id, ev.event_type, ev.occurred_at, d.status, d.attempts, d.last_attempt_at, d.last_status,
				       d.last_error, d.last_duration_ms, d.next_attempt_at
				from webhook_delivery d join webhook_event ev on ev.id = d.event_id
				where d.endpoint_id = ? order by d.id desc limit ?""",
				(rs, n) -> new Delivery(rs.getLong("id"), rs.getString("event_type"),
						rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("status"),
						rs.getInt("attempts"), instant(rs.getObject("last_attempt_at", OffsetDateTime.class)),
						rs.getObject("last_status", Integer.class), rs.getString("last_error"),
						rs.getObject("last_duration_ms", Integer.class),
						instant(rs.getObject("next_attempt_at", OffsetDateTime.class))),
				id, LOG_SIZE);
	}

	/** Removes endpoint {@code id} and what it was still owed. */
	@Transactional
	public void remove(long id) {
		Endpoint endpoint = find(id);
		this.jdbc.update("delete from webhook_endpoint where id = ?", id);
		this.audit.record(AuditAction.DELETE, "WebhookEndpoint", id, Map.of("url", Change.of(endpoint.url(), null)),
				endpoint.url());
	}

	private Endpoint find(long id) {
		return this.jdbc.query("""
				select e.id, e.url, e.secret, e.events, e.created_by, e.created_at, 0 as pending, 0 as failed
				from webhook_endpoint e where e.id = ?""", (rs, n) -> endpoint(rs), id)
			.stream()
			.findFirst()
			.orElseThrow(() -> new EndpointNotFoundException(id));
	}

	private static Endpoint endpoint(java.sql.ResultSet rs) throws java.sql.SQLException {
		Array events = rs.getArray("events");
		return new Endpoint(rs.getLong("id"), rs.getString("url"), rs.getString("secret"),
				Arrays.asList((String[]) events.getArray()), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getLong("pending"),
				rs.getLong("failed"));
	}

	private static Instant instant(OffsetDateTime time) {
		return (time != null) ? time.toInstant() : null;
	}

	/** A registered endpoint, with how many deliveries wait and how many failed. */
	public record Endpoint(long id, String url, String secret, List<String> events, String createdBy, Instant createdAt,
			long pending, long failed) {
	}

	/** One event owed to an endpoint, and how its delivery went. */
	public record Delivery(long id, String eventType, Instant occurredAt, String status, int attempts,
			Instant lastAttemptAt, Integer lastStatus, String lastError, Integer lastDurationMs,
			Instant nextAttemptAt) {
	}

	/** No endpoint with that id. */
	public static class EndpointNotFoundException extends RuntimeException {

		EndpointNotFoundException(long id) {
			super("No webhook endpoint " + id);
		}

	}

}
