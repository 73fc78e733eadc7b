package org.parley.read;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SchemaCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The read API against its own OpenAPI document: the document valid, every list and
 * record answering with what its schema says (checked member by member), paging,
 * incremental updates with deletions, entity tags, and problem details for what is
 * refused.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
@Transactional
class ReadApiTests {

	static final List<String> KINDS = List.of("negotiations", "rounds", "proposals", "positions", "citations",
			"sources", "parties", "people", "topics", "regions");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theOpenApiDocumentIsValidAndDescribesEveryStatus() throws Exception {
		String document = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
		assertThat(parsed.getMessages()).isEmpty();
		assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.1");
		assertThat(parsed.getOpenAPI().getComponents().getSecuritySchemes().get("bearer").getScheme())
			.isEqualTo("bearer");
		JsonNode doc = JSON.readTree(document);
		for (String kind : KINDS) {
			JsonNode list = doc.at("/paths/~1api~1v1~1" + kind + "/get/responses");
			assertThat(list.propertyNames()).as(kind).contains("200", "400", "401", "403");
			JsonNode one = doc.at("/paths/~1api~1v1~1" + kind + "~1{id}/get/responses");
			assertThat(one.propertyNames()).as(kind).contains("200", "304", "400", "401", "403", "404");
		}
		doc.at("/components/schemas")
			.properties()
			.forEach((schema) -> assertThat(schema.getValue().has("example")).as(schema.getKey()).isTrue());
		assertThat(doc.at("/components/schemas/Position/properties/stance/enum").toString()).contains("OPPOSES");
	}

	@Test
	void everyListAndRecordMatchesItsSchema() throws Exception {
		JsonNode doc = document();
		for (String kind : KINDS) {
			JsonNode page = body(get("/api/v1/" + kind).param("size", "100"));
			String type = doc
				.at("/paths/~1api~1v1~1" + kind + "/get/responses/200/content/application~1json/schema/$ref")
				.asString();
			assertThat(SchemaCheck.errors(doc, type, page)).as(kind).isEmpty();
			assertThat(page.get("items")).as(kind).isNotEmpty();
			assertThat(page.get("total").asLong()).as(kind).isEqualTo(page.get("items").size());
			JsonNode first = page.get("items").get(0);
			long id = first.get(first.propertyNames().iterator().next()).asLong();
			JsonNode record = body(get("/api/v1/" + kind + "/" + id));
			String recordType = doc
				.at("/paths/~1api~1v1~1" + kind + "~1{id}/get/responses/200/content/application~1json/schema/$ref")
				.asString();
			assertThat(SchemaCheck.errors(doc, recordType, record)).as(kind).isEmpty();
			assertThat(record).as(kind).isEqualTo(first);
		}
	}

	@Test
	void aPositionReadsAsItsCsvRowWithTypedValues() throws Exception {
		long cited = this.jdbc.queryForObject(
				"select position_id from position_citation group by position_id order by count(*) desc, position_id limit 1",
				Long.class);
		JsonNode position = body(get("/api/v1/positions/" + cited));
		List<Long> ids = this.jdbc.queryForList(
				"select citation_id from position_citation where position_id = ? order by citation_id", Long.class,
				cited);
		List<Long> listed = new ArrayList<>();
		position.get("citation_ids").forEach((value) -> listed.add(value.asLong()));
		assertThat(listed).isEqualTo(ids);
		assertThat(position.get("citation_urls").size()).isEqualTo(ids.size());
		assertThat(position.get("stance").asString())
			.isEqualTo(this.jdbc.queryForObject("select stance from position where id = ?", String.class, cited));
		assertThat(position.get("anonymous").isBoolean()).isTrue();
	}

	@Test
	void listsPageWithTheirTotalAndLinks() throws Exception {
		long total = this.jdbc.queryForObject("select count(*) from position", Long.class);
		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/positions").param("size", "2").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(header().string(RecordsApi.TOTAL_COUNT, "" + total))
			.andReturn()
			.getResponse();
		String links = response.getHeader(HttpHeaders.LINK);
		assertThat(links).contains("page=0&size=2>; rel=\"first\"", "page=0&size=2>; rel=\"prev\"",
				"page=2&size=2>; rel=\"next\"", "page=" + ((total - 1) / 2) + "&size=2>; rel=\"last\"");
		List<Long> seen = new ArrayList<>();
		for (int page = 0; page * 4 < total; page++) {
			body(get("/api/v1/positions").param("size", "4").param("page", "" + page)).get("items")
				.forEach((item) -> seen.add(item.get("position_id").asLong()));
		}
		assertThat(seen).isEqualTo(this.jdbc.queryForList("select id from position order by id", Long.class));
	}

