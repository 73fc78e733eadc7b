package org.parley.proposal.web;

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
 * Editors write proposals with their points and relations through the API: the form's
 * rules as 422 field errors (a relation to itself, a record that does not exist), entity
 * tags for corrections, and a proposal positions rest on kept with a 409.
 */
@ParleyApplicationTest
@Transactional
class ProposalWriteApiTests {

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

	String editor;

	@BeforeEach
	void token() {
		this.editor = ApiCalls.token(this.accounts, this.encoder, this.tokens, "proposal-api", Role.EDITOR);
	}

	@Test
	void anEditorCreatesAProposalWithPointsAndRelationsAndCorrectsIt() throws Exception {
		long related = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		MockHttpServletResponse created = this.mvc
			.perform(as(post("/api/v1/proposals"), body("A buffer zone", related)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		String location = created.getHeader(HttpHeaders.LOCATION);
		JsonNode stored = read(location);
		assertThat(stored.get("title").asString()).isEqualTo("A buffer zone");
		assertThat(stored.get("points").get(0).asString()).isEqualTo("1 Troops leave the zone.");
		assertThat(stored.get("relation_kinds").get(0).asString()).isEqualTo("EVOLVED_FROM");
		assertThat(stored.get("related_proposal_ids").get(0).asLong()).isEqualTo(related);
		this.mvc
			.perform(
					as(put(location).header(HttpHeaders.IF_MATCH,
							"\"proposal-" + stored.get("proposal_id").asLong() + "-v"
									+ (stored.get("version").asLong() + 1) + "\""),
							body("A wider zone", related)))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(as(put(location).header(HttpHeaders.IF_MATCH, created.getHeader(HttpHeaders.ETAG)),
					body("A wider zone", related)))
			.andExpect(status().isOk());
		assertThat(read(location).get("title").asString()).isEqualTo("A wider zone");
	}

	@Test
	void whatTheFormRefusesTheApiRefusesFieldByField() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		long version = this.jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
		String wrong = """
				{"negotiation_id": %d, "title": " ", "topic_ids": [987654],
				 "relations": [{"kind": "PART_OF", "proposal_id": %d}]}""".formatted(negotiation(), id);
		MockHttpServletResponse response = this.mvc
			.perform(as(put("/api/v1/proposals/" + id).header(HttpHeaders.IF_MATCH,
					"\"proposal-" + id + "-v" + version + "\""), wrong))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse();
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.get("errors").findValuesAsString("field")).contains("title", "topic_ids",
				"relations[0].proposal_id");
	}

	@Test
	void aProposalPositionsRestOnIsNotDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select min(proposal_id) from position", Long.class);
		long version = this.jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
		this.mvc
			.perform(as(delete("/api/v1/proposals/" + id).header(HttpHeaders.IF_MATCH,
					"\"proposal-" + id + "-v" + version + "\""), null))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where id = ?", Long.class, id)).isOne();
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

	private String body(String title, long related) {
		return """
				{"negotiation_id": %d, "title": "%s", "summary": "Between the lines.", "status": "FLOATED",
				 "points": [{"label": "1", "text": "Troops leave the zone."}],
				 "relations": [{"kind": "EVOLVED_FROM", "proposal_id": %d}]}""".formatted(negotiation(), title,
				related);
	}

	private long negotiation() {
		return this.jdbc.queryForObject("select min(id) from negotiation", Long.class);
	}

}
