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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/**
 * The matrix, negotiation, party and person pages run a bounded number of statements
 * however large the record: 40 more proposals, each with two positions of each of three
 * parties, every position voiced by someone and carrying a citation relayed through a
 * chain. Everything rolls back.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(roles = "ANALYST")
class BrowsingStatementCountTests {

	private static final int MAX_STATEMENTS = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void aLargerRecord() {
		this.jdbc.update("""
				insert into proposal (negotiation_id, slug, title, status, first_reported_on)
				select n.id, 'bulk-' || g, 'Bulk proposal ' || lpad(g::text, 2, '0'),
				       (array['FLOATED', 'TABLED', 'STALLED'])[1 + g % 3], date '2026-01-01' + g
				from negotiation n cross join generate_series(1, 40) g
				where n.slug = 'russia-ukraine'
				""");
		this.jdbc.update("""
				insert into proposal_proposer (proposal_id, party_id)
				select pr.id, pa.id from proposal pr cross join party pa
				where pr.slug like 'bulk-%' and pa.slug in ('ukraine', 'russia')
				""");
		this.jdbc.update("""
				insert into person (slug, full_name, title, party_id)
				select pa.slug || '-speaker-' || g, 'Speaker ' || g || ' of ' || pa.name, 'Spokesperson', pa.id
				from party pa cross join generate_series(1, 5) g
				""");
		this.jdbc.update("""
				insert into round (negotiation_id, slug, title, place, starts_on, ends_on, format, outcome)
				select n.id, 'bulk-round-' || g, 'Bulk round ' || g, 'Istanbul', date '2025-01-01' + 7 * g,
				       date '2025-01-02' + 7 * g, 'BILATERAL', 'UNKNOWN'
				from negotiation n cross join generate_series(1, 20) g
				where n.slug = 'russia-ukraine'
				""");
		// Two positions per proposal and party: opposes on 10 Feb, supports on 20 Feb.
		this.jdbc
			.update("""
					insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, speaker_id, quote, note)
					select pr.id, pa.id, v.stated_on, 'DAY', v.stance,
					       (select min(sp.id) from person sp where sp.party_id = pa.id and sp.slug like '%-speaker-%'),
					       'Bulk quote', 'bulk'
					from proposal pr cross join party pa
					cross join (values (date '2026-02-10', 'OPPOSES'), (date '2026-02-20', 'SUPPORTS')) v (stated_on, stance)
					where pr.slug like 'bulk-%'
					""");
		// Merezhko voices 40 more of Ukraine's positions.
		this.jdbc.update("""
				update position set speaker_id = (select id from person where slug = 'oleksandr-merezhko')
				where note = 'bulk' and stated_on = date '2026-02-20'
				  and party_id = (select id from party where slug = 'ukraine')
				""");
		// One citation per position, relayed through The Kyiv Independent from the NYT.
		this.jdbc.update("""
				with cited as (
				    insert into citation (source_id, excerpt, credibility, via_citation_id)
				    select s.id, 'Bulk report on position ' || po.id, 2,
				           (select min(c.id) from citation c where c.via_citation_id is not null)
				    from position po cross join source s
				    where po.note = 'bulk' and s.slug = 'report'
				    returning id, excerpt
				)
				insert into position_citation (position_id, citation_id, bearing)
				select cast(substring(excerpt from length('Bulk report on position ') + 1) as bigint), id, 'SUPPORTS'
				from cited
				""");
	}

	@Test
	void theMatrixWithAComparison() throws Exception {
		assertBounded("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-15&size=100",
				"Bulk proposal 40");
		assertBounded("/matrix?negotiation=russia-ukraine&asOf=2026-02-21&compare=2026-02-15", "Bulk proposal 01");
		assertBounded("/matrix", "Bulk proposal 01");
		assertBounded("/matrix?negotiation=russia-ukraine&page=40", "past the end");
	}

	@Test
	void theNegotiationPage() throws Exception {
		assertBounded("/negotiations/russia-ukraine", "Bulk round 20");
	}

	@Test
	void thePartyPage() throws Exception {
		long ukraine = this.jdbc.queryForObject("select id from party where slug = 'ukraine'", Long.class);
		assertBounded("/parties/" + ukraine + "?size=100", "Bulk quote");
		assertBounded("/parties/" + ukraine + "?page=100", "Ukraine");
		// 88 positions make two pages of 50, with links between them.
		assertBounded("/parties/" + ukraine, "rel=\"next\"");
		assertBounded("/parties/" + ukraine + "?page=1", "rel=\"prev\"");
	}

	@Test
	void thePersonPage() throws Exception {
		long merezhko = this.jdbc.queryForObject("select id from person where slug = 'oleksandr-merezhko'", Long.class);
		assertBounded("/people/" + merezhko + "?size=100", "Bulk quote");
		assertBounded("/people/" + merezhko + "?page=100", "Oleksandr Merezhko");
	}

	private void assertBounded(String url, String expected) throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get(url)).andExpect(status().isOk()).andExpect(content().string(containsString(expected)));
		long statements = SqlStatements.count();
		System.out.println("SQL statements for " + url + ": " + statements);
		assertThat(statements).as("SQL statements for %s", url).isLessThanOrEqualTo(MAX_STATEMENTS);
	}

}
