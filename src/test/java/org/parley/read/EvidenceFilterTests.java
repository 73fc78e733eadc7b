package org.parley.read;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evidence filters of the proposal list, the matrix and a party's page, and of their
 * JSON and CSV: Ukraine's stance on a new proposal rests only on an anonymous C3 report,
 * Russia's on a named B1 one.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
@Transactional
class EvidenceFilterTests {

	private static final String TITLE = "Evidence filter test proposal";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private long proposal;

	private long ukraine;

	private long russia;

	private long whisper;

	@BeforeEach
	void recordTwoStancesOnDifferentEvidence() {
		this.ukraine = id("select id from party where slug = 'ukraine'");
		this.russia = id("select id from party where slug = 'russia'");
		this.proposal = id("""
				insert into proposal (negotiation_id, slug, title, status, first_reported_on)
				select id, 'evidence-filter-test', '%s', 'FLOATED', date '2026-02-10' from negotiation
				where slug = 'russia-ukraine' returning id""".formatted(TITLE));
		long fair = id("insert into source (slug, name, kind, reliability) values ('whisper-wire', 'Whisper Wire', "
				+ "'MEDIA', 'C') returning id");
		long usual = id("insert into source (slug, name, kind, reliability) values ('steady-wire', 'Steady Wire', "
				+ "'MEDIA', 'B') returning id");
		this.whisper = id("insert into citation (source_id, credibility, anonymous, anonymous_description) values ("
				+ fair + ", 3, true, 'a person familiar with the talks') returning id");
		long named = id("insert into citation (source_id, credibility) values (" + usual + ", 1) returning id");
		cite(position(this.ukraine, "REJECTS"), this.whisper);
		cite(position(this.russia, "SUPPORTS"), named);
	}

	@Test
	void theProposalListShowsTheAnonymousC3StanceOnlyWithoutAFilterThatLeavesItOut() throws Exception {
		assertThat(stancesRow("")).contains("Ukraine ⊘ rejects").contains("Russia ✓ supports");
		assertThat(stancesRow("&grade=C3")).contains("Ukraine ⊘ rejects");
		assertThat(stancesRow("&grade=B2")).doesNotContain("Ukraine ⊘").contains("Russia ✓ supports");
		assertThat(stancesRow("&hideAnonymous=true")).doesNotContain("Ukraine ⊘").contains("Russia ✓ supports");
		// Asked for Ukraine's rejection, the proposal is listed only when that stance
		// counts.
		String ukraineRejects = "/proposals?q=" + TITLE + "&party=ukraine&stance=REJECTS";
		assertThat(listed(ukraineRejects)).isTrue();
		assertThat(page(ukraineRejects + "&grade=b2")).contains("No proposal matches");
		assertThat(listed(ukraineRejects + "&hideAnonymous=true")).isFalse();
	}

	@Test
	void theFormOffersTheGradesAndKeepsTheChoiceWithoutJavaScript() throws Exception {
		String html = page("/proposals?grade=B2&hideAnonymous=true");
		assertThat(html).containsPattern("<option value=\"B2\"\\s+selected=\"selected\">B2 or better</option>")
			.contains("<option value=\"F6\">F6 or better</option>")
			.containsPattern("name=\"hideAnonymous\" value=\"true\"\\s+checked=\"checked\"")
			.contains("href=\"/export/proposals.csv?grade=B2&amp;hideAnonymous=true\"");
	}

	@Test
	void theMatrixLeavesTheCellEmptyAndSaysWhy() throws Exception {
		String matrix = "/matrix?negotiation=russia-ukraine&asOf=2026-03-01";
		assertThat(row(page(matrix))).contains("stance-rejects").contains("stance-supports");
		for (String filter : new String[] { "&grade=B2", "&hideAnonymous=true" }) {
			String row = row(page(matrix + filter));
			assertThat(row).doesNotContain("stance-rejects")
				.contains("stance-supports")
				.contains("no position with this evidence");
		}
		assertThat(row(page(matrix + "&grade=C3"))).contains("stance-rejects");
	}

	@Test
	void thePartyPageListsOnlyThePositionsWithTheEvidenceAskedFor() throws Exception {
		assertThat(page("/parties/" + this.ukraine)).contains(TITLE);
		assertThat(page("/parties/" + this.ukraine + "?grade=B2")).doesNotContain(TITLE);
		assertThat(page("/parties/" + this.ukraine + "?hideAnonymous=true")).doesNotContain(TITLE)
			.contains("href=\"/export/positions.csv?party=" + this.ukraine + "&amp;hideAnonymous=true\"");
		assertThat(page("/parties/" + this.russia + "?grade=B2&hideAnonymous=true")).contains(TITLE);
	}

