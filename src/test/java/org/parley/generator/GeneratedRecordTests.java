package org.parley.generator;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.database.DerivedTablesTests;
import org.parley.test.GeneratedRecord;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The generated record (scale 0.01, in a database of its own) keeps the schema's rules:
 * every row passed the constraints on the way in, and the rules no constraint states (no
 * loops, an audit trail for every record, searchable text in both alphabets) hold too.
 */
class GeneratedRecordTests {

	private static final Scale SCALE = GeneratedRecord.SCALE;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void generated() {
		jdbc = new JdbcTemplate(GeneratedRecord.dataSource());
	}

	@Test
	void countsMatchTheScale() {
		assertThat(count("negotiation")).isEqualTo(SCALE.negotiations());
		assertThat(count("party")).isEqualTo(SCALE.parties());
		assertThat(count("person")).isEqualTo(SCALE.people());
		assertThat(count("source")).isEqualTo(SCALE.sources());
		assertThat(count("round")).isEqualTo(50);
		assertThat(count("proposal")).isEqualTo(500);
		assertThat(count("position")).isEqualTo(5_000);
		assertThat(count("citation")).isEqualTo(10_000);
		assertThat(count("proposal_point")).isBetween(2 * 500L, 6 * 500L);
		assertThat(count("round_proposal")).isPositive();
		assertThat(count("position_citation")).isGreaterThanOrEqualTo(5_000);
	}

	@Test
	void everyConditionalStanceStatesItsCondition() {
		assertThat(number("select count(*) from position where stance = 'CONDITIONAL'")).isPositive();
		assertThat(number("select count(*) from position where stance = 'CONDITIONAL' "
				+ "and btrim(coalesce(condition, '')) = ''"))
			.isZero();
	}

	@Test
	void eachPartyStatesSeveralStancesOnAProposalOverTime() {
		assertThat(number("""
				select count(*) from (select proposal_id, party_id from position group by proposal_id, party_id
				                      having count(*) >= 2 and count(distinct stance) >= 2) changed
				""")).isPositive();
		assertThat(
				number("""
						select count(*) from position po join proposal pr on pr.id = po.proposal_id
						where po.party_id not in (select party_id from negotiation_party where negotiation_id = pr.negotiation_id)
						   or po.speaker_id is not null
						      and po.party_id <> (select party_id from person where id = po.speaker_id)
						"""))
			.isZero();
	}

	@Test
	void viaChainsNeverLoopAndSomeRelayARelay() {
		assertThat(
				number("""
						with recursive walk (at) as (
						    select via_citation_id from citation where via_citation_id is not null
						    union all
						    select c.via_citation_id from walk w join citation c on c.id = w.at where c.via_citation_id is not null
						) cycle at set looped using path
						select count(*) from walk where looped
						"""))
			.isZero();
		assertThat(number("select count(*) from citation c join citation v on v.id = c.via_citation_id "
				+ "where v.via_citation_id is not null"))
			.isPositive();
	}

	@Test
	void partOfNeverLoops() {
		assertThat(number("select count(*) from proposal_relation where kind = 'PART_OF'")).isPositive();
		assertThat(number("""
				with recursive walk (at) as (
				    select related_proposal_id from proposal_relation where kind = 'PART_OF'
				    union all
				    select r.related_proposal_id from walk w join proposal_relation r on r.proposal_id = w.at
				    where r.kind = 'PART_OF'
				) cycle at set looped using path
				select count(*) from walk where looped
				""")).isZero();
	}

	@Test
	void everyRecordHasItsAuditTrailAndSomeWereRevised() {
		for (String kind : List.of("Proposal", "Round", "Position", "Citation", "Negotiation", "Party", "Person",
				"Source")) {
			String table = kind.toLowerCase();
			assertThat(number("select count(*) from " + table + " x where not exists (select 1 from audit_event e "
					+ "where e.entity_type = '" + kind + "' and e.entity_id = x.id::text and e.action = 'CREATE')"))
				.as(kind)
				.isZero();
		}
		assertThat(number("select count(*) from proposal where version = 2")).isBetween(20L, 90L);
		assertThat(number("""
				select count(*) from proposal p
				where p.version = 2 and p.status is distinct from (
				    select e.changes -> 'status' ->> 'to' from audit_event e
				    where e.entity_type = 'Proposal' and e.entity_id = p.id::text order by e.id desc limit 1)
				""")).isZero();
		assertThat(
				number("""
						select count(*) from audit_event e join proposal_point pp on e.entity_id = pp.id::text
						where e.entity_type = 'ProposalPoint' and (e.part_of_type, e.part_of_id) <> ('Proposal', pp.proposal_id::text)
						"""))
			.isZero();
	}

