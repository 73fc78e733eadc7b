package org.parley.round.web;

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
 * Two editors save the same round at the same moment, with real commits, each retitling
 * it and adding a different party. A lock held on the round's row lets both saves pass
 * the version check and reach their UPDATE before either commits, so the loser meets the
 * winner's commit in the database itself: one wins, the other gets the conflict page with
 * their input, and nothing is lost.
 */
@ParleyApplicationTest
class RoundConcurrentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Long roundId;

	@AfterEach
	void cleanUp() {
		if (this.roundId != null) {
			this.jdbc.update("delete from round where id = ?", this.roundId);
		}
	}

	@Test
	void twoEditorsSavingTheSameRoundAtOnceOneWinsTheOtherGetsTheConflict() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.roundId = this.jdbc.queryForObject("insert into round (negotiation_id, slug, title, starts_on, format) "
				+ "select id, ?, 'Concurrent talks', date '2026-03-01', 'BILATERAL' from negotiation "
				+ "where slug = 'russia-ukraine' returning id", Long.class, "concurrent-" + unique);
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock.prepareStatement("select id from round where id = ? for update")) {
				select.setLong(1, this.roundId);
				select.executeQuery().close();
			}
			Future<MockHttpServletResponse> first = editors
				.submit(() -> save("editor-one", "Concurrent talks (one)", "ukraine"));
			Future<MockHttpServletResponse> second = editors
				.submit(() -> save("editor-two", "Concurrent talks (two)", "russia"));
			awaitUpdatesWaitingOnTheLock(2);
			lock.rollback();
			List<MockHttpServletResponse> responses = List.of(first.get(), second.get());
			assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			MockHttpServletResponse loser = responses.stream().filter((r) -> r.getStatus() == 409).findFirst().get();
			String stored = this.jdbc.queryForObject("select title from round where id = ?", String.class,
					this.roundId);
			boolean oneWon = stored.equals("Concurrent talks (one)");
			String lost = oneWon ? "Concurrent talks (two)" : "Concurrent talks (one)";
			String page = loser.getContentAsString();
			long version = this.jdbc.queryForObject("select version from round where id = ?", Long.class, this.roundId);
			assertThat(page).contains("Someone else saved this meanwhile")
				.contains("value=\"" + lost + "\"")
				.contains(stored)
				.contains("name=\"version\" value=\"" + version + "\"");
			assertThat(version).isPositive();
			assertThat(this.jdbc.queryForList(
					"select p.slug from round_party rp join party p on p.id = rp.party_id where rp.round_id = ?",
					String.class, this.roundId))
				.containsExactly(oneWon ? "ukraine" : "russia");
		}
		finally {
			editors.shutdownNow();
		}
	}

	private MockHttpServletResponse save(String editor, String title, String partySlug) throws Exception {
		return this.mvc
			.perform(post("/rounds/{id}", this.roundId).with(user(editor).roles("EDITOR"))
				.with(csrf())
				.param("version", "0")
				.param("negotiationId",
						String.valueOf(this.jdbc
							.queryForObject("select id from negotiation where slug = 'russia-ukraine'", Long.class)))
				.param("title", title)
				.param("startsOn", "2026-03-01")
				.param("format", "BILATERAL")
				.param("outcome", "UNKNOWN")
				.param("partyIds", String
					.valueOf(this.jdbc.queryForObject("select id from party where slug = ?", Long.class, partySlug))))
			.andReturn()
			.getResponse();
	}

	private void awaitUpdatesWaitingOnTheLock(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			// A save renaming the round first claims its slug (SlugClaims), so the second
			// one may wait there, behind the first, rather than at its UPDATE.
			Long waiting = this.jdbc.queryForObject(
					"select count(*) from pg_stat_activity "
							+ "where datname = current_database() and wait_event_type = 'Lock' "
							+ "and (query ilike 'update round%' or query ilike 'select pg_advisory_xact_lock%')",
					Long.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the two saves never reached their UPDATE");
	}

}
