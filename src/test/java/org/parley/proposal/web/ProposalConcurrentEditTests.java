package org.parley.proposal.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two editors save the same proposal at the same moment, with real commits. A lock held
 * on the proposal's row lets both saves pass the version check and queue for the row lock
 * the service takes before writing anything, so the loser meets the winner's commit in
 * the database itself (no deadlock over the points both insert): one wins, the other gets
 * the conflict page with their input, and nothing is lost.
 */
@ParleyApplicationTest
class ProposalConcurrentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Long proposalId;

	@AfterEach
	void cleanUp() {
		if (this.proposalId != null) {
			this.jdbc.update("delete from proposal where id = ?", this.proposalId);
		}
	}

	@Test
	void twoEditorsSavingTheSameProposalAtOnceOneWinsTheOtherGetsTheConflict() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Long negotiation = this.jdbc.queryForObject("select id from negotiation where slug = 'russia-ukraine'",
				Long.class);
		this.proposalId = this.jdbc.queryForObject(
				"insert into proposal (negotiation_id, slug, title) values (?, ?, ?) returning id", Long.class,
				negotiation, "concurrent-" + unique, "Concurrent plan " + unique);
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock
				.prepareStatement("select id from proposal where id = ? for no key update")) {
				select.setLong(1, this.proposalId);
				select.executeQuery().close();
			}
			String one = "Concurrent plan " + unique + " (one)";
			String two = "Concurrent plan " + unique + " (two)";
			Future<MockHttpServletResponse> first = editors
				.submit(() -> save("editor-one", negotiation, one, "Point by one."));
			Future<MockHttpServletResponse> second = editors
				.submit(() -> save("editor-two", negotiation, two, "Point by two."));
			awaitUpdatesWaitingOnTheLock(2);
			lock.rollback();
			List<MockHttpServletResponse> responses = List.of(first.get(), second.get());
			assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			MockHttpServletResponse loser = responses.stream().filter((r) -> r.getStatus() == 409).findFirst().get();
			String stored = this.jdbc.queryForObject("select title from proposal where id = ?", String.class,
					this.proposalId);
			boolean oneWon = stored.equals(one);
			String page = loser.getContentAsString();
			assertThat(page).contains("Someone else saved this meanwhile")
				.contains("value=\"" + (oneWon ? two : one) + "\"")
				.contains(oneWon ? "Point by two." : "Point by one.")
				.contains(stored)
				.contains("name=\"version\" value=\"1\"");
			assertThat(
					this.jdbc.queryForObject("select version from proposal where id = ?", Long.class, this.proposalId))
				.isEqualTo(1);
			// Only the winner's point was written.
			assertThat(this.jdbc.queryForList("select text from proposal_point where proposal_id = ?", String.class,
					this.proposalId))
				.containsExactly(oneWon ? "Point by one." : "Point by two.");
		}
		finally {
			editors.shutdownNow();
		}
	}

	private MockHttpServletResponse save(String editor, long negotiation, String title, String point) throws Exception {
		return this.mvc
			.perform(post("/proposals/{id}", this.proposalId).with(user(editor).roles("EDITOR"))
				.with(csrf())
				.param("version", "0")
				.param("negotiationId", "" + negotiation)
				.param("title", title)
				.param("status", "FLOATED")
				.param("disclosure", "REPORTED")
				.param("points[0].text", point))
			.andReturn()
			.getResponse();
	}

	private void awaitUpdatesWaitingOnTheLock(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Long waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity where datname = current_database() "
							+ "and wait_event_type = 'Lock' and query ilike 'select%from proposal%for %update%'",
					Long.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the two saves never queued for the proposal's row");
	}

}
