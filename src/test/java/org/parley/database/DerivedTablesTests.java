package org.parley.database;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tables the database keeps from others in the same transaction — the start page's
 * counts ({@code record_count}) and the saves {@code /changes} lists
 * ({@code record_change}) — hold what counting and grouping the source tables would give.
 */
@PostgresDataJpaTest
public class DerivedTablesTests {

	/**
	 * The old definition of a save, as {@code /changes} computed it from the whole audit
	 * trail on every request.
	 */
	public static final String OLD_SAVES = """
			with rows as (
			    select e.id, e.occurred_at, e.actor, e.transaction_id, r.rtype, r.rid,
			           (e.part_of_type is null) as own,
			           (e.part_of_type is null and not (e.action = 'UPDATE' and (
			               select count(*) = 1 and bool_and(coalesce(v->>'from', '') like '[%]'
			                                                and coalesce(v->>'to', '') like '[%]')
			               from jsonb_each(e.changes) x(k, v)))) as write,
			           case when e.part_of_type is null
			                then (select string_agg(k, ',') from jsonb_object_keys(e.changes) k)
			                else case e.entity_type when 'ProposalPoint' then 'points'
			                                        when 'NegotiationParty' then 'parties'
			                                        when 'ProposalRelation' then 'relations'
			                                        when 'ProposalRelationCitation' then 'relations'
			                                        when 'TopicClaim' then 'claims'
			                                        when 'TopicClaimCitation' then 'claims'
			                                        when 'PersonTitle' then 'titles'
			                                        when 'PersonTitleCitation' then 'titles'
			                                        when 'PositionArgument' then 'arguments'
			                                        when 'PositionArgumentCitation' then 'arguments'
			                                        when 'PositionPrecondition' then 'preconditions'
			                                        when 'RoundProposal' then 'proposals'
			                                        else 'citations' end
			           end as names
			    from audit_event e
			    cross join lateral (select coalesce(e.part_of_type, e.entity_type) as rtype,
			        case when coalesce(e.part_of_id, e.entity_id) ~ '^[0-9]{1,18}$'
			             then coalesce(e.part_of_id, e.entity_id)::bigint end as rid) r
			    where r.rtype in ('Negotiation', 'Party', 'Person', 'Round', 'Proposal', 'Position', 'Citation',
			                      'Source', 'Topic', 'Region') and r.rid is not null
			), numbered as (
			    select rows.*, greatest(count(*) filter (where write) over (
			        partition by transaction_id, rtype, rid, actor order by id), 1) as save
			    from rows
			)
			select min(id) as first_event_id, min(occurred_at) as occurred_at, min(actor) as actor,
			       rtype as entity_type, rid as record_id,
			       coalesce(min(id) filter (where write), min(id) filter (where own), min(id)) as head_id,
			       string_agg(names, ',' order by id) as fields
			from numbered
			group by transaction_id, rtype, rid, actor, save
			order by 1
			""";

