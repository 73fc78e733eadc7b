package org.parley.webhook;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The outbox as gauges, the same from every instance since they are read from the
 * database: deliveries waiting ({@code parley.webhooks.deliveries{state="pending"}}),
 * those of them due now ({@code state="due"}), those given up after every attempt
 * ({@code state="failed"}), and how long the oldest due one has waited
 * ({@code parley.webhooks.deliveries.oldest.due}, seconds; 0 when none is due). One query
 * reads all four, from partial indexes, each count stopping at {@link #CAP} so a scrape
 * costs the same however large the outbox has grown; its answer is kept for
 * {@link #FRESH} so every gauge of a scrape shares it. A gauge reads {@code NaN} while
 * the database does not answer.
 */
@Component
class WebhookQueueMetrics implements MeterBinder {

	/** Counts stop here: "at least this many" is all an alert needs. */
	static final int CAP = 100_000;

	static final Duration FRESH = Duration.ofSeconds(5);

	private static final String QUERY = """
			select (select count(*) from (select 1 from webhook_delivery
			                              where status = 'PENDING' limit %1$d) p),
			       (select count(*) from (select 1 from webhook_delivery
			                              where status = 'PENDING' and next_attempt_at <= now() limit %1$d) d),
			       (select count(*) from (select 1 from webhook_delivery where status = 'FAILED' limit %1$d) f),
			       coalesce((select extract(epoch from now() - min(next_attempt_at)) from webhook_delivery
			                 where status = 'PENDING' and next_attempt_at <= now()), 0)""".formatted(CAP);

	private final JdbcTemplate jdbc;

	private volatile Reading last;

	WebhookQueueMetrics(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "pending", 0);
		gauge(registry, "due", 1);
		gauge(registry, "failed", 2);
		Gauge.builder("parley.webhooks.deliveries.oldest.due", this, (metrics) -> metrics.value(3))
			.description("How long the oldest delivery due has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String state, int column) {
		Gauge.builder("parley.webhooks.deliveries", this, (metrics) -> metrics.value(column))
			.description("Webhook deliveries in the outbox, by state (counted up to " + CAP + ")")
			.tag("state", state)
			.register(registry);
	}

	private double value(int column) {
		// Elapsed time from the monotonic clock: the application's may be moved.
		long now = System.nanoTime();
		Reading reading = this.last;
		if (reading == null || now - reading.at() > FRESH.toNanos()) {
			reading = new Reading(now, read());
			this.last = reading;
		}
		return (reading.values() != null) ? reading.values()[column] : Double.NaN;
	}

	private double[] read() {
		try {
			return this.jdbc.queryForObject(QUERY, (row,
					n) -> new double[] { row.getDouble(1), row.getDouble(2), row.getDouble(3), row.getDouble(4) });
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private record Reading(long at, double[] values) {
	}

}
