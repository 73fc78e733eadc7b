package org.parley.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Webhooks end to end, against a real HTTP receiver on loopback: an admin registers an
 * endpoint, an editor records Russia's new stance, and the receiver gets one POST signed
 * as Standard Webhooks says; a failing receiver is tried again; two workers racing
 * deliver each event once; private addresses are refused when not allowed.
 */
@ParleyApplicationTest
class WebhookTests {

	static final String NOTE = "webhook test position";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WebhookDelivery delivery;

	MockWebServer receiver;

	@BeforeEach
	void startReceiver() throws Exception {
		this.receiver = new MockWebServer();
		this.receiver.start();
	}

	@AfterEach
	void cleanUp() {
		this.receiver.close();
		this.jdbc.update("delete from webhook_endpoint");
		this.jdbc.update("delete from webhook_event");
		this.jdbc.update("delete from position where note = ?", NOTE);
	}

	@Test
	void anEditorsNewStanceReachesARegisteredEndpointSigned() throws Exception {
		this.receiver.enqueue(new MockResponse.Builder().code(204).build());
		this.mvc
			.perform(post("/admin/webhooks").with(user("webhook-admin").roles("ADMIN"))
				.with(csrf())
				.param("url", this.receiver.url("/parley").toString())
				.param("events", "STANCE_CHANGED"))
			.andExpect(status().is3xxRedirection());
		String secret = this.jdbc.queryForObject("select secret from webhook_endpoint", String.class);
		this.mvc.perform(get("/admin/webhooks").with(user("webhook-admin").roles("ADMIN")))
			.andExpect(content().string(containsString(this.receiver.url("/parley").toString())))
			.andExpect(content().string(containsString(secret)));
		long proposal = this.jdbc.queryForObject("select id from proposal where slug = 'donbas-demilitarized-zone'",
				Long.class);
		String before = this.jdbc.queryForObject("""
				select c.stance from current_position c join party pa on pa.id = c.party_id
				where pa.slug = 'russia' and c.proposal_id = ?""", String.class, proposal);
		String after = before.equals("SUPPORTS") ? "OPPOSES" : "SUPPORTS";
		this.mvc
			.perform(post("/positions").with(user("webhook-editor").roles("EDITOR"))
				.with(csrf())
				.param("proposalId", "" + proposal)
				.param("partyId",
						"" + this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class))
				.param("statedOn", LocalDate.now().toString())
				.param("precision", "DAY")
				.param("stance", after)
				.param("note", NOTE))
			.andExpect(status().is3xxRedirection());

