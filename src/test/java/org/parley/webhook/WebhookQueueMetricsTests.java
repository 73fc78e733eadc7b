package org.parley.webhook;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox's gauges count what waits and what was given up, from the database.
 */
@ParleyApplicationTest
class WebhookQueueMetricsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aWaitingAndAGivenUpDeliveryAreCounted() {
		Map<String, Double> before = scrape();
		long endpoint = this.jdbc.queryForObject(
				"insert into webhook_endpoint (url, secret, events) values ('http://127.0.0.1:9/hook', 'whsec_x', "
						+ "array['round.logged']) returning id",
				Long.class);
		long event = this.jdbc.queryForObject(
				"insert into webhook_event (event_type, payload) values ('round.logged', '{}') returning id",
				Long.class);
		try {
			this.jdbc.update("insert into webhook_delivery (endpoint_id, event_id, status, next_attempt_at) "
					+ "values (?, ?, 'PENDING', now() + interval '1 day')", endpoint, event);
			long other = this.jdbc.queryForObject(
					"insert into webhook_event (event_type, payload) values ('round.logged', '{}') returning id",
					Long.class);
			this.jdbc.update("insert into webhook_delivery (endpoint_id, event_id, status, attempts) "
					+ "values (?, ?, 'FAILED', 8)", endpoint, other);
			Map<String, Double> after = scrape();
			assertThat(after.get("pending") - before.get("pending")).isEqualTo(1);
			assertThat(after.get("failed") - before.get("failed")).isEqualTo(1);
			assertThat(after.get("due")).isEqualTo(before.get("due"));
			assertThat(after.get("oldest due")).isNotNaN().isGreaterThanOrEqualTo(0);
		}
		finally {
			this.jdbc.update("delete from webhook_endpoint where id = ?", endpoint);
			this.jdbc.update("delete from webhook_event ev where ev.payload = '{}'::jsonb and not exists "
					+ "(select 1 from webhook_delivery d where d.event_id = ev.id)");
		}
	}

	/** The gauges' values as a scrape reads them now. */
	private Map<String, Double> scrape() {
		MeterRegistry registry = new SimpleMeterRegistry();
		WebhookQueueMetrics metrics = new WebhookQueueMetrics(this.jdbc);
		metrics.bindTo(registry);
		Map<String, Double> values = new HashMap<>();
		for (String state : new String[] { "pending", "due", "failed" }) {
			values.put(state, registry.get("parley.webhooks.deliveries").tag("state", state).gauge().value());
		}
		values.put("oldest due", registry.get("parley.webhooks.deliveries.oldest.due").gauge().value());
		return values;
	}

}
