package org.parley.position.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * Two editors correct the same position at the same moment, with real commits: one wins,
 * the other gets the conflict page with their input, and nothing is lost (see
 * PartyConcurrentEditTests for how the lock makes both reach their UPDATE).
 */
@ParleyApplicationTest
class PositionConcurrentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Long positionId;

	@AfterEach
	void cleanUp() {
		if (this.positionId != null) {
			this.jdbc.update("delete from position where id = ?", this.positionId);
		}
	}

	@Test
	void twoEditorsCorrectingTheSamePositionAtOnceOneWinsTheOtherGetsTheConflict() throws Exception {
		this.positionId = this.jdbc.queryForObject(
				"insert into position (proposal_id, party_id, stated_on, stance) "
						+ "select pr.id, pa.id, date '2026-02-01', 'OPEN' from proposal pr, party pa "
						+ "where pr.slug = 'joint-civilian-administration' and pa.slug = 'ukraine' returning id",
				Long.class);
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock.prepareStatement("select id from position where id = ? for update")) {
				select.setLong(1, this.positionId);
				select.executeQuery().close();
			}
			Future<MockHttpServletResponse> first = editors.submit(() -> save("editor-one", "Quote one"));
			Future<MockHttpServletResponse> second = editors.submit(() -> save("editor-two", "Quote two"));
			awaitUpdatesWaitingOnTheLock(2);
			lock.rollback();
			List<MockHttpServletResponse> responses = List.of(first.get(), second.get());
			assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			MockHttpServletResponse loser = responses.stream().filter((r) -> r.getStatus() == 409).findFirst().get();
			String stored = this.jdbc.queryForObject("select quote from position where id = ?", String.class,
					this.positionId);
			String lost = stored.equals("Quote one") ? "Quote two" : "Quote one";
			assertThat(loser.getContentAsString()).contains("Someone else saved this meanwhile")
				.contains(lost)
				.contains(stored)
				.contains("name=\"version\" value=\"1\"");
			assertThat(
					this.jdbc.queryForObject("select version from position where id = ?", Long.class, this.positionId))
				.isEqualTo(1);
		}
		finally {
			editors.shutdownNow();
		}
	}

	private MockHttpServletResponse save(String editor, String quote) throws Exception {
		return this.mvc
			.perform(post("/positions/{id}", this.positionId).with(user(editor).roles("EDITOR"))
				.with(csrf())
				.param("version", "0")
				.param("proposalId", id("proposal", "joint-civilian-administration"))
				.param("partyId", id("party", "ukraine"))
				.param("statedOn", "2026-02-01")
				.param("precision", "DAY")
				.param("stance", "OPEN")
				.param("quote", quote))
			.andReturn()
			.getResponse();
	}

	private String id(String table, String slug) {
		return this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug).toString();
	}

	private void awaitUpdatesWaitingOnTheLock(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Long waiting = this.jdbc.queryForObject("select count(*) from pg_stat_activity "
					+ "where datname = current_database() and wait_event_type = 'Lock' and query ilike 'update position%'",
					Long.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the two saves never reached their UPDATE");
	}

}
