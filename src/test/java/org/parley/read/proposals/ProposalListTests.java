package org.parley.read.proposals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class ProposalListTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private Map<String, Long> ids;

	@BeforeEach
	void readIds() {
		this.ids = this.jdbc.queryForList("select slug, id from proposal")
			.stream()
			.collect(
					Collectors.toMap((row) -> (String) row.get("slug"), (row) -> ((Number) row.get("id")).longValue()));
	}

	@Test
	void listsEachProposalWithEveryPartysCurrentStance() throws Exception {
		String html = page("/proposals");
		long joint = id("joint-civilian-administration");
		String row = Html.text(Html.section(html, "proposal-" + joint, "</tr>"));
		assertThat(html).contains("href=\"/proposals/" + joint + "\"");
		assertThat(row).contains("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone")
			.contains("under discussion")
			.contains("18 Feb 2026")
			.contains("Ukraine ⊘ rejects")
			.contains("United States ✓ supports")
			.doesNotContain("Russia ");
		String dmz = Html.text(Html.section(html, "proposal-" + id("donbas-demilitarized-zone"), "</tr>"));
		assertThat(dmz).contains("Russia ◐ conditional").contains("Ukraine ✗ opposes").contains("tabled");
		assertThat(Html.text(html)).contains("5 proposals");
	}

	@Test
	void theFilterFormIsLabelledAndOffersTheRecordsChoices() throws Exception {
		String html = page("/proposals");
		for (String field : new String[] { "q", "negotiation", "status", "topic", "region", "proposed-by", "party",
				"stance", "sort", "size" }) {
			assertThat(html).contains("<label for=\"filter-" + field + "\"").contains("id=\"filter-" + field + "\"");
		}
		assertThat(html).contains("method=\"get\"")
			.contains("<option value=\"russia-ukraine\">Russia–Ukraine peace talks</option>")
			.contains("<option value=\"status-of-donbas\">Status of the Donbas</option>")
			.contains("<option value=\"donetsk-oblast\">Donetsk Oblast</option>")
			.contains("<option value=\"UNDER_DISCUSSION\">under discussion</option>")
			.contains("<option value=\"REJECTS\">⊘ rejects</option>")
			.contains("<option value=\"ukraine\">Ukraine</option>");
		// The chosen values stay chosen.
		assertThat(page("/proposals?party=ukraine&stance=REJECTS&q=donbas"))
			.contains("<option value=\"ukraine\" selected=\"selected\">Ukraine</option>")
			.contains("<option value=\"REJECTS\" selected=\"selected\">⊘ rejects</option>")
			.contains("value=\"donbas\"");
	}

	@Test
	void filtersByStatus() throws Exception {
		assertThat(shown("/proposals?status=UNDER_DISCUSSION")).containsExactly("joint-civilian-administration");
		assertThat(shown("/proposals?status=TABLED")).containsExactlyInAnyOrder("28-point-peace-plan",
				"donbas-demilitarized-zone", "ukrainian-withdrawal-from-donbas");
	}

	@Test
	void filtersByAPartysCurrentStance() throws Exception {
		assertThat(shown("/proposals?party=ukraine&stance=REJECTS"))
			.containsExactlyInAnyOrder("joint-civilian-administration", "ukrainian-withdrawal-from-donbas");
		long russia = this.jdbc.queryForObject("select id from party where slug = 'russia'", Long.class);
		assertThat(shown("/proposals?party=" + russia + "&stance=CONDITIONAL"))
			.containsExactly("donbas-demilitarized-zone");
		// A party alone: wherever it has a stance; a stance alone: whoever takes it.
		assertThat(shown("/proposals?party=united-states")).containsExactly("joint-civilian-administration");
		assertThat(shown("/proposals?stance=SUPPORTS")).containsExactlyInAnyOrder("joint-civilian-administration",
				"freeze-current-front-line", "ukrainian-withdrawal-from-donbas");
	}

	@Test
	@Transactional
	void aStanceFilterGoesByTheLatestPositionOnly() throws Exception {
		// Ukraine comes round to the freeze being merely open for discussion.
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance)
				select p.id, pa.id, date '2026-03-01', 'OPEN' from proposal p, party pa
				where p.slug = 'freeze-current-front-line' and pa.slug = 'ukraine'
				""");
		assertThat(shown("/proposals?party=ukraine&stance=SUPPORTS")).isEmpty();
		assertThat(shown("/proposals?party=ukraine&stance=OPEN")).containsExactly("freeze-current-front-line");
	}

	@Test
	void filtersByTopicRegionProposerAndNegotiation() throws Exception {
		assertThat(shown("/proposals?topic=governance")).containsExactly("joint-civilian-administration");
		long ceasefire = this.jdbc.queryForObject("select id from topic where slug = 'ceasefire'", Long.class);
		assertThat(shown("/proposals?topic=" + ceasefire)).containsExactly("freeze-current-front-line");
		// The Donbas includes Donetsk Oblast, where the 28-point plan applies.
		assertThat(shown("/proposals?region=donbas")).containsExactlyInAnyOrder("28-point-peace-plan",
				"donbas-demilitarized-zone", "joint-civilian-administration", "ukrainian-withdrawal-from-donbas");
		assertThat(shown("/proposals?proposedBy=ukraine")).containsExactly("freeze-current-front-line");
		assertThat(shown("/proposals?negotiation=russia-ukraine")).hasSize(5);
		assertThat(shown("/proposals?negotiation=no-such-talks")).isEmpty();
		assertThat(Html.text(page("/proposals?negotiation=no-such-talks"))).contains("No proposal matches");
	}

	@Test
	void findsWordsInTitlesSummariesAndPointsWhateverTheirCase() throws Exception {
		assertThat(search("FREEZE")).containsExactly("freeze-current-front-line");
		// Only in a point of the joint administration.
		assertThat(search("civilian authority is established")).containsExactly("joint-civilian-administration");
		assertThat(search("precondition")).containsExactly("ukrainian-withdrawal-from-donbas");
		assertThat(search("donbas")).hasSize(4);
		// Wildcards are taken literally.
		assertThat(search("%")).isEmpty();
		assertThat(search("_")).isEmpty();
		assertThat(search("freeze%line")).isEmpty();
	}

	@Test
	void sortsByTitleAndByFirstReport() throws Exception {
		assertThat(shown("/proposals?sort=title")).containsExactly("donbas-demilitarized-zone",
				"freeze-current-front-line", "joint-civilian-administration", "ukrainian-withdrawal-from-donbas",
				"28-point-peace-plan");
		assertThat(shown("/proposals?sort=firstReported")).first().isEqualTo("joint-civilian-administration");
	}

	@Test
	@Transactional
	void sortsByLatestActivityByDefault() throws Exception {
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance)
				select p.id, pa.id, date '2026-03-01', 'OPEN' from proposal p, party pa
				where p.slug = '28-point-peace-plan' and pa.slug = 'ukraine'
				""");
		assertThat(shown("/proposals")).first().isEqualTo("28-point-peace-plan");
		assertThat(shown("/proposals?sort=activity")).first().isEqualTo("28-point-peace-plan");
	}

	@Test
	void pagesInTheDatabaseKeepingTheFilters() throws Exception {
		String first = page("/proposals?sort=title&size=2");
		assertThat(shownIn(first)).containsExactly("donbas-demilitarized-zone", "freeze-current-front-line");
		assertThat(Html.text(first)).contains("Page 1 of 3 (5 in all)");
		assertThat(first).contains("href=\"/proposals?sort=title&amp;size=2&amp;page=1\"");
		assertThat(shown("/proposals?sort=title&size=2&page=2")).containsExactly("28-point-peace-plan");
	}

	@Test
	void oddPagingIsCorrectedNotRefused() throws Exception {
		assertThat(shown("/proposals?page=-3")).hasSize(5);
		assertThat(page("/proposals?size=100000")).contains("<option value=\"100\" selected=\"selected\">100</option>");
		assertThat(shown("/proposals?size=0&sort=title")).containsExactly("donbas-demilitarized-zone");
		assertThat(Html.text(page("/proposals?page=7"))).contains("past the end");
	}

	@Test
	@WithMockUser(roles = "NOBODY")
	void isForAnalystsAndAbove() throws Exception {
		this.mvc.perform(get("/proposals")).andExpect(status().isForbidden());
		this.mvc.perform(get("/proposals/" + id("joint-civilian-administration"))).andExpect(status().isForbidden());
	}

	@Test
	void refusesWhatItCannotReadWithAReadableMessage() throws Exception {
		this.mvc.perform(get("/proposals?sort=newest"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘sort’ must be one of activity, title, firstReported.")));
		this.mvc.perform(get("/proposals?status=DEAD"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘status’ must be one of FLOATED")));
		this.mvc.perform(get("/proposals?stance=maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘stance’ must be one of SUPPORTS")));
		this.mvc.perform(get("/proposals?page=first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘page’ must be a whole number.")));
	}

	@Test
	@Transactional
	void theFiltersOfferABoundedListOfTopicsAndKeepTheOneChosen() throws Exception {
		this.jdbc.update("insert into topic (slug, name) select 'many-topic-' || g, 'Many topic ' || "
				+ "lpad(g::text, 3, '0') from generate_series(1, 150) as g");
		String all = page("/proposals");
		String topics = all.substring(all.indexOf("name=\"topic\""),
				all.indexOf("</select>", all.indexOf("name=\"topic\"")));
		assertThat(topics.split("<option", -1).length - 1).isLessThanOrEqualTo(101);
		String chosen = page("/proposals?topic=many-topic-150");
		assertThat(chosen).contains("<option value=\"many-topic-150\" selected=\"selected\">Many topic 150</option>");
	}

	@Test
	@Transactional
	void runsAFewStatementsWhateverTheSizeOfTheRecord() throws Exception {
		BulkRecord.insert(this.jdbc);
		SqlStatements.reset();
		String html = page("/proposals?size=100");
		long statements = SqlStatements.count();
		assertThat(shownIn(html)).hasSize(BulkRecord.PROPOSALS + 5);
		assertThat(Html.text(Html.section(html, "proposal-" + id("bulk-7"), "</tr>"))).contains("Russia ◐ conditional")
			.contains("Ukraine ✗ opposes")
			.contains("United States ✗ opposes");
		assertThat(statements).isLessThanOrEqualTo(8);

		SqlStatements.reset();
		assertThat(shown("/proposals?size=10&page=2&party=russia&stance=CONDITIONAL&topic=territory&q=bulk"))
			.hasSize(10);
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
	}

	@Test
	@Transactional
	void pagesNearTheEndReadFromTheEndInTheSameOrder() throws Exception {
		BulkRecord.insert(this.jdbc);
		this.jdbc.update("update proposal set first_reported_on = null where slug in ('bulk-3', 'bulk-30')");
		for (String sort : List.of("activity", "title", "firstReported")) {
			List<String> all = shown("/proposals?size=100&sort=" + sort);
			assertThat(all).hasSize(BulkRecord.PROPOSALS + 5);
			List<String> paged = new ArrayList<>();
			for (int page = 0; page * 7 < all.size(); page++) {
				paged.addAll(shown("/proposals?size=7&sort=" + sort + "&page=" + page));
			}
			assertThat(paged).as(sort).isEqualTo(all);
			assertThat(shown("/proposals?size=7&sort=" + sort + "&page=9")).isEmpty();
		}
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> search(String words) throws Exception {
		return shownIn(this.mvc.perform(get("/proposals").param("q", words))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The slugs of the proposals listed, in order. */
	private List<String> shown(String url) throws Exception {
		return shownIn(page(url));
	}

	private List<String> shownIn(String html) {
		Map<Long, String> slugs = this.jdbc.queryForList("select slug, id from proposal")
			.stream()
			.collect(
					Collectors.toMap((row) -> ((Number) row.get("id")).longValue(), (row) -> (String) row.get("slug")));
		Matcher rows = Pattern.compile("<tr id=\"proposal-(\\d+)\"").matcher(html);
		List<String> shown = new ArrayList<>();
		while (rows.find()) {
			shown.add(slugs.get(Long.parseLong(rows.group(1))));
		}
		return shown;
	}

	private long id(String slug) {
		Long id = this.ids.get(slug);
		if (id == null) {
			id = this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
		}
		return id;
	}

}
