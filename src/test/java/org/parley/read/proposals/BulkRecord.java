package org.parley.read.proposals;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enough proposals to reveal a query per row: 45 proposals in the Russia–Ukraine talks,
 * each with three points, two topics, a region, proposers, two positions of each of the
 * three parties with a citation each (relayed via another report), its own citations, an
 * appearance at the Geneva round with its evidence, and a lineage: every one is part of
 * the first and evolved from the one before. Call inside a test transaction.
 */
final class BulkRecord {

	static final int PROPOSALS = 45;

	private BulkRecord() {
	}

	/**
	 * Inserts the record.
	 * @param jdbc the test's JDBC template
	 * @return the id of {@code bulk-1}, the proposal every other one is part of
	 */
	static long insert(JdbcTemplate jdbc) {
		jdbc.update("""
				insert into proposal (negotiation_id, slug, title, summary, status, first_reported_on)
				select n.id, 'bulk-' || g, 'Bulk proposal ' || g, 'Summary of bulk proposal ' || g,
				       'FLOATED', date '2026-01-01' + g
				from negotiation n, generate_series(1, ?) g
				where n.slug = 'russia-ukraine'
				""", PROPOSALS);
		jdbc.update("""
				insert into proposal_point (proposal_id, ordinal, text)
				select p.id, o, 'Point ' || o || ' of ' || p.title
				from proposal p, generate_series(0, 2) o where p.slug like 'bulk-%'
				""");
		jdbc.update("""
				insert into proposal_topic (proposal_id, topic_id)
				select p.id, t.id from proposal p, topic t
				where p.slug like 'bulk-%' and t.slug in ('territory', 'ceasefire')
				""");
		jdbc.update("""
				insert into proposal_region (proposal_id, region_id)
				select p.id, r.id from proposal p, region r where p.slug like 'bulk-%' and r.slug = 'donetsk-oblast'
				""");
		jdbc.update("""
				insert into proposal_proposer (proposal_id, party_id)
				select p.id, pa.id from proposal p, party pa
				where p.slug like 'bulk-%' and pa.slug in ('united-states', 'russia')
				""");
		// One report per proposal, relayed via the Kyiv Independent's main report.
		jdbc.update("""
				insert into citation (source_id, published_on, excerpt, credibility, via_citation_id)
				select s.id, date '2026-03-01', 'Bulk report on bulk-' || g, 2,
				       (select min(c.id) from citation c join source k on k.id = c.source_id
				        where k.slug = 'kyiv-independent')
				from source s, generate_series(1, ?) g where s.slug = 'report'
				""", PROPOSALS);
		jdbc.update("""
				insert into proposal_citation (proposal_id, citation_id, bearing)
				select p.id, c.id, 'SUPPORTS' from proposal p join citation c on c.excerpt = 'Bulk report on ' || p.slug
				where p.slug like 'bulk-%'
				""");
		jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, condition,
				                      speaker_id, quote, note)
				select p.id, pa.id, date '2026-03-01' + d, 'DAY',
				       case when d = 0 then 'OPEN' when pa.slug = 'russia' then 'CONDITIONAL' else 'OPPOSES' end,
				       case when d = 1 and pa.slug = 'russia' then 'if the bulk condition is met' end,
				       sp.id, 'Bulk quote ' || d, 'Bulk note'
				from proposal p cross join party pa cross join generate_series(0, 1) d
				left join person sp on sp.party_id = pa.id
				where p.slug like 'bulk-%'
				""");
		jdbc.update("""
				insert into position_citation (position_id, citation_id, bearing)
				select po.id, c.id, 'SUPPORTS'
				from position po join proposal p on p.id = po.proposal_id
				join citation c on c.excerpt = 'Bulk report on ' || p.slug
				where p.slug like 'bulk-%'
				""");
		jdbc.update("""
				insert into proposal_relation (proposal_id, related_proposal_id, kind)
				select p.id, whole.id, 'PART_OF' from proposal p, proposal whole
				where p.slug like 'bulk-%' and p.slug <> 'bulk-1' and whole.slug = 'bulk-1'
				""");
		jdbc.update("""
				insert into proposal_relation (proposal_id, related_proposal_id, kind)
				select p.id, earlier.id, 'EVOLVED_FROM' from proposal p, proposal earlier, generate_series(3, ?) g
				where p.slug = 'bulk-' || g and earlier.slug = 'bulk-' || (g - 1)
				""", PROPOSALS);
		jdbc.update("""
				insert into round_proposal (round_id, proposal_id, introduced_by_party_id, note)
				select r.id, p.id, us.id, 'Bulk appearance'
				from round r, proposal p, party us
				where r.slug = 'geneva-2026-02-17' and p.slug like 'bulk-%' and us.slug = 'united-states'
				""");
		jdbc.update("""
				insert into round_proposal_citation (round_proposal_id, citation_id, bearing)
				select rp.id, c.id, 'SUPPORTS'
				from round_proposal rp join proposal p on p.id = rp.proposal_id
				join citation c on c.excerpt = 'Bulk report on ' || p.slug
				where p.slug like 'bulk-%'
				""");
		return jdbc.queryForObject("select id from proposal where slug = 'bulk-1'", Long.class);
	}

}
