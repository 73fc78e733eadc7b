package org.parley.read;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.position.CurrentStanceTests;
import org.parley.position.StanceReader;
import org.parley.test.GeneratedRecordTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every main page on the generated record (scale 0.01: a thousandth of a hundred Genevas
 * … 5,000 positions, 10,000 citations) answers with at most eight statements and a page
 * of bounded size, history and changes rebuilt from its generated audit trail; and the
 * stance rules the pages read through give the old definition's answers for every party
 * and proposal sampled, today and on past dates.
 */
@GeneratedRecordTest
@WithMockUser(roles = "ANALYST")
class GeneratedRecordPageTests {

	static final int MAX_STATEMENTS = 8;

	/** No read page grows past this, however large the record. */
	static final int MAX_PAGE_BYTES = 600_000;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StanceReader stances;

	@Test
	void everyMainPageSendsAtMostEightStatements() throws Exception {
		String negotiation = value("select slug from negotiation order by id limit 1");
		for (String page : List.of("/", "/proposals", "/proposals?page=7", "/proposals?sort=title&page=3",
				"/proposals?sort=firstReported",
				"/proposals?stance=REJECTS&party=" + value("select min(id) from party"),
				"/proposals/" + value("select max(proposal_id) from current_position"), "/rounds", "/rounds?page=4",
				"/rounds/" + value("select max(round_id) from position"),
				"/matrix?negotiation=" + negotiation + "&asOf=2026-06-01&compare=2025-06-01",
				"/negotiations/" + negotiation, "/parties/" + value("select min(party_id) from position"),
				"/people/" + value("select min(speaker_id) from position"),
				"/sources/" + value("select min(source_id) from citation"),
				"/topics/" + value("select min(topic_id) from proposal_topic"), "/topics", "/topics?page=1", "/regions",
				"/regions/" + value("select min(region_id) from proposal_region"),
				"/regions/" + value("select coalesce(max(parent_id), min(id)) from region"), "/search?q=ceasefire",
				"/search?q=ceasefire&kind=reports&page=2", "/search?q=Донбас", "/changes", "/changes?kind=positions",
				"/changes?negotiation=" + negotiation, "/changes.atom",
				"/proposals/" + value("select max(proposal_id) from current_position") + "/changes.atom",
				"/parties/" + value("select min(party_id) from position") + "/changes.atom",
				"/negotiations/" + negotiation + "/changes.atom", "/api/v1/positions?size=100&page=40",
				"/api/v1/positions?negotiation=" + negotiation + "&stance=OPPOSES",
				"/api/v1/positions?updatedSince=2020-01-01T00:00:00Z", "/api/v1/proposals?size=100&page=3",
				"/api/v1/proposals?q=ceasefire", "/api/v1/rounds?negotiation=" + negotiation,
				"/api/v1/citations?size=100&page=50", "/api/v1/negotiations", "/api/v1/parties", "/api/v1/people",
				"/api/v1/sources", "/api/v1/topics", "/api/v1/regions",
				"/api/v1/positions/deleted?since=2020-01-01T00:00:00Z",
				"/api/v1/matrix?negotiation=" + negotiation + "&asOf=2026-06-01&compare=2025-06-01&size=100",
				"/api/v1/search?q=ceasefire", "/api/v1/search?q=ceasefire&kind=positions&size=100&page=1",
				"/api/v1/changes?size=100", "/api/v1/positions/" + value("select max(id) from position"))) {
			SqlStatements.reset();
			MvcResult result = this.mvc.perform(get(page)).andExpect(status().isOk()).andReturn();
			assertThat(SqlStatements.count()).as(page).isLessThanOrEqualTo(MAX_STATEMENTS);
			assertThat(result.getResponse().getContentAsByteArray()).as(page).hasSizeLessThan(MAX_PAGE_BYTES);
		}
	}

	@Test
	void olderChangesArePagedByKey() throws Exception {
		String first = this.mvc.perform(get("/changes")).andReturn().getResponse().getContentAsString();
		String older = org.jsoup.Jsoup.parse(first).selectFirst("a[rel=next]").attr("href");
		assertThat(older).contains("before=");
		SqlStatements.reset();
		String second = this.mvc.perform(get(older))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS);
		assertThat(second).contains("rel=\"first\"");
		List<java.time.Instant> newer = times(first);
		List<java.time.Instant> older2 = times(second);
		assertThat(newer).hasSize(50);
		assertThat(older2).isNotEmpty().allSatisfy((at) -> assertThat(at).isBeforeOrEqualTo(newer.get(49)));
	}

	@Test
	void theCurrentStanceIsTheOldDefinitionsForEveryPartyAndProposal() {
		Map<List<Long>, Long> current = new HashMap<>();
		this.jdbc.query("select proposal_id, party_id, position_id from current_position", (rs) -> {
			current.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
		});
		Long[] all = this.jdbc.queryForList("select id from proposal", Long.class).toArray(Long[]::new);
		assertThat(current).isNotEmpty().isEqualTo(oldAsOf(all, LocalDate.of(9999, 12, 31)));
	}

	@Test
	void theStanceAsOfADateIsTheOldDefinitionsOnEveryDateSampled() {
		Long[] sample = this.jdbc.queryForList("select id from proposal order by id % 7, id limit 200", Long.class)
			.toArray(Long[]::new);
		LocalDate first = this.jdbc.queryForObject("select min(stated_on) from position", LocalDate.class);
		LocalDate last = this.jdbc.queryForObject("select max(stated_on) from position", LocalDate.class);
		long days = last.toEpochDay() - first.toEpochDay();
		for (int step = 0; step <= 20; step++) {
			LocalDate asOf = first.plusDays(days * step / 20);
			Map<List<Long>, Long> actual = new HashMap<>();
			this.stances.asOf(List.of(sample), asOf)
				.forEach((view) -> actual.put(List.of(view.proposalId(), view.partyId()), view.positionId()));
			assertThat(actual).as("as of %s", asOf).isEqualTo(oldAsOf(sample, asOf));
		}
	}

	@Test
	void aRevisedProposalsHistoryShowsEachVersion() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from proposal where version = 2", Long.class);
		String title = this.jdbc.queryForObject("select title from proposal where id = ?", String.class, id);
		SqlStatements.reset();
		this.mvc.perform(get("/proposals/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("under discussion")));
		assertThat(SqlStatements.count()).isPositive();
	}

	@Test
	void theChangesListShowsTheGeneratedEditors() throws Exception {
		this.mvc.perform(get("/changes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/history")));
	}

	@Test
	void theRecordIsTheGeneratedOneNotGeneva() {
		assertThat(this.jdbc.queryForObject("select count(*) from citation", Long.class)).isEqualTo(10_000);
	}

	private Map<List<Long>, Long> oldAsOf(Long[] proposals, LocalDate asOf) {
		Map<List<Long>, Long> latest = new HashMap<>();
		this.jdbc.query(CurrentStanceTests.OLD_AS_OF, (rs) -> {
			latest.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
		}, proposals, asOf);
		return latest;
	}

	private static List<java.time.Instant> times(String html) {
		return org.jsoup.Jsoup.parse(html)
			.select("li.change > time")
			.eachAttr("datetime")
			.stream()
			.map(java.time.Instant::parse)
			.toList();
	}

	private String value(String sql) {
		return String.valueOf(this.jdbc.queryForObject(sql, Object.class));
	}

}
