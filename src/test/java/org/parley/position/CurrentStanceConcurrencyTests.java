package org.parley.position;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors recording a stance for the same party on the same proposal at the same
 * moment: whichever commits first, the current stance is the later-dated statement, not
 * the one saved last.
 */
@PostgresDataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CurrentStanceConcurrencyTests {

	private static final LocalDate EARLIER = LocalDate.of(2026, 2, 10);

	private static final LocalDate LATER = LocalDate.of(2026, 2, 18);

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private long proposal;

	private long party;

	@BeforeEach
	void aProposalAndAParty() {
		long negotiation = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('race-test', 'Raced talks') returning id", Long.class);
		this.proposal = this.jdbc.queryForObject(
				"insert into proposal (negotiation_id, slug, title) values (?, 'raced', 'Raced') returning id",
				Long.class, negotiation);
		this.party = this.jdbc.queryForObject(
				"insert into party (slug, name, kind) values ('race-party', 'Racer', 'STATE') returning id",
				Long.class);
	}

	@AfterEach
	void removeThem() {
		this.jdbc.update("delete from position where proposal_id = ?", this.proposal);
		this.jdbc.update("delete from proposal where id = ?", this.proposal);
		this.jdbc.update("delete from party where id = ?", this.party);
		this.jdbc.update("delete from negotiation where slug = 'race-test'");
	}

	@Test
	void theLaterStatementWinsWhenItCommitsFirst() throws Exception {
		long later = race(LATER, EARLIER)[0];
		assertThat(current()).isEqualTo(later);
	}

	@Test
	void theLaterStatementWinsWhenItCommitsSecond() throws Exception {
		long later = race(EARLIER, LATER)[1];
		assertThat(current()).isEqualTo(later);
	}

	/**
	 * The first statement is saved and held uncommitted while the second is saved (and
	 * waits for the first's lock on the current stance); then both commit.
	 * @return the ids of the first and second positions
	 */
	private long[] race(LocalDate first, LocalDate second) throws Exception {
		CountDownLatch firstSaved = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		CompletableFuture<Long> one = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
			long id = insert(first);
			firstSaved.countDown();
			await(secondStarted);
			sleep();
			return id;
		}));
		await(firstSaved);
		CompletableFuture<Long> two = CompletableFuture.supplyAsync(() -> inTransaction(() -> {
			secondStarted.countDown();
			return insert(second);
		}));
		return new long[] { one.get(30, TimeUnit.SECONDS), two.get(30, TimeUnit.SECONDS) };
	}

	private long insert(LocalDate statedOn) {
		return this.jdbc.queryForObject("insert into position (proposal_id, party_id, stated_on, stance) "
				+ "values (?, ?, ?, 'OPEN') returning id", Long.class, this.proposal, this.party, statedOn);
	}

	private long current() {
		return this.jdbc.queryForObject(
				"select position_id from current_position where proposal_id = ? and party_id = ?", Long.class,
				this.proposal, this.party);
	}

	private long inTransaction(java.util.function.Supplier<Long> work) {
		return new TransactionTemplate(this.transactions).execute((status) -> work.get());
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	// Long enough for the second save to reach the lock the first one holds.
	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
