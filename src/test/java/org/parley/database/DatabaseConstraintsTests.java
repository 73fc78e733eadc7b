package org.parley.database;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database refuses bad data on its own, whatever code writes to it. Each case names
 * the constraint that must catch it.
 */
@PostgresDataJpaTest
class DatabaseConstraintsTests {

	@Autowired
	JdbcTemplate jdbc;

	long negotiation;

	long party;

	long proposal;

	long source;

	@BeforeEach
	void someRecords() {
		this.negotiation = insert(
				"insert into negotiation (slug, title) values ('constraint-test', 'Talks') returning id");
		this.party = insert(
				"insert into party (slug, name, kind) values ('constraint-party', 'Party', 'STATE') returning id");
		this.proposal = insert("insert into proposal (negotiation_id, slug, title) values (" + this.negotiation
				+ ", 'idea', 'An idea') returning id");
		this.source = insert(
				"insert into source (slug, name, kind) values ('constraint-source', 'Source', 'MEDIA') returning id");
	}

	@Test
	void aPositionNeedsAParty() {
		assertRefused("insert into position (proposal_id, stated_on, stance) values (" + this.proposal
				+ ", date '2026-02-18', 'SUPPORTS')", "party_id");
	}

	@Test
	void aPositionNeedsAKnownStance() {
		assertRefused(positionWithStance("'MAYBE'", "null"), "position_stance_ck");
	}

	@Test
	void aConditionalPositionRecordsItsCondition() {
		assertRefused(positionWithStance("'CONDITIONAL'", "null"), "position_condition_recorded_ck");
		assertThatCode(() -> this.jdbc.update(positionWithStance("'CONDITIONAL'", "'if police may patrol'")))
			.doesNotThrowAnyException();
	}

	@Test
	void credibilityRunsFromOneToSix() {
		assertRefused("insert into citation (source_id, credibility) values (" + this.source + ", 9)",
				"citation_credibility_ck");
		assertRefused("insert into citation (source_id, credibility) values (" + this.source + ", 0)",
				"citation_credibility_ck");
	}

	@Test
	void reliabilityRunsFromAToF() {
		assertRefused("insert into source (slug, name, kind, reliability) values ('g', 'G', 'MEDIA', 'G')",
				"source_reliability_ck");
	}

	@Test
	void slugsAreUnique() {
		assertRefused("insert into negotiation (slug, title) values ('constraint-test', 'Other talks')",
				"negotiation_slug_uk");
		assertRefused("insert into proposal (negotiation_id, slug, title) values (" + this.negotiation
				+ ", 'idea', 'Same slug')", "proposal_slug_uk");
	}

	@Test
	void aRoundDoesNotEndBeforeItStarts() {
		assertRefused(
				"insert into round (negotiation_id, slug, title, starts_on, ends_on, format) values ("
						+ this.negotiation + ", 'r', 'Round', date '2026-02-18', date '2026-02-17', 'TRILATERAL')",
				"round_dates_ck");
	}

	@Test
	void aProposalIsNotRelatedToItself() {
		assertRefused("insert into proposal_relation (proposal_id, related_proposal_id, kind) values (" + this.proposal
				+ ", " + this.proposal + ", 'PART_OF')", "proposal_relation_not_to_itself_ck");
	}

	@Test
	void aCitationLinkEitherSupportsOrDisputes() {
		long citation = insert(
				"insert into citation (source_id, credibility) values (" + this.source + ", 2) returning id");
		assertRefused("insert into proposal_citation (proposal_id, citation_id, bearing) values (" + this.proposal
				+ ", " + citation + ", 'MAYBE')", "proposal_citation_bearing_ck");
	}

	private String positionWithStance(String stance, String condition) {
		return "insert into position (proposal_id, party_id, stated_on, stance, condition) values (" + this.proposal
				+ ", " + this.party + ", date '2026-02-18', " + stance + ", " + condition + ")";
	}

	private long insert(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private void assertRefused(String sql, String constraint) {
		// A savepoint keeps the test's transaction usable after PostgreSQL refuses a
		// statement.
		this.jdbc.execute("savepoint before_refusal");
		assertThatThrownBy(() -> this.jdbc.update(sql)).isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining(constraint);
		this.jdbc.execute("rollback to savepoint before_refusal");
	}

}
