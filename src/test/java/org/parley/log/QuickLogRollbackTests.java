package org.parley.log;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.log.QuickLogEntry.DelegateItem;
import org.parley.log.QuickLogEntry.PositionItem;
import org.parley.log.QuickLogEntry.ProposalItem;
import org.parley.log.QuickLogEntry.Report;
import org.parley.log.QuickLogEntry.RoundPart;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A quick log that fails part-way writes nothing: the new source, the citation, the
 * round, its delegates (a new person among them), the proposals and the positions written
 * before the failure (each step is flushed to the database as it is made) all roll back
 * with their audit entries. Real commits, so not {@code @Transactional}: a log that
 * succeeded would stay, and none here does.
 */
@ParleyApplicationTest
@WithMockUser(username = "log-rollback-editor", roles = "EDITOR")
class QuickLogRollbackTests {

	@Autowired
	QuickLog quickLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRuleBrokenOnTheLastPositionRowRollsBackEverythingWrittenBeforeIt() {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		// A conditional stance without its condition: only the record itself refuses it,
		// after the source, citation, round, proposals and two positions were flushed.
		QuickLogEntry entry = entry("Rollback talks", "All-for-all prisoner exchange", new PositionItem(2,
				party("russia"), 1, null, Stance.CONDITIONAL, null, null, null, null, null, null, null));
		assertThatIllegalArgumentException().isThrownBy(() -> this.quickLog.record(entry))
			.withMessageContaining("condition");
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from source where slug = 'rollback-wire'", Long.class))
			.isZero();
	}

	@Test
	void aValueOnlyTheDatabaseRefusesOnTheLastProposalRowRollsBackEverything() {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		// Longer than the column: the form would say so, the service does not check it,
		// the
		// database refuses it after the source, citation, round and first proposal.
		QuickLogEntry entry = entry("Rollback talks", "x".repeat(301), new PositionItem(2, party("russia"), 1, null,
				Stance.SUPPORTS, null, null, null, null, null, null, null));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.quickLog.record(entry));
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aPartyDeletedBeforeTheSaveIsRefusedForItsRowAndNothingIsWritten() {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		QuickLogEntry entry = entry("Rollback talks", "All-for-all prisoner exchange",
				new PositionItem(2, 987654321L, 1, null, Stance.SUPPORTS, null, null, null, null, null, null, null));
		assertThatExceptionOfType(QuickLogRejectedException.class).isThrownBy(() -> this.quickLog.record(entry))
			.satisfies((ex) -> assertThat(ex.getProblems()).containsExactly(
					new QuickLogRejectedException.Problem("positions[2].partyId", "log.form.party.unknown")));
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
	}

	/** A log proposing a new source, with two new proposals and three positions. */
	private QuickLogEntry entry(String title, String secondProposal, PositionItem last) {
		return new QuickLogEntry(
				new Report(null, "Rollback Wire", "https://example.org/rollback", "Rollback", LocalDate.of(2026, 3, 6),
						null, 3, false, null, null),
				new RoundPart(negotiation(), title, "Doha", LocalDate.of(2026, 3, 4), null, RoundFormat.TRILATERAL,
						RoundOutcome.UNKNOWN, party("united-states"), List.of(party("ukraine"), party("russia")),
						Map.of(), null),
				List.of(new ProposalItem(0, null, "Rollback ceasefire", null, ProposalStatus.FLOATED,
						party("united-states"), List.of()),
						new ProposalItem(1, null, secondProposal, null, ProposalStatus.TABLED, null, List.of())),
				List.of(new PositionItem(0, party("ukraine"), 0, null, Stance.OPEN, null, null, null, null, null, null,
						null),
						new PositionItem(1, party("russia"), 0, null, Stance.OPPOSES, null, null, null, "No.", null,
								null, null),
						last),
				List.of(new DelegateItem(0, null, "Rollback Delegate", party("ukraine"), "envoy"), new DelegateItem(1,
						Long.parseLong(QuickLogPage.id(this.jdbc, "person", "yuri-ushakov")), null, null, null)));
	}

	private long negotiation() {
		return Long.parseLong(QuickLogPage.id(this.jdbc, "negotiation", "russia-ukraine"));
	}

	private long party(String slug) {
		return Long.parseLong(QuickLogPage.id(this.jdbc, "party", slug));
	}

}
