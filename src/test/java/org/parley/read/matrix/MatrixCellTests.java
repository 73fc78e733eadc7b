package org.parley.read.matrix;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
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
 * A matrix cell says who spoke, how good the evidence is, and links to the statement that
 * decided it: of Ukraine's five statements of 21 February on the joint administration,
 * the last recorded.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class MatrixCellTests {

	private static final String JOINT_ADMINISTRATION = "Joint Russian–Ukrainian civilian administration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCellShowsTheSpeakerTheBestGradeAndLinksToTheStatementThatDecidedIt() throws Exception {
		long joint = id("proposal", "joint-civilian-administration");
		long decided = lastOfTheDay(joint, "ukraine");
		String html = page("/matrix?negotiation=russia-ukraine&asOf=2026-02-21");
		List<String> cells = MatrixTests.cells(MatrixTests.row(html, JOINT_ADMINISTRATION));
		String ukraine = cells.get(1);
		assertThat(ukraine).contains("href=\"/proposals/" + joint + "#position-" + decided + "\"")
			.contains("href=\"/people/" + id("person", "oleksandr-merezhko") + "\">Oleksandr Merezhko</a>")
			.contains("best evidence")
			.contains("title=\"Source fairly reliable; information probably true\">C2</abbr>")
			// Said on or before the 21st: it reads "by that day".
			.containsPattern("stated </span>by <time datetime=\"2026-02-21\"");
		// Nothing said: no position, and no speaker or grade made up.
		assertThat(cells.get(0)).contains("no position").doesNotContain("best evidence").doesNotContain("/people/");
	}

	@Test
	void theJsonAndTheCsvCarryTheSameFields() throws Exception {
		long joint = id("proposal", "joint-civilian-administration");
		long decided = lastOfTheDay(joint, "ukraine");
		long ukraine = id("party", "ukraine");
		JsonNode matrix = JsonMapper.builder()
			.build()
			.readTree(page("/api/v1/matrix?negotiation=russia-ukraine&asOf=2026-02-21"));
		JsonNode cell = null;
		for (JsonNode row : matrix.get("rows")) {
			if (row.get("proposal_id").asLong() == joint) {
				for (JsonNode candidate : row.get("cells")) {
					cell = (candidate.get("party_id").asLong() == ukraine) ? candidate : cell;
				}
			}
		}
		assertThat(cell).isNotNull();
		assertThat(cell.get("position_id").asLong()).isEqualTo(decided);
		assertThat(cell.get("stated_on_precision").asString()).isEqualTo("ON_OR_BEFORE");
		assertThat(cell.get("speaker_name").asString()).isEqualTo("Oleksandr Merezhko");
		assertThat(cell.get("grade").asString()).isEqualTo("C2");

		String csv = page("/export/matrix.csv?negotiation=russia-ukraine&asOf=2026-02-21");
		assertThat(csv.lines().findFirst().orElseThrow())
			.contains("\"Ukraine\",\"Ukraine.position_id\",\"Ukraine.speaker\",\"Ukraine.grade\"");
		assertThat(csv).contains("\"REJECTS\"," + decided + ",\"Oleksandr Merezhko\",\"C2\"");
	}

	/** The last recorded of a party's statements on its latest day. */
	private long lastOfTheDay(long proposal, String party) {
		return this.jdbc.queryForObject("""
				select po.id from position po join party pa on pa.id = po.party_id
				where po.proposal_id = ? and pa.slug = ? order by po.stated_on desc, po.id desc limit 1
				""", Long.class, proposal, party);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

}
