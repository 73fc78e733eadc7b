package org.parley.position.web;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.ApiCalls;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SchemaCheck;
import org.parley.token.ApiTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors write positions through the API with a token: the form's rules (as 422 field
 * errors under the API's member names), entity tags for every update and delete (428
 * without, 412 when stale), the audit trail as for the form, and an analyst's token
 * refused; every refusal a problem detail the OpenAPI document describes.
 */
@ParleyApplicationTest
@Transactional
class PositionWriteApiTests {

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

	String analyst;

	@BeforeEach
	void tokens() {
		this.editor = ApiCalls.token(this.accounts, this.encoder, this.tokens, "api-editor", Role.EDITOR);
		this.analyst = ApiCalls.token(this.accounts, this.encoder, this.tokens, "api-analyst", Role.ANALYST);
	}

	@Test
	void anEditorRecordsCorrectsAndDeletesAPositionAsTheFormWould() throws Exception {
		MockHttpServletResponse created = this.mvc.perform(as(this.editor, post("/api/v1/positions"), body("OPPOSES")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		String location = created.getHeader(HttpHeaders.LOCATION);
		long id = JSON.readTree(created.getContentAsString()).get("id").asLong();
		assertThat(location).endsWith("/api/v1/positions/" + id);
		String etag = created.getHeader(HttpHeaders.ETAG);
		JsonNode stored = JSON.readTree(this.mvc.perform(as(this.editor, get(location), null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(stored.get("stance").asString()).isEqualTo("OPPOSES");
		assertThat(stored.get("citation_ids").get(0).asLong()).isEqualTo(citation());
		assertThat(audited(id, "CREATE")).isOne();

		String corrected = this.mvc
			.perform(as(this.editor, put(location).header(HttpHeaders.IF_MATCH, etag), body("REJECTS")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(corrected).isNotEqualTo(etag);
		assertThat(this.jdbc.queryForObject("select stance from position where id = ?", String.class, id))
			.isEqualTo("REJECTS");
		assertThat(audited(id, "UPDATE")).isOne();

		refused(as(this.editor, delete(location).header(HttpHeaders.IF_MATCH, etag), null), 412);
		this.mvc.perform(as(this.editor, delete(location).header(HttpHeaders.IF_MATCH, corrected), null))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(this.editor, get(location), null)).andExpect(status().isNotFound());
		assertThat(audited(id, "DELETE")).isOne();
	}

	@Test
	void updatesAndDeletesNeedTheCurrentVersion() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from position", Long.class);
		long version = this.jdbc.queryForObject("select version from position where id = ?", Long.class, id);
		refused(as(this.editor, put("/api/v1/positions/" + id), body("OPEN")), 428);
		refused(as(this.editor, delete("/api/v1/positions/" + id), null), 428);
		refused(as(this.editor, put("/api/v1/positions/" + id).header(HttpHeaders.IF_MATCH,
				"\"position-" + id + "-v" + (version + 1) + "\""), body("OPEN")), 412);
		refused(as(this.editor, put("/api/v1/positions/" + id).header(HttpHeaders.IF_MATCH, "*"), body("OPEN")), 412);
		refused(as(this.editor, put("/api/v1/positions/987654").header(HttpHeaders.IF_MATCH, "\"position-987654-v0\""),
				body("OPEN")), 404);
		assertThat(this.jdbc.queryForObject("select version from position where id = ?", Long.class, id))
			.isEqualTo(version);
	}

	@Test
	void whatTheFormRefusesTheApiRefusesFieldByField() throws Exception {
		long before = this.jdbc.queryForObject("select count(*) from position", Long.class);
		String wrong = """
				{"proposal_id": 987654, "party_id": %d, "stated_on": "%s", "stance": "CONDITIONAL",
				 "citations": [{"citation_id": 987654}]}""".formatted(party(), LocalDate.now().plusYears(1));
		JsonNode problem = refused(as(this.editor, post("/api/v1/positions"), wrong), 422);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("proposal_id", "stated_on", "condition",
				"citations[0].citation_id");
		assertThat(problem.get("detail").asString()).isNotBlank();
		refused(as(this.editor, post("/api/v1/positions"), "{\"proposal_id\": \"two\"}"), 400);
		refused(as(this.editor, post("/api/v1/positions"), "not json"), 400);
		assertThat(this.jdbc.queryForObject("select count(*) from position", Long.class)).isEqualTo(before);
	}

	@Test
	void anAnalystReadsButNeverWrites() throws Exception {
		refused(as(this.analyst, post("/api/v1/positions"), body("OPEN")), 403);
		this.mvc.perform(as(this.analyst, get("/api/v1/positions"), null)).andExpect(status().isOk());
		// A session call without the CSRF token is refused too.
		refused(post("/api/v1/positions").with(user("api-editor").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("OPEN")), 403);
	}

	private JsonNode refused(MockHttpServletRequestBuilder request, int expected) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		JsonNode document = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		assertThat(SchemaCheck.errors(document, "#/components/schemas/Problem", problem)).isEmpty();
		String method = request.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getMethod()
			.toLowerCase(java.util.Locale.ROOT);
		String path = method.equals("post") ? "/paths/~1api~1v1~1positions/post/responses"
				: "/paths/~1api~1v1~1positions~1{id}/" + method + "/responses";
		assertThat(document.at(path).propertyNames()).as("documented").contains("" + expected);
		return problem;
	}

	private MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request, String body) {
		return ApiCalls.as(token, request, body);
	}

	private String body(String stance) {
		return """
				{"proposal_id": %d, "party_id": %d, "stated_on": "2026-02-20", "stated_on_precision": "DAY",
				 "stance": "%s", "note": "through the API", "citations": [{"citation_id": %d, "bearing": "SUPPORTS"}]}"""
			.formatted(proposal(), party(), stance, citation());
	}

	private long proposal() {
		return this.jdbc.queryForObject("select min(id) from proposal", Long.class);
	}

	private long party() {
		return this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class);
	}

	private long citation() {
		return this.jdbc.queryForObject("select min(id) from citation", Long.class);
	}

	private long audited(long id, String action) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'Position' and entity_id = ? and action = ? "
						+ "and actor = 'api-editor'",
				Long.class, "" + id, action);
	}

}
