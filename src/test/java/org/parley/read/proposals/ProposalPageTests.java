package org.parley.read.proposals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
class ProposalPageTests {

	private static final String MEREZHKO = "That's the core of the problem. For us, this is unacceptable.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void threeClicksFromTheStartPageToUkrainesWordsAndTheirSource() throws Exception {
		String home = page("/");
		Matcher link = Pattern.compile("<a href=\"(/proposals/\\d+)\">Joint Russian–Ukrainian civilian administration")
			.matcher(home);
		assertThat(link.find()).as("the start page links the joint administration").isTrue();
		String html = page(link.group(1));
		String ukraine = Html.section(html, "stance-party-" + party("ukraine"), "id=\"stance-party-",
				"id=\"lineage-heading\"");
		String text = Html.text(ukraine);
		assertThat(text).contains("Ukraine ⊘ rejects")
			.contains("“" + MEREZHKO + "”")
			.contains("— Oleksandr Merezhko, Head of the Ukrainian parliament's foreign affairs committee")
			.contains("by 21 Feb 2026")
			.contains("Report, 21 Feb 2026 C2")
			.contains("via The Kyiv Independent");
		assertThat(ukraine).contains("href=\"/people/" + person("oleksandr-merezhko") + "\"")
			.contains("title=\"Source fairly reliable; information probably true\">C2</abbr>");
	}

	@Test
	void showsTheJointAdministrationWithItsFacts() throws Exception {
		long id = proposal("joint-civilian-administration");
		String html = page("/proposals/" + id);
		String text = Html.text(html);
		assertThat(text)
			// The title isolated (U+2068 … U+2069), so nothing typed in it reorders the
			// rest.
			.contains(
					"\u2068Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone\u2069 · Parley")
			.contains("Negotiation Russia–Ukraine peace talks")
			.contains("Status under discussion")
			.contains("Disclosure reported (only described in reports)")
			.contains("Proposed by United States")
			.contains("First reported 18 Feb 2026 by The New York Times, 18 Feb 2026 B3")
			.contains("Topics Governance, Security arrangements, Status of the Donbas, Territory")
			.contains("Regions Donbas, Donetsk Oblast (in Donbas)")
			.contains("a civilian authority, potentially staffed by both Ukrainian and Russian representatives")
			.contains("1 Both Russian and Ukrainian troops withdraw from part of the Donbas. "
					+ "2 A civilian authority is established to manage the area. 3 The civilian authority");
		assertThat(html).contains("href=\"/negotiations/russia-ukraine\"")
			.contains("href=\"/parties/" + party("united-states") + "\"")
			.contains("href=\"/topics/");
		// The proposal's own reports: four, one relayed from the New York Times.
		assertThat(Html.text(Html.section(html, "evidence-heading", "</main>"))).contains("4 supporting, 0 disputing")
			.contains("via The Kyiv Independent B2 via The New York Times (18 Feb 2026) B3");
	}

	@Test
	void showsEveryPartysCurrentStanceAndThoseWithoutOne() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		String us = Html.text(Html.section(html, "stance-party-" + party("united-states"), "id=\"stance-party-",
				"id=\"lineage-heading\""));
		assertThat(us).contains("United States (mediator) ✓ supports")
			.contains("Stated by 18 Feb 2026")
			.contains("Stated at Geneva talks, 17–18 February 2026")
			.contains("anonymous: a person familiar with the discussions");
		String russia = Html.text(
				Html.section(html, "stance-party-" + party("russia"), "id=\"stance-party-", "id=\"lineage-heading\""));
		assertThat(russia).contains("Russia").contains("No position recorded.");
		// Ukraine's five statements of 21 February all show under its current stance.
		String ukraine = Html.text(
				Html.section(html, "stance-party-" + party("ukraine"), "id=\"stance-party-", "id=\"lineage-heading\""));
		assertThat(ukraine).contains("in 5 statements that day")
			.contains("They are trying to disguise the withdrawal.")
			.contains("Ukrainian officials call the proposal unrealistic and unacceptable.");
	}

	@Test
	void showsRussiasConditionalStanceOnTheDemilitarizedZone() throws Exception {
		String html = page("/proposals/" + proposal("donbas-demilitarized-zone"));
		String russia = Html.section(html, "stance-party-" + party("russia"), "id=\"stance-party-",
				"id=\"lineage-heading\"");
		assertThat(Html.text(russia)).contains("Russia ◐ conditional")
			.contains("Condition: if Russian police or National Guard (Rosgvardiya) units are granted the right to "
					+ "patrol the demilitarized zone")
			.contains("Speaker: Yuri Ushakov, Russian presidential aide")
			.contains("by 21 Feb 2026")
			.contains("Report, 21 Feb 2026 C2");
		assertThat(russia).contains("href=\"/people/" + person("yuri-ushakov") + "\"");
		assertThat(Html.text(
				Html.section(html, "stance-party-" + party("ukraine"), "id=\"stance-party-", "id=\"lineage-heading\"")))
			.contains("Ukraine ✗ opposes");
	}

	@Test
	void drawsTheLineageAsATreeAroundTheProposal() throws Exception {
		long joint = proposal("joint-civilian-administration");
		long dmz = proposal("donbas-demilitarized-zone");
		long plan = proposal("28-point-peace-plan");
		long freeze = proposal("freeze-current-front-line");
		String html = page("/proposals/" + joint);
		String lineage = Html.section(html, "lineage-heading", "id=\"rounds-heading\"");
		assertThat(Html.text(lineage))
			.contains(
					"Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone (under discussion) "
							+ "Evolved from Demilitarized zone in the Donbas (tabled)")
			.contains("Part of US–Russian 28-point peace plan (tabled)")
			.contains("Alternatives put forward to it Freeze the current front line (floated)");
		assertThat(lineage)
			.contains("href=\"/proposals/" + joint + "\" class=\"lineage__current\" aria-current=\"page\"")
			.contains("href=\"/proposals/" + dmz + "\"")
			.contains("href=\"/proposals/" + plan + "\"")
			.contains("href=\"/proposals/" + freeze + "\"");
		// From the DMZ the same lineage reads the other way round.
		String fromDmz = Html.text(Html.section(page("/proposals/" + dmz), "lineage-heading", "id=\"rounds-heading\""));
		assertThat(fromDmz).contains("Part of US–Russian 28-point peace plan")
			.contains("Evolved into Joint Russian–Ukrainian civilian administration");
	}

	@Test
	void theLineageShowsEachRelationsNoteWithTheGradedReportThatSaysSo() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		String lineage = Html.text(Html.section(html, "lineage-heading", "id=\"rounds-heading\""));
		assertThat(lineage).contains("Evolved from Demilitarized zone in the Donbas (tabled)")
			.contains("1 supporting, 0 disputing C2")
			.contains("designed to meet the Kremlin's demand for Ukrainian withdrawal while presenting it under "
					+ "different terminology. \"They are trying to disguise the withdrawal,\" Merezhko said.")
			.contains("via The Kyiv Independent");
	}

	@Test
	void showsTheRoundsWhereItWasDiscussedAndWhoIntroducedIt() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		long geneva = this.jdbc.queryForObject("select id from round where slug = 'geneva-2026-02-17'", Long.class);
		String rounds = Html.section(html, "rounds-heading", "id=\"history-heading\"");
		assertThat(rounds).contains("href=\"/rounds/" + geneva + "\"");
		assertThat(Html.text(rounds)).contains("Geneva talks, 17–18 February 2026, 17 Feb 2026–18 Feb 2026, Geneva")
			.contains("(stalemate)")
			.contains("Introduced there by: United States")
			.contains("3 supporting, 0 disputing")
			.contains("anonymous: a person familiar with the discussions");
	}

	@Test
	void showsTheWholeHistoryOldestFirst() throws Exception {
		String html = page("/proposals/" + proposal("joint-civilian-administration"));
		String history = Html.text(Html.section(html, "history-heading", "id=\"evidence-heading\""));
		assertThat(history).startsWith("History of positions by 18 Feb 2026 United States ✓ supports");
		assertThat(history.indexOf("by 18 Feb 2026 United States"))
			.isLessThan(history.indexOf("by 21 Feb 2026 Ukraine ⊘ rejects"));
		assertThat(history).contains(MEREZHKO)
			.contains("Merezhko said it would still effectively require Ukrainian troops to withdraw")
			.contains("I understand that the Americans think in terms of historical analogies");
		assertThat(history.split("Ukraine ⊘ rejects", -1)).hasSize(6);
	}

	@Test
	void answersUnknownAndMalformedIds() throws Exception {
		this.mvc.perform(get("/proposals/999999999")).andExpect(status().isNotFound());
		this.mvc.perform(get("/proposals/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number.")));
	}

	@Test
	void runsAtMostEightStatementsForTheGenevaRecord() throws Exception {
		String url = "/proposals/" + proposal("joint-civilian-administration");
		SqlStatements.reset();
		page(url);
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
	}

	@Test
	@Transactional
	void runsAtMostEightStatementsWhateverTheSizeOfTheRecord() throws Exception {
		long umbrella = BulkRecord.insert(this.jdbc);
		long middle = proposal("bulk-20");
		SqlStatements.reset();
		String html = page("/proposals/" + umbrella);
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		String lineage = Html.text(Html.section(html, "lineage-heading", "id=\"rounds-heading\""));
		assertThat(lineage).contains("Its parts").contains("Bulk proposal 45");

		SqlStatements.reset();
		html = page("/proposals/" + middle);
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		String text = Html.text(html);
		assertThat(text).contains("Russia ◐ conditional").contains("Condition: if the bulk condition is met");
		assertThat(Html.text(Html.section(html, "lineage-heading", "id=\"rounds-heading\"")))
			.contains("Part of Bulk proposal 1")
			.contains("Evolved from Bulk proposal 19")
			.contains("Evolved into Bulk proposal 21");
		// Six positions in the history, the three current ones again under the stances.
		assertThat(text.split("Bulk quote", -1)).hasSize(6 + 3 + 1);
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

	private long party(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

	private long person(String slug) {
		return this.jdbc.queryForObject("select id from person where slug = ?", Long.class, slug);
	}

}