	@Test
	void theJsonAndCsvFilterAsThePagesDo() throws Exception {
		String proposals = "?q=" + TITLE + "&party=ukraine&stance=REJECTS";
		assertThat(page("/api/v1/proposals" + proposals)).contains(TITLE);
		assertThat(page("/api/v1/proposals" + proposals + "&grade=B2")).doesNotContain(TITLE);
		assertThat(page("/export/proposals.csv" + proposals)).contains(TITLE);
		assertThat(page("/export/proposals.csv" + proposals + "&hideAnonymous=true")).doesNotContain(TITLE);

		String positions = "?proposal=" + this.proposal + "&party=" + this.ukraine;
		assertThat(page("/api/v1/positions" + positions)).contains(TITLE);
		assertThat(page("/api/v1/positions" + positions + "&grade=B2")).doesNotContain(TITLE);
		assertThat(page("/export/positions.csv" + positions)).contains(TITLE);
		assertThat(page("/export/positions.csv" + positions + "&hideAnonymous=true")).doesNotContain(TITLE);

		String matrix = "?negotiation=russia-ukraine&asOf=2026-03-01";
		assertThat(line(page("/export/matrix.csv" + matrix))).contains("REJECTS").contains("SUPPORTS");
		assertThat(line(page("/export/matrix.csv" + matrix + "&grade=B2"))).doesNotContain("REJECTS")
			.contains("SUPPORTS");
		String json = page("/api/v1/matrix" + matrix + "&size=100");
		String filtered = page("/api/v1/matrix" + matrix + "&size=100&hideAnonymous=true");
		assertThat(json.split("REJECTS", -1).length - filtered.split("REJECTS", -1).length).isEqualTo(1);
	}

	@Test
	void theDatabaseKeepsTheEvidenceAsReportsAreRegradedOrNamed() throws Exception {
		String ukraineRejects = "/proposals?q=" + TITLE + "&party=ukraine&stance=REJECTS";
		this.jdbc.update("update citation set anonymous = false, anonymous_description = null where id = ?",
				this.whisper);
		assertThat(listed(ukraineRejects + "&hideAnonymous=true")).isTrue();
		assertThat(listed(ukraineRejects + "&grade=B2")).isFalse();
		this.jdbc.update("update source set reliability = 'A' where slug = 'whisper-wire'");
		this.jdbc.update("update citation set credibility = 2 where id = ?", this.whisper);
		assertThat(listed(ukraineRejects + "&grade=B2")).isTrue();
		// A named report that relays an anonymous one rests on it.
		long anonymous = id("insert into citation (source_id, credibility, anonymous) select id, 1, true from source "
				+ "where slug = 'steady-wire' returning id");
		this.jdbc.update("update citation set via_citation_id = ? where id = ?", anonymous, this.whisper);
		assertThat(listed(ukraineRejects + "&hideAnonymous=true")).isFalse();
		// A disputing report is no evidence for the stance.
		this.jdbc.update("update position_citation set bearing = 'DISPUTES' where citation_id = ?", this.whisper);
		assertThat(listed(ukraineRejects + "&grade=F6")).isFalse();
		assertThat(listed(ukraineRejects + "&hideAnonymous=true")).isTrue();
	}

	@Test
	void withBothFiltersOneStanceMustPassBoth() throws Exception {
		// Ukraine's stance now rests on an anonymous A1 report, Russia's on a named B1
		// one.
		this.jdbc.update("update source set reliability = 'A' where slug = 'whisper-wire'");
		this.jdbc.update("update citation set credibility = 1 where id = ?", this.whisper);
		this.jdbc.update("update source set reliability = 'C' where slug = 'steady-wire'");
		String list = "/proposals?q=" + TITLE;
		assertThat(listed(list + "&grade=A1")).isTrue();
		assertThat(listed(list + "&hideAnonymous=true")).isTrue();
		assertThat(listed(list + "&grade=A1&hideAnonymous=true")).isFalse();
		assertThat(listed(list + "&grade=C1&hideAnonymous=true")).isTrue();
		assertThat(page("/proposals?grade=A1&hideAnonymous=true")).doesNotContain("id=\"proposal-" + this.proposal);
	}

	@Test
	void aGradeThatIsNotOneIsABadRequest() throws Exception {
		this.mvc.perform(get("/proposals?grade=Z9")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/matrix?negotiation=russia-ukraine&grade=B7")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/parties/" + this.ukraine + "?grade=best")).andExpect(status().isBadRequest());
	}

	private long position(long party, String stance) {
		return id("insert into position (proposal_id, party_id, stated_on, stance) values (" + this.proposal + ", "
				+ party + ", date '2026-02-20', '" + stance + "') returning id");
	}

	private void cite(long position, long citation) {
		this.jdbc.update("insert into position_citation (position_id, citation_id) values (?, ?)", position, citation);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private boolean listed(String url) throws Exception {
		return page(url).contains("id=\"proposal-" + this.proposal + "\"");
	}

	private String stancesRow(String filter) throws Exception {
		String html = page("/proposals?q=" + TITLE + filter);
		int start = html.indexOf("id=\"proposal-" + this.proposal + "\"");
		assertThat(start).as("the proposal is listed").isPositive();
		return html.substring(start, html.indexOf("</tr>", start)).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
	}

	private String row(String html) {
		int start = html.indexOf(TITLE);
		assertThat(start).as("the proposal is in the matrix").isPositive();
		return html.substring(start, html.indexOf("</tr>", start));
	}

	private String line(String csv) {
		return csv.lines().filter((line) -> line.contains(TITLE)).findFirst().orElseThrow();
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
