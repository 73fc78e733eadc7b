package org.parley.read.rounds;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
class TimelineTests {

	private static final String GENEVA = "Geneva talks, 17–18 February 2026";

	private static final String ISTANBUL = "Istanbul talks, 16 May 2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long genevaId() {
		return this.jdbc.queryForObject("select id from round where slug = 'geneva-2026-02-17'", Long.class);
	}

	long partyId(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

	// --- the timeline

	@Test
	void theTimelineShowsTheGenevaRound() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ol class=\"timeline\"")))
			.andExpect(content().string(containsString("href=\"/rounds/" + genevaId() + "\">" + GENEVA + "</a>")))
			.andExpect(content().string(containsString("<time datetime=\"2026-02-17\">17 Feb 2026</time>")))
			.andExpect(content().string(containsString("<time datetime=\"2026-02-18\">18 Feb 2026</time>")))
			.andExpect(content().string(containsString("Geneva")))
			.andExpect(content().string(containsString("trilateral")))
			.andExpect(content().string(containsString("stalemate")))
			.andExpect(content()
				.string(containsString("href=\"/parties/" + partyId("united-states") + "\">United States</a>")))
			.andExpect(content().string(stringContainsInOrder("Mediator", "United States", "Parties", "Russia",
					"Ukraine", "United States", "Proposals discussed", "1")))
			.andExpect(content().string(containsString("Russia–Ukraine peace talks")));
	}

	@Test
	void theFilterFormIsLabelledAndWorksWithoutScript() throws Exception {
		this.mvc.perform(get("/rounds"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<form class=\"rounds-filter\" method=\"get\" action=\"/rounds\"")))
			.andExpect(content().string(containsString("<label for=\"filter-negotiation\">Negotiation</label>")))
			.andExpect(content().string(containsString("<label for=\"filter-party\">Party taking part</label>")))
			.andExpect(content().string(containsString("<label for=\"filter-place\">Place contains</label>")))
			.andExpect(content().string(containsString("<label for=\"filter-outcome\">Outcome</label>")))
			.andExpect(content().string(containsString("<label for=\"filter-from\">")))
			.andExpect(content().string(containsString("<label for=\"filter-to\">")))
			.andExpect(content()
				.string(containsString("<option value=\"russia-ukraine\">Russia–Ukraine peace talks</option>")))
			.andExpect(content().string(containsString("<option value=\"STALEMATE\">stalemate</option>")));
	}

	@Test
	@Transactional
	void filtersKeepWhatMatchesAndDropTheRest() throws Exception {
		insertIstanbul();
		rounds("").andExpect(content().string(stringContainsInOrder(GENEVA, ISTANBUL)));
		only("outcome=AGREEMENT", ISTANBUL, GENEVA);
		only("outcome=STALEMATE", GENEVA, ISTANBUL);
		only("party=united-states", GENEVA, ISTANBUL);
		only("place=ISTAN", ISTANBUL, GENEVA);
		only("place=genev", GENEVA, ISTANBUL);
		only("from=2026-01-01", GENEVA, ISTANBUL);
		only("to=2025-12-31", ISTANBUL, GENEVA);
		// A round falls in the range when any of its days does.
		only("from=2026-02-18&to=2026-03-01", GENEVA, ISTANBUL);
		only("from=2025-05-16&to=2025-05-16", ISTANBUL, GENEVA);
		rounds("negotiation=other-talks").andExpect(content().string(containsString(ISTANBUL)))
			.andExpect(content().string(not(containsString(GENEVA))));
		rounds("party=ukraine").andExpect(content().string(containsString(ISTANBUL)))
			.andExpect(content().string(containsString(GENEVA)));
		rounds("place=nowhere").andExpect(content().string(containsString("No rounds match")))
			.andExpect(content().string(not(containsString(GENEVA))));
		// The form shows what was chosen.
		rounds("outcome=AGREEMENT&party=ukraine&place=ist")
			.andExpect(content().string(containsString("<option value=\"AGREEMENT\" selected=\"selected\">")))
			.andExpect(content().string(containsString("<option value=\"ukraine\" selected=\"selected\">")))
			.andExpect(content().string(containsString("value=\"ist\"")));
	}

	@Test
	void anEmptyFilterFieldIsNoFilter() throws Exception {
		rounds("negotiation=&party=&place=&outcome=&from=&to=").andExpect(content().string(containsString(GENEVA)));
	}

	@Test
	void aPlaceWithLikeWildcardsIsTakenLiterally() throws Exception {
		rounds("place=%25").andExpect(content().string(not(containsString(GENEVA))));
		rounds("place=_eneva").andExpect(content().string(not(containsString(GENEVA))));
	}

	@Test
	@Transactional
	void theTimelineIsPaginatedInTheDatabase() throws Exception {
		BulkRecord.insert(this.jdbc);
		rounds("").andExpect(content().string(containsString("Page 1 of 3 (41 in all)")))
			.andExpect(content().string(containsString("Bulk round 40")))
			.andExpect(content().string(not(containsString("Bulk round 20<"))));
		rounds("page=2&negotiation=bulk-talks&size=15")
			.andExpect(content().string(containsString("Page 3 of 3 (40 in all)")))
			.andExpect(content().string(containsString("Bulk round 1<")))
			.andExpect(
					content().string(containsString("href=\"/rounds?negotiation=bulk-talks&amp;size=15&amp;page=1\"")))
			.andExpect(content().string(not(containsString(GENEVA))));
	}

	@Test
	void oddPagingIsClampedNotAnError() throws Exception {
		rounds("page=-3").andExpect(content().string(containsString(GENEVA)));
		rounds("size=100000").andExpect(content().string(containsString(GENEVA)));
		rounds("size=0").andExpect(content().string(containsString(GENEVA)));
		rounds("page=500").andExpect(content().string(containsString("No rounds match")));
	}

	@Test
	void malformedTimelineParametersAreA400WithAReadableMessage() throws Exception {
		this.mvc.perform(get("/rounds?from=2026-13-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘from’ must be a date written as YYYY-MM-DD")));
		this.mvc.perform(get("/rounds?to=yesterday"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘to’ must be a date")));
		this.mvc.perform(get("/rounds?from=2026-03-01&to=2026-02-01"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘from’ (2026-03-01) must not be after ‘to’ (2026-02-01)")));
		this.mvc.perform(get("/rounds?outcome=WON"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘outcome’ must be one of AGREEMENT")));
		this.mvc.perform(get("/rounds?page=first"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘page’ must be a whole number")));
	}

	// --- a round

	@Test
	void theGenevaRoundShowsWhoWasThereAndWhatWasDiscussed() throws Exception {
		long us = partyId("united-states");
		this.mvc.perform(get("/rounds/" + genevaId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>" + GENEVA + "</h1>")))
			.andExpect(content().string(containsString("<time datetime=\"2026-02-17\">17 Feb 2026</time>")))
			.andExpect(content().string(containsString("trilateral")))
			.andExpect(content().string(containsString("stalemate")))
			.andExpect(content()
				.string(stringContainsInOrder("Mediator", "href=\"/parties/" + us + "\">United States</a>")))
			.andExpect(content().string(containsString("href=\"/parties/" + partyId("ukraine") + "\">Ukraine</a>")))
			.andExpect(content().string(containsString("href=\"/parties/" + partyId("russia") + "\">Russia</a>")))
			.andExpect(content().string(containsString("US-mediated talks at which Kyiv and Moscow discussed")))
			.andExpect(content().string(
					containsString("Joint Russian–Ukrainian civilian administration of a Donbas demilitarized zone")))
			.andExpect(content()
				.string(stringContainsInOrder("Proposals discussed", "Joint Russian–Ukrainian civilian administration",
						"Introduced by", "href=\"/parties/" + us + "\">United States</a>", "3 supporting, 0 disputing",
						"a person familiar with the discussions", "via", "The Kyiv Independent")))
			.andExpect(content().string(containsString("C3")))
			.andExpect(content().string(containsString("B3")));
	}

	@Test
	void theGenevaRoundShowsItsEvidenceAndThePositionsStatedThere() throws Exception {
		this.mvc.perform(get("/rounds/" + genevaId()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(stringContainsInOrder("Evidence for this round", "1 supporting, 0 disputing", "C2", "Report",
						"During the latest US-mediated negotiations in Geneva", "via", "The Kyiv Independent")))
			.andExpect(content().string(stringContainsInOrder("Positions stated at this round", "United States",
					"<span aria-hidden=\"true\">✓</span> <span>supports</span>",
					"Joint Russian–Ukrainian civilian administration",
					"by <time datetime=\"2026-02-18\" title=\"Said on this day or earlier; only the latest possible day is known\">18 Feb 2026</time>",
					"2 supporting, 0 disputing")));
	}

	@Test
	void theGenevaRoundPrintsEachReportOnceAndEveryClaimLinksToIt() throws Exception {
		String page = this.mvc.perform(get("/rounds/" + genevaId()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> cited = this.jdbc.queryForList("""
				select c.id, c.excerpt, count(*) as claims from citation c join (
				    select citation_id from round_citation where round_id = ?
				    union all select rpc.citation_id from round_proposal_citation rpc
				        join round_proposal rp on rp.id = rpc.round_proposal_id where rp.round_id = ?
				    union all select pc.citation_id from position_citation pc
				        join position p on p.id = pc.position_id where p.round_id = ?) claim on claim.citation_id = c.id
				where c.excerpt is not null group by c.id, c.excerpt""", genevaId(), genevaId(), genevaId());
		assertThat(cited).as("reports the Geneva round's claims cite").hasSizeGreaterThanOrEqualTo(3);
		assertThat(cited).anyMatch((report) -> ((Number) report.get("claims")).intValue() > 1);
		for (Map<String, Object> report : cited) {
			// Two reports may quote the same sentence (an outlet and one relaying it):
			// each
			// prints it once.
			long reports = cited.stream().filter((other) -> other.get("excerpt").equals(report.get("excerpt"))).count();
			String excerpt = HtmlUtils.htmlEscape((String) report.get("excerpt"), "UTF-8");
			assertThat(page.split(Pattern.quote(excerpt), -1)).as("pieces around excerpt %s", report.get("id"))
				.hasSize((int) reports + 1);
			assertThat(page).contains("id=\"report-" + report.get("id") + "\"")
				.contains("href=\"#report-" + report.get("id") + "\"");
		}
		assertThat(page).contains("Reports cited on this page");
	}

	@Test
	void unknownAndMalformedRoundIdsAre4xx() throws Exception {
		this.mvc.perform(get("/rounds/987654321")).andExpect(status().isNotFound());
		this.mvc.perform(get("/rounds/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("‘id’ must be a whole number")));
	}

	@Test
	@WithMockUser(roles = "NOBODY")
	void onlyAnalystsAndAboveReadTheRounds() throws Exception {
		this.mvc.perform(get("/rounds")).andExpect(status().isForbidden());
		this.mvc.perform(get("/rounds/" + genevaId())).andExpect(status().isForbidden());
	}

	// --- no N+1

	@Test
	@Transactional
	void thePagesRunABoundedNumberOfStatementsOnALargeRecord() throws Exception {
		long bulkRound = BulkRecord.insert(this.jdbc);

		long timeline = statements("/rounds", "Bulk round 40");
		long filtered = statements("/rounds?party=bulk-a&place=bulk&from=2020-01-01&to=2020-12-31&size=100",
				"Bulk round 1<");
		long round = statements("/rounds/" + bulkRound, "Bulk proposal 40");

		assertThat(timeline).isLessThanOrEqualTo(8);
		assertThat(filtered).isLessThanOrEqualTo(8);
		assertThat(round).isLessThanOrEqualTo(8);
		System.out.printf("statements: /rounds %d, /rounds filtered %d, /rounds/{id} %d%n", timeline, filtered, round);
	}

	@Test
	@Transactional
	void aLargeRoundShowsEveryDelegationAndProposalAndItsPositionsAPageAtATime() throws Exception {
		long bulkRound = BulkRecord.insert(this.jdbc);
		String page = this.mvc.perform(get("/rounds/" + bulkRound))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Envoy of Bulkland A", "Envoy of Bulkland B", "Envoy of Bulkland C", "Special envoy",
				"postponed", "multilateral", "Bulkville");
		assertThat(count(page, "class=\"round-discussed__item\"")).isEqualTo(BulkRecord.PROPOSALS);
		int positions = 3 * BulkRecord.PROPOSALS;
		assertThat(count(page, "class=\"round-stated__item\"")).isEqualTo(50);
		assertThat(page).contains("Page 1 of 3 (" + positions + " in all)");
		int shown = 0;
		StringBuilder all = new StringBuilder();
		for (int number = 0; number < 3; number++) {
			String positionsPage = this.mvc.perform(get("/rounds/" + bulkRound).param("page", String.valueOf(number)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			shown += count(positionsPage, "class=\"round-stated__item\"");
			all.append(positionsPage);
		}
		assertThat(shown).isEqualTo(positions);
		assertThat(count(all.toString(), "<span>open</span>")).isEqualTo(positions);
		assertThat(all).contains("We are ready to talk.");
	}

	private long statements(String url, String expected) throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString(expected)));
		return SqlStatements.count();
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private ResultActions rounds(String query) throws Exception {
		return this.mvc.perform(get("/rounds?" + query)).andExpect(status().isOk());
	}

	private void only(String query, String kept, String dropped) throws Exception {
		rounds(query).andExpect(content().string(containsString(kept)))
			.andExpect(content().string(not(containsString(dropped))));
	}

	private void insertIstanbul() {
		this.jdbc.update("insert into negotiation (slug, title) values ('other-talks', 'Other talks')");
		this.jdbc.update("""
				insert into round (negotiation_id, slug, title, place, starts_on, ends_on, format, outcome)
				select n.id, 'istanbul-2025-05-16', 'Istanbul talks, 16 May 2025', 'Istanbul',
				       date '2025-05-16', null, 'BILATERAL', 'AGREEMENT'
				from negotiation n where n.slug = 'other-talks'
				""");
		this.jdbc.update("""
				insert into round_party (round_id, party_id)
				select r.id, p.id from round r cross join party p
				where r.slug = 'istanbul-2025-05-16' and p.slug in ('ukraine', 'russia')
				""");
	}

}
