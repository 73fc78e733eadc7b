package org.parley.citing.web;

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
 * Editors write citations through the API: the form's rules as 422 field errors, entity
 * tags for updates and deletes, and a citation a position rests on refused deletion with
 * a 409 naming what rests on it.
 */
@ParleyApplicationTest
@Transactional
class CitationWriteApiTests {

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
		this.editor = ApiCalls.token(this.accounts, this.encoder, this.tokens, "citation-api", Role.EDITOR);
	}

	@Test
	void anEditorMakesCorrectsAndDeletesACitation() throws Exception {
		MockHttpServletResponse created = this.mvc.perform(as(post("/api/v1/citations"), body(2)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		String location = created.getHeader(HttpHeaders.LOCATION);
		JsonNode stored = JSON
			.readTree(this.mvc.perform(as(get(location), null)).andReturn().getResponse().getContentAsString());
		assertThat(stored.get("grade").asString()).endsWith("2");
		assertThat(stored.get("excerpt").asString()).isEqualTo("=SUM(A1) and “quotes”, Донбас");
		String corrected = this.mvc
			.perform(as(put(location).header(HttpHeaders.IF_MATCH, created.getHeader(HttpHeaders.ETAG)), body(3)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(as(delete(location).header(HttpHeaders.IF_MATCH, corrected), null))
			.andExpect(status().isNoContent());
		this.mvc.perform(as(get(location), null)).andExpect(status().isNotFound());
	}

	@Test
	void aCitationAPositionRestsOnIsNotDeleted() throws Exception {
		long id = this.jdbc.queryForObject("select min(citation_id) from position_citation", Long.class);
		long version = this.jdbc.queryForObject("select version from citation where id = ?", Long.class, id);
		JsonNode problem = refused(as(delete("/api/v1/citations/" + id).header(HttpHeaders.IF_MATCH,
				"\"citation-" + id + "-v" + version + "\""), null), 409);
		assertThat(problem.get("referenced_by")).isNotEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from citation where id = ?", Long.class, id)).isOne();
	}

	@Test
	void whatTheFormRefusesTheApiRefusesFieldByField() throws Exception {
		String wrong = """
				{"source_id": 987654, "published_on": "%s", "credibility": 9, "anonymous": false,
				 "anonymous_description": "a person familiar", "url": "javascript:alert(1)"}"""
			.formatted(LocalDate.now().plusDays(3));
		JsonNode problem = refused(as(post("/api/v1/citations"), wrong), 422);
		assertThat(problem.get("errors").findValuesAsString("field")).contains("source_id", "published_on",
				"credibility", "anonymous_description", "url");
	}

	private JsonNode refused(MockHttpServletRequestBuilder request, int expected) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(response.getContentAsString());
		JsonNode document = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		assertThat(SchemaCheck.errors(document, "#/components/schemas/Problem", problem)).isEmpty();
		return problem;
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String body) {
		return ApiCalls.as(this.editor, request, body);
	}

	private String body(int credibility) {
		long source = this.jdbc.queryForObject("select min(id) from source where status = 'ACTIVE'", Long.class);
		return """
				{"source_id": %d, "url": "https://example.org/report", "headline": "A report",
				 "published_on": "2026-02-20", "excerpt": "=SUM(A1) and “quotes”, Донбас", "credibility": %d}"""
			.formatted(source, credibility);
	}

}