		RecordedRequest request = this.receiver.takeRequest(15, TimeUnit.SECONDS);
		assertThat(request).as("a POST within seconds").isNotNull();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		String body = request.getBody().string(StandardCharsets.UTF_8);
		String id = request.getHeaders().get("webhook-id");
		String timestamp = request.getHeaders().get("webhook-timestamp");
		assertThat(request.getHeaders().get("webhook-signature"))
			.isEqualTo("v1," + hmac(secret, id + "." + timestamp + "." + body));
		assertThat(Math.abs(Long.parseLong(timestamp) - System.currentTimeMillis() / 1000)).isLessThan(60);
		JsonNode event = JsonMapper.builder().build().readTree(body);
		assertThat(event.get("type").asString()).isEqualTo("stance.changed");
		assertThat(event.at("/data/party").asString()).isEqualTo("Russia");
		assertThat(event.at("/data/previous_stance").asString()).isEqualTo(before);
		assertThat(event.at("/data/stance").asString()).isEqualTo(after);
		assertThat(event.at("/data/proposal_id").asLong()).isEqualTo(proposal);
		awaitStatus("DELIVERED");
		this.mvc.perform(get("/admin/webhooks").with(user("webhook-admin").roles("ADMIN")))
			.andExpect(content().string(containsString("delivered")));
	}

	@Test
	void aFailingReceiverIsTriedAgainWithTheSameMessage() throws Exception {
		this.receiver.enqueue(new MockResponse.Builder().code(503).build());
		this.receiver.enqueue(new MockResponse.Builder().code(200).build());
		register(EnumSet.of(WebhookEvent.POSITION_RECORDED));
		recordPositions(1);
		RecordedRequest first = this.receiver.takeRequest(15, TimeUnit.SECONDS);
		RecordedRequest second = this.receiver.takeRequest(15, TimeUnit.SECONDS);
		assertThat(first).isNotNull();
		assertThat(second).as("tried again").isNotNull();
		assertThat(second.getHeaders().get("webhook-id")).isEqualTo(first.getHeaders().get("webhook-id"));
		assertThat(second.getBody()).isEqualTo(first.getBody());
		awaitStatus("DELIVERED");
		assertThat(this.jdbc.queryForObject("select attempts from webhook_delivery", Integer.class)).isEqualTo(2);
	}

	@Test
	void eventsDeliveredOrGivenUpLongAgoArePurgedWithTheirDeliveriesAndPendingOnesKept() throws Exception {
		this.receiver.enqueue(new MockResponse.Builder().code(200).build());
		register(EnumSet.of(WebhookEvent.POSITION_RECORDED));
		recordPositions(1);
		awaitStatus("DELIVERED");
		this.jdbc.update("update webhook_event set occurred_at = now() - interval '31 days'");
		// One more, pending, just as old: it is still to be delivered, so it stays.
		long pending = this.jdbc.queryForObject("""
				insert into webhook_event (event_type, payload, occurred_at)
				select event_type, payload, occurred_at from webhook_event limit 1 returning id""", Long.class);
		this.jdbc.update("""
				insert into webhook_delivery (endpoint_id, event_id, status, next_attempt_at)
				select endpoint_id, ?, 'PENDING', now() + interval '1 hour' from webhook_delivery limit 1""", pending);

		this.delivery.purge();

		assertThat(this.jdbc.queryForList("select id from webhook_event", Long.class)).containsExactly(pending);
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_delivery where status = 'DELIVERED'",
				Long.class))
			.isZero();
	}

	@Test
	void twoWorkersRacingDeliverEachEventOnce() throws Exception {
		int events = 12;
		for (int i = 0; i < events + 5; i++) {
			this.receiver.enqueue(new MockResponse.Builder().code(200).build());
		}
		register(EnumSet.of(WebhookEvent.POSITION_RECORDED));
		recordPositions(events);
		ExecutorService workers = Executors.newFixedThreadPool(2);
		List<Future<?>> running = new ArrayList<>();
		for (int w = 0; w < 2; w++) {
			running.add(workers.submit(() -> {
				while (this.delivery.deliverDue() > 0) {
					// Keep taking until nothing is due.
				}
			}));
		}
		for (Future<?> worker : running) {
			worker.get(30, TimeUnit.SECONDS);
		}
		workers.shutdown();
		awaitStatus("DELIVERED");
		Set<String> ids = new HashSet<>();
		RecordedRequest request;
		while ((request = this.receiver.takeRequest(2, TimeUnit.SECONDS)) != null) {
			assertThat(ids.add(request.getHeaders().get("webhook-id"))).as("delivered once").isTrue();
		}
		assertThat(ids).hasSize(events);
	}

	@Test
	void endpointsOnPrivateAddressesAreRefusedUnlessAllowed() {
		WebhookAddresses strict = new WebhookAddresses(new WebhookProperties(false, null, null, 0, null));
		for (String url : List.of("http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/hook",
				"http://192.168.0.9/hook", "http://169.254.169.254/latest/meta-data", "http://[::1]/hook")) {
			assertThatThrownBy(() -> strict.check(url)).as(url)
				.isInstanceOf(WebhookAddresses.RefusedAddressException.class)
				.hasMessageContaining("private address");
		}
		assertThatThrownBy(() -> strict.check("ftp://example.org/x")).hasMessageContaining("https://");
		assertThatThrownBy(() -> strict.check("https://user:pw@203.0.113.9/x")).hasMessageContaining("password");
		assertThat(strict.check("https://203.0.113.9/hook").getHost()).isEqualTo("203.0.113.9");
	}

	@Test
	void theAdminFormSaysWhatIsWrong() throws Exception {
		this.mvc
			.perform(post("/admin/webhooks").with(user("webhook-admin").roles("ADMIN"))
				.with(csrf())
				.param("url", "not a url")
				.param("_events", "on"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose at least one event.")))
			.andExpect(content().string(containsString("This is not a valid URL.")));
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class)).isZero();
	}

	@Test
	void aStanceChangesWhenTheCurrentPositionChangesNotWhenAnOlderOneIsAdded() {
		register(EnumSet.of(WebhookEvent.STANCE_CHANGED));
		long proposal = this.jdbc.queryForObject("select id from proposal where slug = 'donbas-demilitarized-zone'",
				Long.class);
		long russia = this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class);
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, note)
				values (?, ?, date '2020-01-01', 'DAY', 'REJECTS', ?)""", proposal, russia, NOTE);
		assertThat(events()).as("an older position changes no current stance").isEmpty();
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, note)
				values (?, ?, current_date, 'DAY', 'OPEN', ?)""", proposal, russia, NOTE);
		this.jdbc.update("update position set stance = 'SUPPORTS' where note = ? and stance = 'OPEN'", NOTE);
		this.jdbc.update("update position set stated_on = date '2019-01-01' where note = ? and stance = 'SUPPORTS'",
				NOTE);
		List<String> changes = events();
		assertThat(changes).hasSize(3);
		assertThat(changes.get(0)).contains("\"stance\": \"OPEN\"");
		assertThat(changes.get(1)).contains("\"stance\": \"SUPPORTS\"", "\"previous_stance\": \"OPEN\"");
		assertThat(changes.get(2)).contains("\"previous_stance\": \"SUPPORTS\"")
			.doesNotContain("\"stance\": \"SUPPORTS\"");
		this.jdbc.update("delete from position where note = ?", NOTE);
		assertThat(events()).as("what the dated-back positions hid is current again, or nothing changed").hasSize(3);
	}

	private List<String> events() {
		return this.jdbc.queryForList(
				"select payload::text from webhook_event where event_type = 'stance.changed' order by id",
				String.class);
	}

	@Test
	void nothingIsWrittenToTheOutboxWithoutAnEndpoint() {
		recordPositions(3);
		assertThat(this.jdbc.queryForObject("select count(*) from webhook_event", Long.class)).isZero();
	}

	private void register(Set<WebhookEvent> events) {
		this.jdbc.update("insert into webhook_endpoint (url, secret, events) values (?, ?, ?)",
				this.receiver.url("/hook").toString(), WebhookSignature.newSecret(),
				events.stream().map(WebhookEvent::type).toArray(String[]::new));
	}

	private void recordPositions(int count) {
		for (int i = 0; i < count; i++) {
			this.jdbc
				.update("""
						insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, note)
						select (select min(id) from proposal), (select min(id) from party), current_date, 'DAY', 'OPEN', ?""",
						NOTE);
		}
	}

	private void awaitStatus(String status) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline) {
			if (this.jdbc.queryForObject("select count(*) from webhook_delivery where status <> ?", Long.class,
					status) == 0) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("deliveries still not " + status + ": "
				+ this.jdbc.queryForList("select status, attempts, last_error from webhook_delivery"));
	}

	private static String hmac(String secret, String signed) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
		return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
	}

}
