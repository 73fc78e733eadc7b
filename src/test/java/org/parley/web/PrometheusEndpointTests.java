package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /actuator/prometheus}: request rates and latencies per page by its address
 * pattern, the connection pool and the webhook outbox, for admins only.
 */
@ParleyApplicationTest
class PrometheusEndpointTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminsReadPagesPoolAndOutboxMetrics() throws Exception {
		this.mvc.perform(get("/proposals/1")).andExpect(status().isOk());
		this.mvc.perform(get("/proposals/2"));
		String metrics = this.mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/proposals/\\{id\\}\"")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/proposals/\\{id\\}\"")
			.doesNotContain("uri=\"/proposals/1\"")
			.contains("hikaricp_connections_active")
			.contains("hikaricp_connections_pending")
			.contains("parley_webhooks_deliveries{state=\"pending\"}")
			.contains("parley_webhooks_deliveries{state=\"due\"}")
			.contains("parley_webhooks_deliveries{state=\"failed\"}")
			.contains("parley_webhooks_deliveries_oldest_due_seconds");
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void othersAreRefused() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isForbidden());
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
	}

}
