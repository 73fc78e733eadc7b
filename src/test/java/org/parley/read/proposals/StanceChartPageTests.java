package org.parley.read.proposals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stance-over-time charts of the proposal and party pages on the Geneva record: a
 * mark per statement linking to it, and the same said in words.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class StanceChartPageTests {

	private static final Pattern MARK_LINK = Pattern
		.compile("<a href=\"#position-(\\d+)\" class=\"stance-chart__link\"><title>([^<]*)</title><circle");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theJointAdministrationShowsWhenEachPartysStanceChanged() throws Exception {
		long joint = id("proposal", "joint-civilian-administration");
		String figure = figure(page("/proposals/" + joint));
		List<Long> positions = this.jdbc.queryForList("select id from position where proposal_id = ? order by id",
				Long.class, joint);
		assertThat(positions).hasSize(6);
		assertThat(markedPositions(figure)).containsExactlyInAnyOrderElementsOf(positions);
		assertThat(figure).contains("Ukraine: rejects, by 21 Feb 2026 — Oleksandr Merezhko")
			.contains("United States: supports, by 18 Feb 2026")
			// One row per party, its label linking to the party; Russia's row says it
			// said nothing.
			.contains("href=\"/parties/" + id("party", "russia") + "\"")
			.contains(">no position recorded</text>")
			// Dates along the axis.
			.contains(">17 Feb 2026</text>")
			.contains(">21 Feb</text>");
		// The SVG is named by the caption and described by the words beneath it.
		assertThat(figure)
			.containsPattern("<figcaption id=\"stance-chart-caption\">When each party’s stance on this "
					+ "proposal changed, 17 Feb 2026 to 22 Feb 2026</figcaption>")
			.contains("role=\"group\"")
			.contains("aria-labelledby=\"stance-chart-caption\"")
			.contains("aria-describedby=\"stance-chart-words\"")
			.doesNotContain("style=");
		String words = Html.text(Html.section(figure, "stance-chart-words", "</details>"));
		assertThat(words).contains("Russia: no position recorded")
			.contains("Ukraine: ⊘ rejects by 21 Feb 2026 (5 statements)")
			.contains("United States: ✓ supports by 18 Feb 2026");
		// Every current statement is drawn larger.
		assertThat(figure.split("stance-chart__mark--current", -1)).hasSize(2 + 1);
	}

	@Test
	void aChangeOfStanceIsAStepAndReadsInWords() throws Exception {
		long dmz = id("proposal", "donbas-demilitarized-zone");
		long russia = id("party", "russia");
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, quote)
				values (?, ?, date '2026-02-01', 'DAY', 'REJECTS', 'Chart test: never.')
				""", dmz, russia);
		try {
			String figure = figure(page("/proposals/" + dmz));
			String words = Html.text(Html.section(figure, "stance-chart-words", "</details>"));
			assertThat(words).contains("Russia: ⊘ rejects from 1 Feb 2026; ◐ conditional by 21 Feb 2026");
			// The line goes down to "rejects", across to 21 February, up to
			// "conditional".
			Matcher path = Pattern
				.compile("<path class=\"stance-chart__line\" d=\"M([\\d.]+) ([\\d.]+) H([\\d.]+) V([\\d.]+) H626\"")
				.matcher(figure);
			assertThat(path.find()).as("a step line with one change").isTrue();
			assertThat(Double.parseDouble(path.group(4))).isLessThan(Double.parseDouble(path.group(2)));
			assertThat(Double.parseDouble(path.group(3))).isGreaterThan(Double.parseDouble(path.group(1)));
		}
		finally {
			this.jdbc.update("delete from position where quote = 'Chart test: never.'");
		}
	}

	@Test
	void thePartyPageDrawsARowPerProposalItShows() throws Exception {
		long ukraine = id("party", "ukraine");
		String figure = figure(page("/parties/" + ukraine));
		List<Long> positions = this.jdbc.queryForList("select id from position where party_id = ?", Long.class,
				ukraine);
		assertThat(markedPositions(figure)).containsExactlyInAnyOrderElementsOf(positions);
		List<Long> proposals = this.jdbc.queryForList("select distinct proposal_id from position where party_id = ?",
				Long.class, ukraine);
		for (long proposal : proposals) {
			assertThat(figure).contains("<a href=\"/proposals/" + proposal + "\" class=\"stance-chart__row-link\">");
		}
		assertThat(figure.split("class=\"stance-chart__row\"", -1)).hasSize(proposals.size() + 1);
		assertThat(Html.text(Html.section(figure, "stance-chart-words", "</details>")))
			.contains("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone: ⊘ rejects by "
					+ "21 Feb 2026 (5 statements)")
			.contains("Freeze the current front line: ✓ supports by 21 Feb 2026");
		// A party page of one statement's proposals only: a page past the end draws
		// nothing.
		assertThat(page("/parties/" + ukraine + "?page=5")).doesNotContain("stance-chart");
	}

	private static List<Long> markedPositions(String figure) {
		Matcher marks = MARK_LINK.matcher(figure);
		List<Long> ids = new java.util.ArrayList<>();
		while (marks.find()) {
			ids.add(Long.parseLong(marks.group(1)));
		}
		return ids;
	}

	private static String figure(String html) {
		int start = html.indexOf("<figure class=\"stance-chart\">");
		assertThat(start).as("a stance chart").isNotNegative();
		return html.substring(start, html.indexOf("</figure>", start) + "</figure>".length());
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug);
	}

}