	public static final String NEW_SAVES = """
			select first_event_id, occurred_at, actor, entity_type, record_id,
			       coalesce(write_event_id, own_event_id, first_event_id) as head_id, fields
			from record_change order by 1
			""";

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theStartPagesCountsFollowInsertsAndDeletes() {
		Map<String, Object> before = counts();
		long negotiation = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('count-test', 'Counted talks') returning id",
				Long.class);
		this.jdbc.update("insert into proposal (negotiation_id, slug, title) "
				+ "select ?, 'counted-' || g, 'Counted ' || g from generate_series(1, 25) g", negotiation);
		this.jdbc.update("delete from proposal where slug in ('counted-3', 'counted-4')");
		Map<String, Object> after = counts();
		assertThat(after.get("proposal")).isEqualTo((Long) before.get("proposal") + 23);
		assertThat(after.get("negotiation")).isEqualTo((Long) before.get("negotiation") + 1);
		for (String table : List.of("negotiation", "round", "proposal", "position", "source", "citation")) {
			assertThat(after.get(table)).as(table)
				.isEqualTo(this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
	}

	@Test
	void savesSplitAcrossStatementsAndTransactionsGroupAsTheOldDefinitionGroupsThem() {
		// One save written row by row: a proposal created with two points.
		event(1001, "CREATE", "Proposal", "91", "{\"title\": {\"to\": \"DMZ\"}}", null, null);
		event(1001, "CREATE", "ProposalPoint", "5", "{\"text\": {\"to\": \"a\"}}", "Proposal", "91");
		event(1001, "CREATE", "ProposalPoint", "6", "{\"text\": {\"to\": \"b\"}}", "Proposal", "91");
		// Parts first, then the record's own write, then a second write: two saves.
		event(1002, "UPDATE", "ProposalPoint", "5", "{\"text\": {\"from\": \"a\", \"to\": \"c\"}}", "Proposal", "91");
		// Claims, titles and relation citations are parts too, each named as the form
		// names it.
		event(1005, "CREATE", "TopicClaim", "8", "{\"claim\": {\"to\": \"c\"}}", "Topic", "4");
		event(1005, "CREATE", "TopicClaimCitation", "9", "{\"bearing\": {\"to\": \"SUPPORTS\"}}", "Topic", "4");
		event(1006, "CREATE", "PersonTitle", "8", "{\"title\": {\"to\": \"aide\"}}", "Person", "2");
		event(1007, "CREATE", "ProposalRelationCitation", "3", "{}", "Proposal", "91");
		event(1008, "CREATE", "PositionArgument", "4", "{\"kind\": {\"to\": \"FEASIBILITY\"}}", "Position", "77");
		event(1008, "CREATE", "PositionArgumentCitation", "5", "{}", "Position", "77");
		event(1008, "CREATE", "PositionPrecondition", "6", "{}", "Position", "77");
		event(1002, "UPDATE", "Proposal", "91", "{\"summary\": {\"from\": null, \"to\": \"s\"}}", null, null);
		event(1002, "UPDATE", "Proposal", "91", "{\"status\": {\"from\": \"FLOATED\", \"to\": \"TABLED\"}}", null,
				null);
		// A collection-only update is no write of the record's own fields.
		event(1003, "UPDATE", "Round", "7", "{\"parties\": {\"from\": \"[1]\", \"to\": \"[1, 2]\"}}", null, null);
		event(1003, "UPDATE", "Round", "7", "{\"title\": {\"from\": \"a\", \"to\": \"b\"}}", null, null);
		// Several rows in one statement, and records not listed (no numeric id, other
		// kinds).
		this.jdbc
			.update("""
					insert into audit_event (transaction_id, actor, action, entity_type, entity_id, changes)
					select 1004, 'editor', 'CREATE', 'Position', (200 + g)::text, '{"stance": {"to": "OPEN"}}'::jsonb
					from generate_series(1, 5) g
					union all select 1004, 'editor', 'UPDATE', 'Position', '201', '{"stance": {"from": "OPEN", "to": "REJECTS"}}'
					union all select 1004, null, 'SIGN_IN', null, null, '{}'
					union all select 1004, 'editor', 'CREATE', 'AppUser', '3', '{}'
					""");
		List<Map<String, Object>> expected = this.jdbc.queryForList(OLD_SAVES);
		assertThat(this.jdbc.queryForList(NEW_SAVES)).isEqualTo(expected);
		assertThat(expected).hasSizeGreaterThanOrEqualTo(13);
		assertThat(this.jdbc.queryForList(
				"select fields from record_change where transaction_id in (1005, 1006, 1007, 1008) order by transaction_id",
				String.class))
			.containsExactly("claims,claims", "titles", "relations", "arguments,arguments,preconditions");
	}

	@Test
	void aSaveKnowsItsNegotiationForTheFilter() {
		long negotiation = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('change-test', 'Changed talks') returning id",
				Long.class);
		long proposal = this.jdbc.queryForObject(
				"insert into proposal (negotiation_id, slug, title) values (?, 'p', 'P') returning id", Long.class,
				negotiation);
		event(2001, "CREATE", "Proposal", String.valueOf(proposal), "{}", null, null);
		event(2002, "DELETE", "Round", "999999", "{\"negotiation\": {\"from\": \"" + negotiation + "\"}}", null, null);
		assertThat(this.jdbc.queryForList("select negotiation_id from record_change where transaction_id in "
				+ "(2001, 2002) order by transaction_id", Long.class))
			.containsExactly(negotiation, negotiation);
	}

	private void event(long transaction, String action, String type, String id, String changes, String partOfType,
			String partOfId) {
		this.jdbc.update(
				"insert into audit_event (transaction_id, actor, action, entity_type, entity_id, changes, "
						+ "part_of_type, part_of_id) values (?, 'editor', ?, ?, ?, ?::jsonb, ?, ?)",
				transaction, action, type, id, changes, partOfType, partOfId);
	}

	private Map<String, Object> counts() {
		Map<String, Object> counts = new java.util.HashMap<>();
		this.jdbc.query("select table_name, row_count from record_count", (rs) -> {
			counts.put(rs.getString(1), rs.getLong(2));
		});
		return counts;
	}

}
