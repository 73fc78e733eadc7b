package org.parley.read;

import java.util.ArrayList;
import java.util.List;

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
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The matrix and search in the API: what their pages show of the Geneva record, each
 * answer checked against its schema in the OpenAPI document, and refusals as problem
 * details.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
@Transactional
class ViewApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String DMZ = "Demilitarized zone in the Donbas";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theMatrixComparedWithThe16thSaysWhatChangedCellByCell() throws Exception {
		MockHttpServletResponse response = ok(
				get("/api/v1/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-16"));
		JsonNode matrix = checked(response, "Matrix");
		assertThat(matrix.at("/negotiation/slug").asString()).isEqualTo("russia-ukraine");
		assertThat(matrix.get("as_of").asString()).isEqualTo("2026-02-21");
		assertThat(names(matrix.get("parties"), "short_name")).containsExactly("Russia", "Ukraine", "US");
		assertThat(matrix.get("total").asLong()).isEqualTo(matrix.get("rows").size());
		assertThat(response.getHeader(RecordsApi.TOTAL_COUNT)).isEqualTo(matrix.get("total").asString());
		JsonNode dmz = row(matrix, DMZ);
		assertThat(dmz.at("/cells/0/stance").asString()).isEqualTo("CONDITIONAL");
		assertThat(dmz.at("/cells/0/condition").asString()).contains("Rosgvardiya");
		assertThat(dmz.at("/cells/1/stance").asString()).isEqualTo("OPPOSES");
		assertThat(dmz.at("/cells/2").has("stance")).isFalse();
		long russiaOnTheZone = this.jdbc
			.queryForObject("select po.id from position po join party pa on pa.id = po.party_id "
					+ "where pa.slug = 'russia' and po.stance = 'CONDITIONAL'", Long.class);
		assertThat(dmz.at("/cells/0/position_id").asLong()).isEqualTo(russiaOnTheZone);
		List<String> changed = new ArrayList<>();
		matrix.get("changes")
			.forEach((change) -> changed
				.add(change.get("party_name").asString() + " on " + change.get("proposal_title").asString() + ": "
						+ change.path("before").asString("none") + " → " + change.path("after").asString("none")));
		assertThat(changed).contains(
				"Ukraine on Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone: none → REJECTS");
		assertThat(matrix.get("change_count").asLong()).isEqualTo(matrix.get("changes").size());
	}

	@Test
	void aMatrixWithoutCompareHasNoChangesAndPagesWithLinks() throws Exception {
		MockHttpServletResponse response = ok(get("/api/v1/matrix?negotiation=russia-ukraine&size=1&page=1"));
		JsonNode matrix = checked(response, "Matrix");
		assertThat(matrix.has("changes")).isFalse();
		assertThat(matrix.get("rows")).hasSize(1);
		assertThat(matrix.at("/rows/0/cells/0/changed").asBoolean()).isFalse();
		assertThat(response.getHeader(HttpHeaders.LINK)).contains("page=0&size=1>; rel=\"prev\"")
			.contains("rel=\"first\"")
			.contains("rel=\"last\"");
	}

	@Test
	void searchFindsRosgvardiyaInRussiasConditionWithItsPage() throws Exception {
		JsonNode results = checked(ok(get("/api/v1/search").param("q", "Rosgvardiya")), "SearchResults");
		List<String> kinds = new ArrayList<>();
		results.get("groups").forEach((group) -> kinds.add(group.get("kind").asString()));
		assertThat(kinds).containsExactly("rounds", "proposals", "positions", "people", "reports");
		JsonNode positions = results.at("/groups/2");
		assertThat(positions.get("total").asLong()).isPositive();
		JsonNode hit = positions.at("/hits/0");
		long proposal = this.jdbc.queryForObject("select id from proposal where slug = 'donbas-demilitarized-zone'",
				Long.class);
		assertThat(hit.get("page").asString()).startsWith("/proposals/" + proposal + "#position-");
		assertThat(hit.get("stance").asString()).isEqualTo("CONDITIONAL");
		String marked = hit.get("title_html").asString() + hit.path("snippet_html").asString();
		assertThat(marked).contains("<mark>Rosgvardiya</mark>");
		assertThat(hit.get("title").asString() + hit.path("snippet").asString()).contains("Rosgvardiya")
			.doesNotContain("<mark>");
	}

	@Test
	void searchInOneKindPagesThroughIt() throws Exception {
		MockHttpServletResponse response = ok(
				get("/api/v1/search").param("q", "withdraw").param("kind", "reports").param("size", "1"));
		JsonNode results = checked(response, "SearchResults");
		assertThat(results.get("groups")).hasSize(1);
		assertThat(results.at("/groups/0/hits")).hasSize(1);
		assertThat(response.getHeader(RecordsApi.TOTAL_COUNT)).isEqualTo(results.at("/groups/0/total").asString());
		assertThat(response.getHeader(HttpHeaders.LINK)).contains("rel=\"next\"");
	}

	@Test
	void badQuestionsGetProblemDetails() throws Exception {
		JsonNode doc = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		for (String address : List.of("/api/v1/matrix", "/api/v1/matrix?negotiation=russia-ukraine&asOf=21.02.2026",
				"/api/v1/matrix?negotiation=russia-ukraine&size=101", "/api/v1/search?q=",
				"/api/v1/search?q=" + "x".repeat(201), "/api/v1/search?q=dmz&kind=treaties",
				"/api/v1/changes?kind=votes", "/api/v1/changes?from=2026-03-01&to=2026-02-01",
				"/api/v1/changes?before=soon")) {
			MockHttpServletResponse response = this.mvc.perform(get(address)).andReturn().getResponse();
			assertThat(response.getStatus()).as(address).isEqualTo(400);
			assertThat(response.getContentType()).as(address).startsWith("application/problem+json");
			JsonNode problem = JSON.readTree(response.getContentAsString());
			assertThat(SchemaCheck.errors(doc, "#/components/schemas/Problem", problem)).as(address).isEmpty();
		}
		MockHttpServletResponse missing = this.mvc.perform(get("/api/v1/matrix?negotiation=no-such-talks"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse();
		assertThat(JSON.readTree(missing.getContentAsString()).get("detail").asString())
			.isEqualTo("There is no negotiation ‘no-such-talks’.");
	}

	private MockHttpServletResponse ok(RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("application/json");
		return response;
	}

	private JsonNode checked(MockHttpServletResponse response, String schema) throws Exception {
		JsonNode doc = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
		JsonNode body = JSON.readTree(response.getContentAsString());
		assertThat(SchemaCheck.errors(doc, "#/components/schemas/" + schema, body)).isEmpty();
		return body;
	}

	private static JsonNode row(JsonNode matrix, String title) {
		for (JsonNode row : matrix.get("rows")) {
			if (row.get("title").asString().equals(title)) {
				return row;
			}
		}
		throw new AssertionError("No row " + title);
	}

	private static List<String> names(JsonNode array, String member) {
		List<String> names = new ArrayList<>();
		array.forEach((item) -> names.add(item.get(member).asString()));
		return names;
	}

}
