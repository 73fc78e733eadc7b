package org.parley.position.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;

import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Editors record a position's arguments, each with its report, and the proposals it makes
 * its own a precondition of, as rows of the position form added and removed without
 * JavaScript; bad rows are explained next to them, never a 500.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "argument-editor", roles = "EDITOR")
class PositionArgumentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Clock clock;

	@Test
	void theFormOffersAnEmptyArgumentRowAndGrowsByOneWithoutSaving() throws Exception {
		this.mvc
			.perform(get("/positions/new").param("proposal", proposal("joint-civilian-administration"))
				.param("party", party("ukraine")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"arguments[0].kind\"")))
			.andExpect(content().string(containsString("name=\"arguments[0].citations[0].citationId\"")))
			.andExpect(content().string(containsString("name=\"preconditionOf[0]\"")))
			.andExpect(content().string(containsString("<option value=\"FEASIBILITY\">feasibility</option>")))
			.andExpect(content().string(not(containsString("name=\"arguments[1].kind\""))));
		long before = count("position");
		this.mvc.perform(valid(post("/positions"), "arguments[0].kind", "SECURITY", "addArgument", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"arguments[1].kind\"")))
			.andExpect(content().string(containsString("<option value=\"SECURITY\" selected=\"selected\">")));
		this.mvc
			.perform(valid(post("/positions"), "arguments[0].kind", "SECURITY", "arguments[1].kind", "LEGITIMACY",
					"removeArgument", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"LEGITIMACY\" selected=\"selected\">")))
			.andExpect(content().string(not(containsString("name=\"arguments[1].kind\""))));
		assertThat(count("position")).isEqualTo(before);
	}

	@Test
	void anEditorAddsAnArgumentWithItsReportAndAPreconditionAndTheProposalPageAndHistoryShowThem() throws Exception {
		String citation = citation("does not believe the project is workable");
		String dmz = proposal("donbas-demilitarized-zone");
		this.mvc
			.perform(valid(post("/positions"), "arguments[0].kind", "FEASIBILITY", "arguments[0].argument",
					"A zone along a front of hundreds of kilometres cannot be policed.", "arguments[0].quote",
					"The buffer zone on the Korean Peninsula is far shorter", "arguments[0].aboutProposalId", dmz,
					"arguments[0].citations[0].citationId", citation, "arguments[0].citations[0].bearing", "SUPPORTS",
					"preconditionOf[0]", proposal("freeze-current-front-line")))
			.andExpect(status().isFound());
		this.entityManager.flush();
		long id = this.jdbc.queryForObject("select max(id) from position", Long.class);
		Map<String, Object> argument = this.jdbc.queryForMap("select * from position_argument where position_id = ?",
				id);
		assertThat(argument.get("kind")).isEqualTo("FEASIBILITY");
		assertThat(argument.get("about_proposal_id")).isEqualTo(Long.valueOf(dmz));
		assertThat(this.jdbc.queryForList("select citation_id from position_argument_citation where argument_id = ?",
				Long.class, argument.get("id")))
			.containsExactly(Long.valueOf(citation));
		assertThat(this.jdbc.queryForList("select proposal_id from position_precondition where position_id = ?",
				Long.class, id))
			.containsExactly(Long.valueOf(proposal("freeze-current-front-line")));
		assertThat(this.jdbc
			.queryForList("select entity_type from audit_event where part_of_type = 'Position' and part_of_id = ? "
					+ "and actor = 'argument-editor'", String.class, String.valueOf(id)))
			.contains("PositionArgument", "PositionArgumentCitation", "PositionPrecondition");
		this.mvc.perform(get("/proposals/{id}", proposal("joint-civilian-administration")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("A zone along a front of hundreds of kilometres cannot be policed.")));
		this.mvc.perform(get("/proposals/{id}", proposal("freeze-current-front-line")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a precondition of this")));
		this.mvc.perform(get("/positions/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Argument")))
			.andExpect(content().string(containsString("feasibility: A zone along a front")));
		// The edit form holds the argument again; saving it unchanged keeps it and its
		// report.
		long version = this.jdbc.queryForObject("select version from position where id = ?", Long.class, id);
		this.mvc.perform(get("/positions/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A zone along a front of hundreds of kilometres")))
			.andExpect(content().string(containsString("name=\"arguments[1].kind\"")));
		this.mvc
			.perform(valid(post("/positions/{id}", id), "version", "" + version, "arguments[0].id",
					argument.get("id").toString(), "arguments[0].kind", "PRECEDENT", "arguments[0].argument",
					"Not the Korean DMZ.", "arguments[0].citations[0].citationId", citation,
					"arguments[0].citations[0].bearing", "SUPPORTS"))
			.andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList(
				"select id || ' ' || kind || ' ' || argument from position_argument " + "where position_id = ?",
				String.class, id))
			.containsExactly(argument.get("id") + " PRECEDENT Not the Korean DMZ.");
		assertThat(count("position_precondition where position_id = " + id)).isZero();
		assertThat(this.jdbc.queryForObject("select version from position where id = ?", Long.class, id))
			.isEqualTo(version + 1);
		// The changes feed names the parts changed.
		assertThat(this.jdbc.queryForObject(
				"select string_agg(fields, ',') from record_change where entity_type = 'Position' and record_id = ?",
				String.class, id))
			.contains("arguments")
			.contains("preconditions");
	}

	static Stream<Arguments> badRows() {
		return Stream.of(
				Arguments.of(new String[] { "arguments[0].argument", "Words without a kind" }, "arguments0.kind",
						"Choose what kind of argument this is."),
				Arguments.of(new String[] { "arguments[0].kind", "SECURITY" }, "arguments0.argument",
						"Enter the argument in words, or empty the row to leave it out."),
				Arguments.of(new String[] { "arguments[0].kind", "WHIMSY", "arguments[0].argument", "x" },
						"arguments0.kind", null),
				Arguments.of(
						new String[] { "arguments[0].kind", "SECURITY", "arguments[0].argument", "x".repeat(2001) },
						"arguments0.argument", "Keep the argument to 2,000 characters or fewer."),
				Arguments.of(
						new String[] { "arguments[0].kind", "SECURITY", "arguments[0].argument", "x",
								"arguments[0].aboutProposalId", "987654321" },
						"arguments0.aboutProposalId", "Choose a proposal from the list."),
				Arguments.of(
						new String[] { "arguments[0].kind", "SECURITY", "arguments[0].argument", "x",
								"arguments[0].aboutTopicId", "987654321" },
						"arguments0.aboutTopicId", "Choose a topic from the list."),
				Arguments.of(
						new String[] { "arguments[0].kind", "SECURITY", "arguments[0].argument", "x",
								"arguments[0].aboutProposalId", "PROPOSAL", "arguments[0].aboutTopicId", "TOPIC" },
						"arguments0.aboutTopicId", "An argument is about a proposal or a topic, not both"),
				Arguments.of(
						new String[] { "arguments[0].kind", "SECURITY", "arguments[0].argument", "x",
								"arguments[0].citations[0].citationId", "987654321" },
						"arguments0.citations0.citationId", null),
				Arguments.of(new String[] { "preconditionOf[0]", "PROPOSAL" }, "preconditionOf0",
						"A proposal is not a precondition of itself"),
				Arguments.of(new String[] { "preconditionOf[0]", "987654321" }, "preconditionOf0",
						"Choose a proposal from the list."));
	}

	@ParameterizedTest
	@MethodSource("badRows")
	void aBadRowIsExplainedNextToItAndNothingIsSaved(String[] fields, String anchor, String message) throws Exception {
		String[] resolved = fields.clone();
		for (int i = 1; i < resolved.length; i += 2) {
			resolved[i] = resolved[i].equals("PROPOSAL") ? proposal("joint-civilian-administration")
					: resolved[i].equals("TOPIC") ? topic() : resolved[i];
		}
		long positions = count("position");
		long arguments = count("position_argument");
		var result = this.mvc.perform(valid(post("/positions"), resolved))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + anchor + "\"")));
		if (message != null) {
			result.andExpect(content().string(containsString(message)));
		}
		this.entityManager.flush();
		assertThat(count("position")).isEqualTo(positions);
		assertThat(count("position_argument")).isEqualTo(arguments);
	}

	@Test
	void theWriteApiLeavesArgumentsAndPreconditionsAsTheyAre() throws Exception {
		long id = this.jdbc
			.queryForObject("select a.position_id from position_argument a where a.kind = 'PRECONDITION'", Long.class);
		long version = this.jdbc.queryForObject("select version from position where id = ?", Long.class, id);
		long arguments = count("position_argument where position_id = " + id);
		long conditioned = count("position_precondition where position_id = " + id);
		Map<String, Object> row = this.jdbc.queryForMap("select * from position where id = ?", id);
		String body = """
				{"proposal_id": %s, "party_id": %s, "stated_on": "%s", "stated_on_precision": "ON_OR_BEFORE",
				 "stance": "SUPPORTS", "note": "Corrected through the API."}
				""".formatted(row.get("proposal_id"), row.get("party_id"), row.get("stated_on"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.put("/api/v1/positions/{id}", id)
				.with(csrf())
				.contentType("application/json")
				.header("If-Match", "\"position-" + id + "-v" + version + "\"")
				.content(body))
			.andExpect(status().isOk());
		this.entityManager.flush();
		assertThat(count("position_argument where position_id = " + id)).isEqualTo(arguments).isPositive();
		assertThat(count("position_precondition where position_id = " + id)).isEqualTo(conditioned).isPositive();
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("proposalId", proposal("joint-civilian-administration"));
		fields.put("partyId", party("ukraine"));
		fields.put("statedOn", LocalDate.now(this.clock).toString());
		fields.put("precision", "DAY");
		fields.put("stance", "REJECTS");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private String proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug).toString();
	}

	private String party(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug).toString();
	}

	private String topic() {
		return this.jdbc.queryForObject("select id from topic where slug = 'status-of-donbas'", Long.class).toString();
	}

	private String citation(String excerpt) {
		return this.jdbc
			.queryForObject("select min(id) from citation where excerpt like ?", Long.class, "%" + excerpt + "%")
			.toString();
	}

}