	@Test
	void aSmallShareOfTopicsPeopleAndRelationsCarryCitedClaimsSavedWithTheirRecord() {
		long topics = number("select count(*) from topic");
		assertThat(number("select count(distinct topic_id) from topic_claim")).isPositive().isLessThanOrEqualTo(topics);
		assertThat(number("select count(distinct person_id) from person_title")).isPositive()
			.isLessThan(number("select count(*) from person"));
		assertThat(number("select count(distinct relation_id) from proposal_relation_citation")).isPositive()
			.isLessThan(number("select count(*) from proposal_relation"));
		assertThat(number("select count(*) from topic_claim tc where not exists "
				+ "(select 1 from topic_claim_citation l where l.claim_id = tc.id)"))
			.isZero();
		for (String[] part : new String[][] { { "TopicClaim", "topic_claim", "Topic", "topic_id" },
				{ "PersonTitle", "person_title", "Person", "person_id" } }) {
			assertThat(number("select count(*) from " + part[1] + " x where not exists (select 1 from audit_event e "
					+ "where e.entity_type = '" + part[0] + "' and e.entity_id = x.id::text and e.part_of_type = '"
					+ part[2] + "' and e.part_of_id = x." + part[3] + "::text)"))
				.as(part[0])
				.isZero();
		}
	}

	@Test
	void everyTextIsSearchableInBothAlphabets() {
		for (String table : List.of("citation", "proposal", "round", "person", "proposal_point")) {
			assertThat(number("select count(*) from " + table + " where search_vector is null "
					+ "or search_vector = ''::tsvector"))
				.as(table)
				.isZero();
		}
		assertThat(number("select count(*) from position where coalesce(quote, condition, note) is not null "
				+ "and search_vector = ''::tsvector"))
			.isZero();
		long cyrillic = number("select count(*) from citation where headline ~ '[А-Яа-яІіЇїЄєҐґ]'");
		assertThat(cyrillic).isBetween(10_000 / 20L, 10_000 / 4L);
		assertThat(
				number("select count(*) from proposal where search_vector @@ websearch_to_tsquery('simple', 'Донбас')"))
			.isPositive();
		assertThat(number("select count(*) from citation where search_vector @@ websearch_to_tsquery('english', "
				+ "'ceasefire Donbas')"))
			.isPositive();
	}

	@Test
	void theDerivedTablesHoldWhatTheirTriggersWouldMake() {
		assertThat(jdbc.queryForList(DerivedTablesTests.NEW_SAVES))
			.isEqualTo(jdbc.queryForList(DerivedTablesTests.OLD_SAVES));
		assertThat(count("record_change")).isGreaterThan(count("citation"));
		String latest = """
				select distinct on (proposal_id, party_id) proposal_id, party_id, id, stated_on, stance from position
				order by proposal_id, party_id, stated_on desc, id desc""";
		assertThat(jdbc.queryForList(
				"select proposal_id, party_id, position_id as id, stated_on, stance from current_position order by 1, 2"))
			.isEqualTo(jdbc.queryForList(latest));
		String evidence = "select position_id, best_credibility::text, anonymous_only from %s order by position_id";
		assertThat(jdbc.queryForList(evidence.formatted("position_evidence")))
			.isEqualTo(jdbc.queryForList(evidence.formatted("position_evidence_of")));
		String summed = "select proposal_id, best_credibility::text, named, named_best_credibility::text from %s "
				+ "order by proposal_id";
		assertThat(jdbc.queryForList(summed.formatted("proposal_evidence")))
			.isEqualTo(jdbc.queryForList(summed.formatted("proposal_evidence_of")));
		assertThat(
				number("""
						select count(*) from current_position cur left join position_evidence e on e.position_id = cur.position_id
						where (cur.best_credibility, cur.anonymous_only) is distinct from (e.best_credibility, e.anonymous_only)
						"""))
			.isZero();
		for (String table : List.of("negotiation", "round", "proposal", "position", "source", "citation")) {
			assertThat(number("select row_count from record_count where table_name = '" + table + "'")).as(table)
				.isEqualTo(count(table));
		}
		assertThat(number("""
				select count(*) from proposal p full join proposal_activity a on a.proposal_id = p.id
				where a.changed_at is distinct from
				      greatest(p.updated_at, (select max(po.updated_at) from position po where po.proposal_id = p.id))
				""")).isZero();
		assertThat(number("select count(*) from proposal_activity")).isEqualTo(count("proposal"));
	}

	@Test
	void theTriggersAreEnabledAgain() {
		assertThat(number("select count(*) from pg_trigger where not tgisinternal and tgenabled <> 'O'")).isZero();
		assertThat(number("select count(*) from pg_trigger where not tgisinternal and tgname in ("
				+ DerivedTables.TRIGGERS.stream().map((t) -> "'" + t.get(1) + "'").collect(Collectors.joining(", "))
				+ ")"))
			.isEqualTo(DerivedTables.TRIGGERS.size());
	}

	@Test
	void loadingTwiceAddsNothing() {
		long citations = count("citation");
		long audit = count("audit_event");
		assertThatExceptionOfType(RecordAlreadyThereException.class)
			.isThrownBy(() -> new RecordGenerator(SCALE, (line) -> {
			}).generate(GeneratedRecord.dataSource()));
		assertThat(count("citation")).isEqualTo(citations);
		assertThat(count("audit_event")).isEqualTo(audit);
	}

	private static long count(String table) {
		return number("select count(*) from " + table);
	}

	private static long number(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
