package org.parley.round.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ApiCalls;
import org.parley.test.ParleyApplicationTest;
import org.parley.token.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors log rounds through the API: its parties and proposals discussed saved as the
 * form saves them, an end before its start refused as the form refuses it, and a round
 * positions were stated at kept with a 409.
 */
@ParleyApplicationTest
@Transactional
class RoundWriteApiTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	jakarta.persistence.EntityManager entities;

	String editor;

	@BeforeEach
	void token() {
		this.editor = ApiCalls.token(this.accounts, this.encoder, this.tokens, "round-api", Role.EDITOR);
	}

	@Test
	void anEditorLogsARoundAndCorrectsIt() throws Exception {
		MockHttpServletResponse created = this.mvc.perform(as(post("/api/v1/rounds"), body("2026-03-02", "2026-03-03")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		String location = created.getHeader(HttpHeaders.LOCATION);
		// The test's transaction is the request's: write what the request's commit would.
		this.entities.flush();
		JsonNode stored = read(location);
		assertThat(stored.get("place").asString()).isEqualTo("Abu Dhabi");
		assertThat(stored.get("parties")).hasSize(2);
		assertThat(stored.get("proposal_count").asLong()).isOne();
		this.mvc
			.perform(as(put(location).header(HttpHeaders.IF_MATCH, created.getHeader(HttpHeaders.ETAG)),
					body("2026-03-02", "2026-03-04")))
			.andExpect(status().isOk());
		this.entities.flush();
		assertThat(read(location).get("ends_on").asString()).isEqualTo("2026-03-04");
		this.mvc.perform(as(put(location), body("2026-03-02", "2026-03-04")))
			.andExpect(status().isPreconditionRequired());
	}

	@Test
	void anEndBeforeItsStartIsRefusedAsOnTheForm() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(as(post("/api/v1/rounds"), body("2026-03-05", "2026-03-02")))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse();
		assertThat(JSON.readTree(response.getContentAsString()).get("errors").findValuesAsString("field"))
			.contains("ends_on");
	}

	@Test
	void aRoundPositionsWereStatedAtIsNotDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select min(round_id) from position", Long.class);
		long version = this.jdbc.queryForObject("select version from round where id = ?", Long.class, id);
		this.mvc
			.perform(as(delete("/api/v1/rounds/" + id).header(HttpHeaders.IF_MATCH,
					"\"round-" + id + "-v" + version + "\""), null))
			.andExpect(status().isConflict());
	}

	private JsonNode read(String location) throws Exception {
		return JSON.readTree(this.mvc.perform(as(get(location), null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String body) {
		return ApiCalls.as(this.editor, request, body);
	}

	private String body(String startsOn, String endsOn) {
		return """
				{"negotiation_id": %d, "title": "Abu Dhabi talks", "place": "Abu Dhabi", "starts_on": "%s",
				 "ends_on": "%s", "format": "TRILATERAL", "outcome": "STALEMATE",
				 "party_ids": [%d, %d], "proposals": [{"proposal_id": %d}], "summary": "More talks."}""".formatted(
				value("select min(id) from negotiation"), startsOn, endsOn, value("select min(id) from party"),
				value("select max(id) from party"), value("select min(id) from proposal"));
	}

	private long value(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
