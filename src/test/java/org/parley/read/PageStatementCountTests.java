package org.parley.read;

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

/**
 * The search, source and topic pages run a bounded number of statements however much
 * there is to show: 40 more proposals on the status of the Donbas, each with a point,
 * positions of three parties and a report (relayed via The Kyiv Independent) bearing on
 * the proposal, its positions and a round of its own. Rolled back after each test.
 */
@ParleyApplicationTest
@WithMockUser(roles = "ANALYST")
@Transactional
class PageStatementCountTests {

	private static final int MAX_STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void insertALargeRecord() {
		this.jdbc.update("""
				insert into proposal (negotiation_id, slug, title, summary, status)
				select n.id, 'corridor-plan-' || g, 'Corridor plan ' || g, 'A humanitarian corridor, variant ' || g,
				       'FLOATED'
				from negotiation n, generate_series(1, 40) g
				where n.slug = 'russia-ukraine'
				""");
		this.jdbc.update("""
				insert into proposal_topic (proposal_id, topic_id)
				select p.id, t.id from proposal p, topic t
				where p.slug like 'corridor-plan-%' and t.slug = 'status-of-donbas'
				""");
		this.jdbc.update("""
				insert into proposal_point (proposal_id, ordinal, label, text)
				select p.id, 0, '1', 'The corridor opens at dawn.' from proposal p where p.slug like 'corridor-plan-%'
				""");
		this.jdbc.update("""
				insert into round (negotiation_id, slug, title, place, starts_on, format, summary)
				select p.negotiation_id, 'corridor-talks-' || p.id, 'Corridor talks on ' || p.title, 'Istanbul',
				       date '2026-03-01', 'TECHNICAL', 'Technical talks on a corridor.'
				from proposal p where p.slug like 'corridor-plan-%'
				""");
		this.jdbc.update("""
				insert into person (slug, full_name, title, party_id)
				select 'corridor-envoy-' || g, 'Envoy ' || g, 'Corridor envoy', pa.id
				from generate_series(1, 40) g, party pa where pa.slug = 'united-states'
				""");
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance, quote, speaker_id)
				select p.id, pa.id, date '2026-03-01' + (p.id % 20)::int, 'OPEN', 'A corridor could work.',
				       (select min(id) from person where slug like 'corridor-envoy-%')
				from proposal p cross join party pa
				where p.slug like 'corridor-plan-%'
				""");
		this.jdbc.update("""
				insert into citation (source_id, published_on, excerpt, credibility, via_citation_id)
				select s.id, date '2026-03-01' + (p.id % 20)::int, 'Report on the corridor of ' || p.slug, 3,
				       (select min(c.id) from citation c join source ks on ks.id = c.source_id
				        where ks.slug = 'kyiv-independent' and c.via_citation_id is not null)
				from proposal p, source s
				where p.slug like 'corridor-plan-%' and s.slug = 'report'
				""");
		this.jdbc.update("""
				insert into proposal_citation (proposal_id, citation_id)
				select p.id, c.id from proposal p join citation c on c.excerpt = 'Report on the corridor of ' || p.slug
				""");
		this.jdbc.update("""
				insert into position_citation (position_id, citation_id)
				select po.id, c.id from position po join proposal p on p.id = po.proposal_id
				join citation c on c.excerpt = 'Report on the corridor of ' || p.slug
				""");
		this.jdbc.update("""
				insert into round_citation (round_id, citation_id)
				select r.id, c.id from round r join proposal p on r.slug = 'corridor-talks-' || p.id
				join citation c on c.excerpt = 'Report on the corridor of ' || p.slug
				""");
	}

	@Test
	void searchRunsItsAliasLookUpOneQueryAndTheFilterChoices() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/search").param("q", "corridor"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("All 80 results in Proposals")))
			.andExpect(content().string(containsString("All 120 results in Positions")));
		// The plan mode for the search's transaction, the alias terms typed, the one
		// query
		// over every kind, and the negotiations the filter offers.
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS).isEqualTo(4);

		SqlStatements.reset();
		this.mvc.perform(get("/search").param("q", "corridor").param("kind", "positions").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 3 of 6")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

	@Test
	void aSourcePageRunsAtMostFourStatements() throws Exception {
		long report = this.jdbc.queryForObject("select id from source where slug = 'report'", Long.class);
		SqlStatements.reset();
		this.mvc.perform(get("/sources/{id}", report).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report on the corridor of corridor-plan-40")))
			.andExpect(content().string(containsString("(56)")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS).isLessThanOrEqualTo(4);
	}

	@Test
	void aTopicPageRunsAtMostSixStatementsWithEveryClaimAndItsReports() throws Exception {
		long topic = this.jdbc.queryForObject("select id from topic where slug = 'status-of-donbas'", Long.class);
		this.jdbc.update("""
				insert into topic_claim (topic_id, claim, party_id)
				select t.id, 'Corridor claim ' || g, (select min(id) from party) from topic t, generate_series(1, 19) g
				where t.slug = 'status-of-donbas'
				""");
		this.jdbc.update("""
				insert into topic_claim_citation (claim_id, citation_id)
				select tc.id, c.id from topic_claim tc
				join citation c on c.excerpt = 'Report on the corridor of corridor-plan-' || substr(tc.claim, 16)
				where tc.claim like 'Corridor claim %'
				""");
		SqlStatements.reset();
		this.mvc.perform(get("/topics/{id}", topic).param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Corridor plan 40")))
			.andExpect(content().string(containsString("A corridor could work.")))
			.andExpect(content().string(containsString("Corridor claim 19")))
			.andExpect(content().string(containsString("Report on the corridor of corridor-plan-19")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS).isLessThanOrEqualTo(6);
	}

	@Test
	void aPersonPageReadsTheirTitlesAndTheirReportsInTwoStatementsAndTheRoundsAttendedInOne() throws Exception {
		long envoy = this.jdbc.queryForObject("select min(id) from person where slug like 'corridor-envoy-%'",
				Long.class);
		this.jdbc.update("""
				insert into person_title (person_id, title, held_on)
				select ?, 'Corridor envoy ' || g, date '2026-01-01' + g from generate_series(1, 20) g
				""", envoy);
		this.jdbc.update("""
				insert into person_title_citation (title_id, citation_id)
				select t.id, c.id from person_title t
				join citation c on c.excerpt = 'Report on the corridor of corridor-plan-' || substr(t.title, 16)
				where t.person_id = ?
				""", envoy);
		SqlStatements.reset();
		this.mvc.perform(get("/people/{id}", envoy))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Corridor envoy 20")))
			.andExpect(content().string(containsString("Report on the corridor of corridor-plan-20")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(MAX_STATEMENTS).isLessThanOrEqualTo(8);
	}

}
