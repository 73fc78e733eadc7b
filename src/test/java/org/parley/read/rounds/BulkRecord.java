package org.parley.read.rounds;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A record large enough to reveal an N+1 on any page: a negotiation "Bulk talks" with 3
 * parties, a delegate each, 40 proposals and 40 rounds (in Bulkville, 2020). Every round
 * has the 3 parties and their delegates, discusses all 40 proposals, each introduction
 * and the round itself cited by a report relaying the anonymous Kyiv Independent
 * citation; 120 positions (each party on each proposal) were stated at round 1, each
 * cited. Insert it inside a {@code @Transactional} test so it rolls back.
 */
public final class BulkRecord {

	public static final int ROUNDS = 40;

	public static final int PROPOSALS = 40;

	private static final String[] STATEMENTS = { """
			insert into negotiation (slug, title) values ('bulk-talks', 'Bulk talks')
			""",
			"""
					insert into party (slug, name, kind)
					values ('bulk-a', 'Bulkland A', 'STATE'), ('bulk-b', 'Bulkland B', 'STATE'), ('bulk-c', 'Bulkland C', 'STATE')
					""",
			"""
					insert into person (slug, full_name, title, party_id)
					select 'envoy-of-' || p.slug, 'Envoy of ' || p.name, 'Special envoy', p.id from party p where p.slug like 'bulk-%'
					""",
			"""
					insert into proposal (negotiation_id, slug, title, status)
					select n.id, 'bulk-proposal-' || g, 'Bulk proposal ' || g, 'FLOATED'
					from negotiation n cross join generate_series(1, 40) g where n.slug = 'bulk-talks'
					""",
			"""
					insert into round (negotiation_id, slug, title, place, starts_on, ends_on, format, outcome, mediator_party_id, summary)
					select n.id, 'bulk-round-' || g, 'Bulk round ' || g, 'Bulkville', date '2020-01-01' + g, date '2020-01-01' + g + 1,
					       'MULTILATERAL', 'POSTPONED', m.id, 'Round ' || g || ' of the bulk talks.'
					from negotiation n cross join generate_series(1, 40) g join party m on m.slug = 'bulk-c'
					where n.slug = 'bulk-talks'
					""",
			"""
					insert into round_party (round_id, party_id)
					select r.id, p.id from round r join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					cross join party p where p.slug like 'bulk-%'
					""",
			"""
					insert into round_delegate (round_id, person_id)
					select r.id, pe.id from round r join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					cross join person pe where pe.slug like 'envoy-of-bulk-%'
					""",
			"""
					insert into round_proposal (round_id, proposal_id, introduced_by_party_id, note)
					select r.id, pr.id, (select id from party where slug = 'bulk-a'), 'Tabled again.'
					from round r join proposal pr on pr.negotiation_id = r.negotiation_id
					join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					""", """
					insert into citation (source_id, published_on, excerpt, credibility, via_citation_id)
					select s.id, r.starts_on, 'Bulk report on ' || r.slug, 2,
					       (select min(c.id) from citation c join source k on k.id = c.source_id
					        where k.slug = 'kyiv-independent' and c.anonymous)
					from round r join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					join source s on s.slug = 'report'
					""", """
					insert into round_citation (round_id, citation_id)
					select r.id, c.id from round r join citation c on c.excerpt = 'Bulk report on ' || r.slug
					join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					""", """
					insert into round_proposal_citation (round_proposal_id, citation_id)
					select rp.id, c.id from round_proposal rp join round r on r.id = rp.round_id
					join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					join citation c on c.excerpt = 'Bulk report on ' || r.slug
					""",
			"""
					insert into position (proposal_id, party_id, stated_on, stated_on_precision, stance, round_id, quote, speaker_id)
					select pr.id, p.id, date '2020-01-02', 'DAY', 'OPEN', r.id, 'We are ready to talk.', pe.id
					from proposal pr join round r on r.negotiation_id = pr.negotiation_id and r.slug = 'bulk-round-1'
					join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					cross join party p join person pe on pe.party_id = p.id
					where p.slug like 'bulk-%'
					""",
			"""
					insert into position_citation (position_id, citation_id)
					select po.id, c.id from position po join round r on r.id = po.round_id
					join negotiation n on n.id = r.negotiation_id and n.slug = 'bulk-talks'
					join citation c on c.excerpt = 'Bulk report on ' || r.slug
					""" };

	private BulkRecord() {
	}

	/**
	 * Inserts the record.
	 * @param jdbc a template on the test's transaction
	 * @return the id of round 1, the one with positions stated at it
	 */
	public static long insert(JdbcTemplate jdbc) {
		for (String statement : STATEMENTS) {
			jdbc.update(statement);
		}
		return jdbc.queryForObject("select r.id from round r join negotiation n on n.id = r.negotiation_id "
				+ "where n.slug = 'bulk-talks' and r.slug = 'bulk-round-1'", Long.class);
	}

}