	@Test
	void listsTakeThePagesFilters() throws Exception {
		JsonNode opposed = body(get("/api/v1/positions").param("stance", "OPPOSES"));
		assertThat(opposed.get("total").asLong())
			.isEqualTo(this.jdbc.queryForObject("select count(*) from position where stance = 'OPPOSES'", Long.class));
		opposed.get("items").forEach((item) -> assertThat(item.get("stance").asString()).isEqualTo("OPPOSES"));
		long source = this.jdbc.queryForObject("select min(source_id) from citation", Long.class);
		body(get("/api/v1/citations").param("source", "" + source)).get("items")
			.forEach((item) -> assertThat(item.get("source_id").asLong()).isEqualTo(source));
	}

	@Test
	void updatedSinceHoldsOnlyWhatChangedAndDeletionsAreListed() throws Exception {
		String latest = this.jdbc.queryForObject(
				"select to_char(max(updated_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from position",
				String.class);
		assertThat(body(get("/api/v1/positions").param("updatedSince", latest)).get("total").asLong()).isZero();
		long changed = this.jdbc.queryForObject("select min(id) from position", Long.class);
		this.jdbc.update("update position set updated_at = updated_at + interval '1 hour' where id = ?", changed);
		JsonNode since = body(get("/api/v1/positions").param("updatedSince", latest));
		assertThat(since.get("items")).hasSize(1);
		assertThat(since.get("items").get(0).get("position_id").asLong()).isEqualTo(changed);
		long deleted = this.jdbc.queryForObject("select max(id) from position", Long.class);
		long version = this.jdbc.queryForObject("select version from position where id = ?", Long.class, deleted);
		this.mvc
			.perform(post("/positions/" + deleted + "/delete").param("version", "" + version)
				.param("confirmed", "true")
				.with(user("editor").roles("EDITOR"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		JsonNode tombstones = body(get("/api/v1/positions/deleted").param("since", "2000-01-01T00:00:00Z"));
		assertThat(tombstones.get("items")).anyMatch((item) -> item.get("id").asLong() == deleted);
		assertThat(SchemaCheck.errors(document(), "#/components/schemas/DeletedPage", tombstones)).isEmpty();
		this.mvc.perform(get("/api/v1/positions/" + deleted)).andExpect(status().isNotFound());
	}

	@Test
	void aRecordSendsItsVersionAsAStrongEtagAndAnswers304() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		long version = this.jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
		String etag = this.mvc.perform(get("/api/v1/proposals/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, "\"proposal-" + id + "-v" + version + "\""))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get("/api/v1/proposals/" + id).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
		this.mvc
			.perform(get("/api/v1/proposals/" + id).header(HttpHeaders.IF_NONE_MATCH, "\"proposal-" + id + "-v99\""))
			.andExpect(status().isOk());
	}

	@Test
	void refusalsAreProblemDetailsThatMatchTheirSchema() throws Exception {
		JsonNode doc = document();
		for (String address : List.of("/api/v1/positions?size=101", "/api/v1/positions?page=-1",
				"/api/v1/positions?stance=LIKES", "/api/v1/positions?updatedSince=yesterday",
				"/api/v1/proposals?q=" + "x".repeat(201), "/api/v1/positions?from=%2B5874898-01-01",
				"/api/v1/citations?updatedSince=%2B5874898-01-01T00:00:00Z", "/api/v1/rounds?from=17.02.2026",
				"/api/v1/parties/first", "/api/v1/sources/deleted")) {
			MockHttpServletResponse response = this.mvc.perform(get(address))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse();
			assertThat(response.getContentType()).as(address).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.getContentAsString());
			assertThat(SchemaCheck.errors(doc, "#/components/schemas/Problem", problem)).as(address).isEmpty();
			assertThat(problem.get("detail").asString()).as(address).isNotBlank();
		}
		MockHttpServletResponse missing = this.mvc.perform(get("/api/v1/topics/999999"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse();
		assertThat(JSON.readTree(missing.getContentAsString()).get("detail").asString())
			.isEqualTo("There is no topic 999999.");
	}

	@Test
	@WithMockUser(username = "nobody", roles = {})
	void swaggerUiAndTheDocumentAreOpenToEveryone() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/swagger-ui/index.html").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.startsWith("default-src 'self';"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("script-src")))));
		this.mvc.perform(get("/codebook"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline"))));
		this.mvc.perform(get("/api/v1/positions").with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous()))
			.andExpect(status().isUnauthorized());
	}

	private JsonNode document() throws Exception {
		return JSON.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	private JsonNode body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/json");
		return JSON.readTree(response.getContentAsString());
	}

}
