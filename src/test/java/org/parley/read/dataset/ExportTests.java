package org.parley.read.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The CSV exports, read back with the CSV library: every row the database holds, the
 * filters of the pages that link to them, text of every kind as it was recorded (formula-
 * like text made plain), and the dataset whose datapackage.json describes its files.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
@Transactional
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void positionsHoldEveryPositionWithItsCitationsInOrder() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/export/positions.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(response.getContentType()).startsWith("text/csv").contains("UTF-8");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment").contains("positions.csv");
		List<CSVRecord> rows = parse(response);
		assertThat(rows).hasSize(count("select count(*) from position"));
		long cited = this.jdbc.queryForObject(
				"select position_id from position_citation group by position_id order by count(*) desc, position_id limit 1",
				Long.class);
		CSVRecord row = rows.stream().filter((r) -> r.get("position_id").equals("" + cited)).findFirst().orElseThrow();
		Map<String, Object> position = this.jdbc.queryForMap("""
				select pa.name as party, po.stance, po.stated_on::text as stated_on, pr.title as proposal
				from position po join party pa on pa.id = po.party_id join proposal pr on pr.id = po.proposal_id
				where po.id = ?""", cited);
		assertThat(row.get("party")).isEqualTo(position.get("party"));
		assertThat(row.get("stance")).isEqualTo(position.get("stance"));
		assertThat(row.get("stated_on")).isEqualTo(position.get("stated_on"));
		assertThat(row.get("proposal")).isEqualTo(position.get("proposal"));
		List<String> ids = this.jdbc.queryForList(
				"select citation_id::text from position_citation where position_id = ? order by citation_id",
				String.class, cited);
		assertThat(row.get("citation_ids")).isEqualTo(String.join(" | ", ids));
		assertThat(row.get("citation_count")).isEqualTo("" + ids.size());
		assertThat(row.get("citation_reliability").split(" \\| ")).hasSize(ids.size())
			.allMatch((g) -> g.matches("[A-F]"));
		assertThat(rows).extracting((r) -> Long.valueOf(r.get("position_id"))).isSorted();
	}

	@Test
	void textComesBackAsRecordedAndFormulasArePlainText() throws Exception {
		long position = this.jdbc.queryForObject("select min(id) from position", Long.class);
		String quote = "He said, \"no\" —\nвійська не виведуть; Росгвардия";
		this.jdbc.update("update position set quote = ?, note = ? where id = ?", quote, "=HYPERLINK(\"http://x\")",
				position);
		long proposal = this.jdbc.queryForObject("select proposal_id from position where id = ?", Long.class, position);
		CSVRecord row = parse(csv("/export/positions.csv?proposal=" + proposal)).stream()
			.filter((r) -> r.get("position_id").equals("" + position))
			.findFirst()
			.orElseThrow();
		assertThat(row.get("quote")).isEqualTo(quote);
		assertThat(row.get("note")).isEqualTo("'=HYPERLINK(\"http://x\")");
	}

	@Test
	void positionsTakeTheFiltersOfThePagesThatLinkHere() throws Exception {
		long russia = id("party", "russia");
		List<CSVRecord> rows = parse(csv("/export/positions.csv?party=" + russia));
		assertThat(rows).hasSize(count("select count(*) from position where party_id = " + russia))
			.isNotEmpty()
			.allMatch((r) -> r.get("party_id").equals("" + russia));
		List<CSVRecord> rejects = parse(csv("/export/positions.csv?stance=REJECTS"));
		assertThat(rejects).isNotEmpty()
			.hasSize(count("select count(*) from position where stance = 'REJECTS'"))
			.allMatch((r) -> r.get("stance").equals("REJECTS"));
		this.mvc.perform(get("/export/positions.csv?stance=furious")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/export/positions.csv?party=russia")).andExpect(status().isBadRequest());
	}

	@Test
	void proposalsAndRoundsAreTheListsWithEveryPage() throws Exception {
		List<CSVRecord> proposals = parse(csv("/export/proposals.csv?status=TABLED"));
		assertThat(proposals).isNotEmpty()
			.hasSize(count("select count(*) from proposal where status = 'TABLED'"))
			.allMatch((r) -> r.get("status").equals("TABLED"));
		CSVRecord dmz = parse(csv("/export/proposals.csv")).stream()
			.filter((r) -> r.get("slug").equals("donbas-demilitarized-zone"))
			.findFirst()
			.orElseThrow();
		assertThat(dmz.get("topics")).isNotBlank();
		assertThat(parse(csv("/export/rounds.csv"))).hasSize(count("select count(*) from round"))
			.allMatch((r) -> !r.get("format").isBlank() && !r.get("starts_on").isBlank());
		this.mvc.perform(get("/export/rounds.csv?from=2026-03-01&to=2026-01-01")).andExpect(status().isBadRequest());
	}

	@Test
	void citationsCarryTheirGradeAndTheirSource() throws Exception {
		long source = this.jdbc.queryForObject(
				"select source_id from citation group by source_id order by count(*) desc limit 1", Long.class);
		List<CSVRecord> rows = parse(csv("/export/citations.csv?source=" + source));
		assertThat(rows).hasSize(count("select count(*) from citation where source_id = " + source))
			.allMatch((r) -> r.get("grade").equals(r.get("reliability") + r.get("credibility")))
			.allMatch((r) -> r.get("source_id").equals("" + source));
	}

	@Test
	void theMatrixHasAColumnPerPartyWithItsStanceOnTheDate() throws Exception {
		MockHttpServletResponse response = csv("/export/matrix.csv?negotiation=russia-ukraine&asOf=2026-02-21");
		List<CSVRecord> rows = parse(response);
		String header = response.getContentAsString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
		assertThat(header).startsWith("\"proposal_id\",\"proposal\",\"status\",\"first_reported_on\"")
			.contains("\"Russia\"")
			.contains("\"Ukraine\"");
		CSVRecord joint = rows.stream()
			.filter((r) -> r.get("proposal_id").equals("" + id("proposal", "joint-civilian-administration")))
			.findFirst()
			.orElseThrow();
		assertThat(joint.get("Ukraine")).isEqualTo("REJECTS");
		assertThat(joint.get("United States")).isEqualTo("SUPPORTS");
		this.mvc.perform(get("/export/matrix.csv?negotiation=no-such-talks")).andExpect(status().isNotFound());
	}

	@Test
	void theDatasetIsEveryFileDescribedByItsDataPackage() throws Exception {
		byte[] zip = this.mvc.perform(get("/export/parley-dataset.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, String> files = unzip(zip);
		assertThat(files).containsOnlyKeys("negotiations.csv", "rounds.csv", "proposals.csv", "positions.csv",
				"citations.csv", "sources.csv", "parties.csv", "people.csv", "topics.csv", "regions.csv",
				"topic_claims.csv", "person_titles.csv", "proposal_relations.csv", "position_arguments.csv",
				"datapackage.json", "codebook.md");
		JsonNode descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
		assertThat(descriptor.get("created").asString()).isNotBlank();
		Map<String, Set<String>> keys = new HashMap<>();
		for (JsonNode resource : descriptor.get("resources")) {
			String path = resource.get("path").asString();
			List<CSVRecord> rows = parse(files.get(path));
			JsonNode schema = resource.get("schema");
			List<String> fields = new java.util.ArrayList<>();
			schema.get("fields").forEach((field) -> fields.add(field.get("name").asString()));
			assertThat(header(files.get(path))).as(path).isEqualTo(fields);
			for (JsonNode field : schema.get("fields")) {
				checkValues(rows, field);
			}
			String primaryKey = schema.get("primaryKey").get(0).asString();
			Set<String> ids = new HashSet<>();
			rows.forEach((row) -> assertThat(ids.add(row.get(primaryKey))).as(path + " " + primaryKey).isTrue());
			keys.put(resource.get("name").asString(), ids);
		}
		assertThat(keys.get("positions")).hasSize(count("select count(*) from position"));
		for (JsonNode resource : descriptor.get("resources")) {
			for (JsonNode key : resource.get("schema").get("foreignKeys")) {
				String column = key.get("fields").get(0).asString();
				Set<String> targets = keys.get(key.get("reference").get("resource").asString());
				parse(files.get(resource.get("path").asString())).stream()
					.map((row) -> row.get(column))
					.filter((value) -> !value.isEmpty())
					.forEach((value) -> assertThat(targets).as(column).contains(value));
			}
		}
		assertThat(files.get("codebook.md")).contains("## positions.csv").contains("| REJECTS |");
	}

	@Test
	void eachPageLinksToItsRowsAsCsvWithItsFilters() throws Exception {
		assertThat(html("/proposals?status=TABLED&sort=title&page=1"))
			.contains("href=\"/export/proposals.csv?status=TABLED\"")
			.contains("href=\"/codebook\"");
		assertThat(html("/proposals?q=a=b")).contains("href=\"/export/proposals.csv");
		assertThat(html("/rounds?outcome=STALEMATE&page=2")).contains("href=\"/export/rounds.csv?outcome=STALEMATE\"");
		long russia = id("party", "russia");
		assertThat(html("/parties/" + russia)).contains("href=\"/export/positions.csv?party=" + russia + "\"");
		long joint = id("proposal", "joint-civilian-administration");
		assertThat(html("/proposals/" + joint)).contains("href=\"/export/positions.csv?proposal=" + joint + "\"");
		assertThat(html("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-16"))
			.contains("href=\"/export/matrix.csv?negotiation=russia-ukraine&amp;asOf=2026-02-21\"");
	}

	@Test
	void theClaimsTitlesAndRelationReportsAreInTheDatasetAndTheApi() throws Exception {
		Map<String, String> files = unzip(this.mvc.perform(get("/export/parley-dataset.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		List<CSVRecord> claims = parse(files.get("topic_claims.csv"));
		assertThat(claims).singleElement().satisfies((row) -> {
			assertThat(row.get("topic")).isEqualTo("Status of the Donbas");
			assertThat(row.get("claim")).startsWith("The status of the Donbas remains the most contentious issue");
			assertThat(row.get("party_id")).isEmpty();
			assertThat(row.get("citation_bearings")).isEqualTo("SUPPORTS");
			assertThat(row.get("citation_reliability") + row.get("citation_credibility")).isEqualTo("C2");
		});
		assertThat(parse(files.get("person_titles.csv")))
			.extracting((row) -> row.get("title") + " " + row.get("held_on") + " " + row.get("citation_sources"))
			.containsExactlyInAnyOrder("head of parliament's foreign affairs committee 2026-02-21 Report",
					"Russian presidential aide 2026-02-21 Report");
		assertThat(parse(files.get("proposal_relations.csv")))
			.filteredOn((row) -> row.get("kind").equals("EVOLVED_FROM"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get("citation_count")).isEqualTo("1"));
		assertThat(files.get("codebook.md")).contains("topic_claims.csv").contains("person_titles.csv");
		long topic = this.jdbc.queryForObject("select id from topic where slug = 'status-of-donbas'", Long.class);
		String json = this.mvc.perform(get("/api/v1/topics/{id}", topic))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode body = JsonMapper.builder().build().readTree(json);
		assertThat(body.toString()).contains("\"claim_count\":1")
			.contains("The status of the Donbas remains the most contentious issue between Kyiv and Moscow.");
		long merezhko = this.jdbc.queryForObject("select id from person where slug = 'oleksandr-merezhko'", Long.class);
		assertThat(this.mvc.perform(get("/api/v1/people/{id}", merezhko))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("head of parliament's foreign affairs committee")
			.contains("2026-02-21");
	}

	@Test
	void theCodebookDescribesEveryColumnAndEveryCode() throws Exception {
		String page = this.mvc.perform(get("/codebook"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		for (String column : List.of("position_id", "stated_on_precision", "citation_credibility", "disclosure",
				"anonymous_description", "proposal_count")) {
			assertThat(page).contains("<code>" + column + "</code>");
		}
		for (String code : List.of("SUPPORTS", "CONDITIONAL", "REJECTS", "UNDER_DISCUSSION", "OFFICIAL_TEXT",
				"PARTIAL_AGREEMENT", "PROXIMITY", "EVOLVED_FROM", "ON_OR_BEFORE")) {
			assertThat(page).contains("<code>" + code + "</code>");
		}
		assertThat(page).contains("leading apostrophe").contains("truth cannot be judged").contains("usually reliable");
		assertThat(page).doesNotContain("??");
	}

	private void checkValues(List<CSVRecord> rows, JsonNode field) {
		String name = field.get("name").asString();
		JsonNode constraints = field.get("constraints");
		if (constraints == null) {
			return;
		}
		Set<String> allowed = new HashSet<>();
		constraints.get("enum").forEach((value) -> allowed.add(value.asString()));
		rows.stream()
			.map((row) -> row.get(name))
			.filter((value) -> !value.isEmpty())
			.forEach((value) -> assertThat(allowed).as(name).contains(value));
	}

	private String html(String address) throws Exception {
		return this.mvc.perform(get(address))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockHttpServletResponse csv(String address) throws Exception {
		return this.mvc.perform(get(address)).andExpect(status().isOk()).andReturn().getResponse();
	}

	private static List<CSVRecord> parse(MockHttpServletResponse response) throws IOException {
		return parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<CSVRecord> parse(String csv) throws IOException {
		return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get()).getRecords();
	}

	private static List<String> header(String csv) throws IOException {
		return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().get()).getHeaderNames();
	}

	private static Map<String, String> unzip(byte[] zip) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

}
