package org.parley.position;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The current stance kept by the database ({@code current_position}) and the stance as of
 * a date ({@link StanceReader}) give the answers of the old definition, recomputed over
 * every position, after any mix of new statements, corrections (of date, stance, party or
 * proposal) and deletions.
 */
@PostgresDataJpaTest
@Import(StanceReader.class)
public class CurrentStanceTests {

	/** The old definition: for each pair the latest position stated by a date. */
	public static final String OLD_AS_OF = """
			select distinct on (po.proposal_id, po.party_id) po.proposal_id, po.party_id, po.id
			from position po
			where po.proposal_id = any(?) and po.stated_on <= ?
			order by po.proposal_id, po.party_id, po.stated_on desc, po.id desc
			""";

	private static final String[] STANCES = { "SUPPORTS", "OPEN", "UNCLEAR", "OPPOSES", "REJECTS" };

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StanceReader stances;

	private Long[] proposals;

	private Long[] parties;

	private final Random random = new Random(20260218);

	@BeforeEach
	void proposalsAndParties() {
		long negotiation = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('stance-test', 'Stance talks') returning id",
				Long.class);
		this.proposals = this.jdbc
			.queryForList("insert into proposal (negotiation_id, slug, title) select ?, 'idea-' || g, 'Idea ' || g "
					+ "from generate_series(1, 6) g returning id", Long.class, negotiation)
			.toArray(Long[]::new);
		this.parties = this.jdbc
			.queryForList("insert into party (slug, name, kind) select 'stance-party-' || g, 'Party ' || g, 'STATE' "
					+ "from generate_series(1, 4) g returning id", Long.class)
			.toArray(Long[]::new);
	}

	@Test
	void newStatementsCorrectionsAndDeletionsKeepTheCurrentStance() {
		for (int step = 0; step < 400; step++) {
			change(this.random.nextInt(10));
			if (step % 50 == 0) {
				assertCurrentMatchesOldDefinition();
			}
		}
		assertCurrentMatchesOldDefinition();
	}

	@Test
	void manyStatementsInOneInsertKeepTheLatestOfEachPair() {
		this.jdbc.update("""
				insert into position (proposal_id, party_id, stated_on, stance)
				select p, q, date '2026-01-01' + (g * 7919 % 300), 'OPEN'
				from unnest(?::bigint[]) p, unnest(?::bigint[]) q, generate_series(1, 30) g
				""", this.proposals, this.parties);
		assertCurrentMatchesOldDefinition();
	}

	@Test
	void theStanceAsOfADateIsTheOldDefinitionsForEveryDateSampled() {
		for (int step = 0; step < 200; step++) {
			change(this.random.nextInt(10));
		}
		for (int day = 0; day < 400; day += 13) {
			LocalDate asOf = LocalDate.of(2025, 12, 1).plusDays(day);
			Map<List<Long>, Long> expected = oldAsOf(asOf);
			Map<List<Long>, Long> actual = new java.util.HashMap<>();
			this.stances.asOf(List.of(this.proposals), asOf)
				.forEach((view) -> actual.put(List.of(view.proposalId(), view.partyId()), view.positionId()));
			assertThat(actual).as("as of %s", asOf).isEqualTo(expected);
		}
	}

	@Test
	void theCurrentStanceReadsTheLatestPositionWithItsSpeakerAndQuote() {
		insertPosition(this.proposals[0], this.parties[0], LocalDate.of(2026, 2, 17), "OPEN");
		long latest = insertPosition(this.proposals[0], this.parties[0], LocalDate.of(2026, 2, 18), "REJECTS");
		this.jdbc.update("update position set quote = 'Unacceptable' where id = ?", latest);
		List<StanceView> current = this.stances.current(List.of(this.proposals[0]));
		assertThat(current).singleElement().satisfies((view) -> {
			assertThat(view.positionId()).isEqualTo(latest);
			assertThat(view.stance()).isEqualTo(Stance.REJECTS);
			assertThat(view.partyName()).isEqualTo("Party 1");
			assertThat(view.quote()).isEqualTo("Unacceptable");
			assertThat(view.statedOn()).isEqualTo(LocalDate.of(2026, 2, 18));
		});
		this.jdbc.update("delete from position where id = ?", latest);
		assertThat(this.stances.current(List.of(this.proposals[0]))).singleElement()
			.satisfies((view) -> assertThat(view.stance()).isEqualTo(Stance.OPEN));
	}

	private void change(int kind) {
		Long id = this.jdbc.query("select id from position where proposal_id = any(?) order by random() limit 1",
				(rs) -> rs.next() ? rs.getLong(1) : null, (Object) this.proposals);
		if (id == null || kind < 5) {
			insertPosition(pick(this.proposals), pick(this.parties), randomDay(), pick(STANCES));
		}
		else if (kind == 5) {
			this.jdbc.update("update position set stated_on = ? where id = ?", randomDay(), id);
		}
		else if (kind == 6) {
			this.jdbc.update("update position set stance = ? where id = ?", pick(STANCES), id);
		}
		else if (kind == 7) {
			this.jdbc.update("update position set party_id = ?, proposal_id = ? where id = ?", pick(this.parties),
					pick(this.proposals), id);
		}
		else {
			this.jdbc.update("delete from position where id = ?", id);
		}
	}

	private long insertPosition(long proposal, long party, LocalDate statedOn, String stance) {
		return this.jdbc.queryForObject(
				"insert into position (proposal_id, party_id, stated_on, stance) values (?, ?, ?, ?) returning id",
				Long.class, proposal, party, statedOn, stance);
	}

	private void assertCurrentMatchesOldDefinition() {
		Map<List<Long>, Long> current = new java.util.HashMap<>();
		this.jdbc.query("select proposal_id, party_id, position_id from current_position where proposal_id = any(?)",
				(rs) -> {
					current.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
				}, (Object) this.proposals);
		assertThat(current).isEqualTo(oldAsOf(LocalDate.of(9999, 12, 31)));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from current_position c join position p on p.id = c.position_id
				where c.proposal_id = any(?)
				  and (c.stance, c.stated_on, c.party_id, c.proposal_id) is distinct from
				      (p.stance, p.stated_on, p.party_id, p.proposal_id)
				""", Long.class, (Object) this.proposals)).isZero();
	}

	private Map<List<Long>, Long> oldAsOf(LocalDate asOf) {
		Map<List<Long>, Long> latest = new java.util.HashMap<>();
		this.jdbc.query(OLD_AS_OF, (rs) -> {
			latest.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3));
		}, this.proposals, asOf);
		return latest;
	}

	private LocalDate randomDay() {
		return LocalDate.of(2026, 1, 1).plusDays(this.random.nextInt(60));
	}

	private <T> T pick(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

}
