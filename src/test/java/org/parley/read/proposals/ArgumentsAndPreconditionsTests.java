package org.parley.read.proposals;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.position.ArgumentKind;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Geneva record's arguments (Merezhko's consequence, feasibility and precedent
 * against the joint administration) and Russia's precondition (Ukrainian withdrawal
 * before any agreement), each read back from the pages, the API and the CSV, each
 * argument with the report whose excerpt says it.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class ArgumentsAndPreconditionsTests {

	private static final String CONSEQUENCE = "It would still effectively require Ukrainian troops to withdraw from fortified positions.";

	private static final String FEASIBILITY = "He does not believe the project is workable.";

	private static final String PRECEDENT = "He warned against comparisons with the demilitarized zone between North and South Korea";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void merezhkosArgumentsStandUnderUkrainesStanceOnTheJointAdministrationWithTheirReports() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		String ukraine = Html.text(Html.section(html, "stance-party-" + party("ukraine"), "id=\"stance-party-",
				"id=\"preconditions-heading\""));
		assertThat(ukraine).contains("consequence: " + CONSEQUENCE)
			.contains("feasibility: " + FEASIBILITY)
			.contains("precedent or analogy: " + PRECEDENT)
			.contains("about Demilitarized zone in the Donbas")
			.contains("“I understand that the Americans think in terms of historical analogies");
		String arguments = Html.section(html, "arguments-heading", "id=\"lineage-heading\"");
		assertThat(Html.text(arguments)).contains("Report, 21 Feb 2026 C2");
	}

	@Test
	void eachArgumentIsCitedToTheReportWhoseExcerptSaysIt() {
		List<String> unsaid = this.jdbc.queryForList("""
				select a.kind from position_argument a
				join position_argument_citation l on l.argument_id = a.id
				join citation c on c.id = l.citation_id
				where not (c.excerpt ilike '%' || case a.kind
				    when 'CONSEQUENCE' then 'withdraw from fortified positions'
				    when 'FEASIBILITY' then 'does not believe the project is workable'
				    when 'PRECEDENT' then 'warned against drawing comparisons to historical precedents'
				    when 'PRECONDITION' then 'as a precondition for any agreement' end || '%')
				""", String.class);
		assertThat(unsaid).isEmpty();
		assertThat(this.jdbc.queryForList("select kind from position_argument a where not exists "
				+ "(select 1 from position_argument_citation l where l.argument_id = a.id)", String.class))
			.isEmpty();
	}

	@Test
	void theKindAndPartyFilterIsOneAddressForEveryArgumentFromFeasibilityAgainstTheJointAdministration()
			throws Exception {
		long joint = proposal("joint-civilian-administration");
		String html = page("/proposals/" + joint + "?argument=FEASIBILITY&party=" + party("ukraine"));
		String arguments = Html.text(Html.section(html, "arguments-heading", "id=\"lineage-heading\""));
		assertThat(arguments).contains(FEASIBILITY).doesNotContain(CONSEQUENCE).doesNotContain(PRECEDENT);
		assertThat(arguments).contains("Oleksandr Merezhko");
		String none = Html
			.text(Html.section(page("/proposals/" + joint + "?argument=FEASIBILITY&party=" + party("russia")),
					"arguments-heading", "id=\"lineage-heading\""));
		assertThat(none).contains("No argument recorded for this choice.").doesNotContain(FEASIBILITY);
		this.mvc.perform(get("/proposals/" + joint + "?argument=WHIMSY")).andExpect(status().isBadRequest());
		assertThat(html).contains("href=\"/export/position_arguments.csv?proposal=" + joint
				+ "&amp;argument=FEASIBILITY&amp;party=" + party("ukraine") + "\"");
	}

	@Test
	void russiasPreconditionIsShownOnBothProposalsAndMarksTheConditionedCellsOfTheMatrix() throws Exception {
		long withdrawal = proposal("ukrainian-withdrawal-from-donbas");
		long joint = proposal("joint-civilian-administration");
		String conditioned = Html
			.text(Html.section(page("/proposals/" + joint), "preconditions-heading", "id=\"arguments-heading\""));
		assertThat(conditioned).contains("Russia makes Ukrainian withdrawal from the Donbas a precondition of this");
		String russia = Html.text(Html.section(page("/proposals/" + withdrawal), "stance-party-" + party("russia"),
				"id=\"stance-party-", "id=\"arguments-heading\""));
		assertThat(russia).contains("A precondition of:")
			.contains("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone")
			.contains("Freeze the current front line")
			.contains("precondition or demand: Ukrainian forces must withdraw from the region before any agreement.");
		String matrix = page("/matrix?negotiation=russia-ukraine&asOf=2026-02-21");
		assertThat(matrix.split("class=\"matrix__precondition\"", -1)).hasSize(4 + 1);
		assertThat(Html.text(matrix)).contains("precondition set, first: Ukrainian withdrawal from the Donbas");
		// Before Russia stated it, no cell is conditioned.
		assertThat(page("/matrix?negotiation=russia-ukraine&asOf=2026-02-19")).doesNotContain("matrix__precondition");
		JsonNode api = JSON.readTree(page("/api/v1/matrix?negotiation=russia-ukraine&asOf=2026-02-21"));
		List<Long> conditionedCells = new ArrayList<>();
		for (JsonNode row : api.get("rows")) {
			for (JsonNode cell : row.get("cells")) {
				if (cell.has("precondition_ids")) {
					assertThat(cell.get("party_id").asLong()).isEqualTo(party("russia"));
					assertThat(cell.get("precondition_ids").get(0).asLong()).isEqualTo(withdrawal);
					conditionedCells.add(row.get("proposal_id").asLong());
				}
			}
		}
		assertThat(conditionedCells).hasSize(4).contains(joint).doesNotContain(withdrawal);
	}

	@Test
	void thePositionsJsonCarriesTheArgumentsAndPreconditions() throws Exception {
		JsonNode page = JSON.readTree(page("/api/v1/positions?proposal=" + proposal("joint-civilian-administration")
				+ "&party=" + party("ukraine") + "&size=100"));
		List<String> kinds = new ArrayList<>();
		for (JsonNode position : page.get("items")) {
			for (JsonNode argument : position.get("arguments")) {
				kinds.add(argument.get("kind").asString());
				assertThat(argument.get("position_id").asLong()).isEqualTo(position.get("position_id").asLong());
				assertThat(argument.get("citation_ids")).hasSize(1);
				assertThat(argument.get("citation_reliability").get(0).asString()
						+ argument.get("citation_credibility").get(0).asLong())
					.isEqualTo("C2");
				if (argument.get("kind").asString().equals("PRECEDENT")) {
					assertThat(argument.get("quote").asString()).startsWith("I understand that the Americans");
					assertThat(argument.get("about_proposal_id").asLong())
						.isEqualTo(proposal("donbas-demilitarized-zone"));
				}
			}
		}
		assertThat(kinds).containsExactlyInAnyOrder("CONSEQUENCE", "FEASIBILITY", "PRECEDENT");
		JsonNode russia = JSON.readTree(page("/api/v1/positions?proposal="
				+ proposal("ukrainian-withdrawal-from-donbas") + "&party=" + party("russia")));
		JsonNode position = russia.get("items").get(0);
		assertThat(position.get("precondition_of_ids")).hasSize(4);
		assertThat(position.get("argument_count").asLong()).isEqualTo(1);
		JsonNode one = JSON.readTree(page("/api/v1/positions/" + position.get("position_id").asLong()));
		assertThat(one.get("arguments").get(0).get("kind").asString()).isEqualTo("PRECONDITION");
	}

	@Test
	void theOpenApiSchemaDescribesTheArgumentsWithTheirKindsAsAnEnum() throws Exception {
		JsonNode schemas = JSON.readTree(page("/v3/api-docs")).get("components").get("schemas");
		assertThat(schemas.get("Position").get("properties").get("arguments").get("items").get("$ref").asString())
			.isEqualTo("#/components/schemas/PositionArgument");
		List<String> kinds = new ArrayList<>();
		schemas.get("PositionArgument")
			.get("properties")
			.get("kind")
			.get("enum")
			.forEach((value) -> kinds.add(value.isNull() ? null : value.asString()));
		for (ArgumentKind kind : ArgumentKind.values()) {
			assertThat(kinds).contains(kind.name());
		}
	}

	@Test
	void theArgumentsCsvHasARowPerArgumentParsedBackWithItsReportsAndFilters() throws Exception {
		List<CSVRecord> rows = csv("/export/position_arguments.csv?negotiation=russia-ukraine");
		assertThat(rows).extracting((row) -> row.get("kind"))
			.containsExactlyInAnyOrder("CONSEQUENCE", "FEASIBILITY", "PRECEDENT", "PRECONDITION");
		CSVRecord feasibility = rows.stream().filter((row) -> row.get("kind").equals("FEASIBILITY")).findFirst().get();
		assertThat(feasibility.get("argument")).isEqualTo(FEASIBILITY);
		assertThat(feasibility.get("party")).isEqualTo("Ukraine");
		assertThat(feasibility.get("about_proposal_id"))
			.isEqualTo(String.valueOf(proposal("joint-civilian-administration")));
		assertThat(feasibility.get("citation_count")).isEqualTo("1");
		assertThat(this.jdbc.queryForObject("select excerpt from citation where id = ?", String.class,
				Long.valueOf(feasibility.get("citation_ids"))))
			.contains("does not believe the project is workable");
		assertThat(csv("/export/position_arguments.csv?argument=PRECEDENT&party=" + party("ukraine")))
			.extracting((row) -> row.get("kind"))
			.containsExactly("PRECEDENT");
		assertThat(csv("/export/position_arguments.csv?party=" + party("united-states"))).isEmpty();
		this.mvc.perform(get("/export/position_arguments.csv?argument=WHIMSY")).andExpect(status().isBadRequest());
		List<CSVRecord> positions = csv("/export/positions.csv?proposal=" + proposal("ukrainian-withdrawal-from-donbas")
				+ "&party=" + party("russia"));
		assertThat(positions.get(0).get("precondition_of")).contains("Freeze the current front line");
	}

	@Test
	void theCodebookListsEveryArgumentKindAndTheArgumentsFile() throws Exception {
		String codebook = Html.text(page("/codebook"));
		assertThat(codebook).contains("position_arguments.csv");
		for (ArgumentKind kind : ArgumentKind.values()) {
			assertThat(codebook).contains(kind.name());
		}
		assertThat(codebook).contains("precedent or analogy").contains("feasibility");
	}

	@Test
	void thePartyPageShowsEachStancesArguments() throws Exception {
		String text = Html.text(page("/parties/" + party("ukraine")));
		assertThat(text).contains("feasibility: " + FEASIBILITY).contains("consequence: " + CONSEQUENCE);
		assertThat(Html.text(page("/parties/" + party("russia")))).contains("A precondition of:");
	}

	@Test
	@WithMockUser(username = "counting-editor", roles = "EDITOR")
	void thePagesShowingArgumentsStayWithinEightStatementsAndTheFormWithinTwoMoreThanWithoutThem() throws Exception {
		for (String url : List.of("/proposals/" + proposal("joint-civilian-administration"),
				"/proposals/" + proposal("joint-civilian-administration") + "?argument=PRECEDENT&party="
						+ party("ukraine"),
				"/proposals/" + proposal("ukrainian-withdrawal-from-donbas"), "/parties/" + party("ukraine"),
				"/parties/" + party("russia"), "/matrix?negotiation=russia-ukraine&asOf=2026-02-21")) {
			SqlStatements.reset();
			page(url);
			assertThat(SqlStatements.count()).as(url).isLessThanOrEqualTo(8);
		}
		// Edit forms are not held to eight; arguments, their reports and the proposals
		// conditioned are read in a fixed number of statements however many there are.
		long plain = this.jdbc.queryForObject("select min(id) from position po where not exists "
				+ "(select 1 from position_argument a where a.position_id = po.id)", Long.class);
		long argued = this.jdbc.queryForObject(
				"select position_id from position_argument group by position_id order by count(*) desc, position_id limit 1",
				Long.class);
		SqlStatements.reset();
		page("/positions/" + plain + "/edit");
		long without = SqlStatements.count();
		SqlStatements.reset();
		page("/positions/" + argued + "/edit");
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(without + 2);
	}

	private List<CSVRecord> csv(String url) throws Exception {
		String body = this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return CSVParser.parse(new StringReader(body), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

	private long party(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

}
