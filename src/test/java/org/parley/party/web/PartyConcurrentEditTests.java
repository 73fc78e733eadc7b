package org.parley.party.web;

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
 * Two editors save the same party at the same moment, with real commits. A lock held on
 * the party's row lets both saves pass the version check and reach their UPDATE before
 * either commits, so the loser meets the winner's commit in the database itself: one
 * wins, the other gets the conflict page with their input, and nothing is lost.
 */
@ParleyApplicationTest
class PartyConcurrentEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	Long partyId;

	@AfterEach
	void cleanUp() {
		if (this.partyId != null) {
			this.jdbc.update("delete from party where id = ?", this.partyId);
		}
	}

	@Test
	void twoEditorsSavingTheSamePartyAtOnceOneWinsTheOtherGetsTheConflict() throws Exception {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		this.partyId = this.jdbc.queryForObject(
				"insert into party (slug, name, kind) values (?, ?, 'STATE') returning id", Long.class,
				"concurrent-" + unique, "Concurrent Land");
		ExecutorService editors = Executors.newFixedThreadPool(2);
		try (Connection lock = this.dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement select = lock.prepareStatement("select id from party where id = ? for update")) {
				select.setLong(1, this.partyId);
				select.executeQuery().close();
			}
			Future<MockHttpServletResponse> first = editors.submit(() -> save("editor-one", "Concurrent Land (one)"));
			Future<MockHttpServletResponse> second = editors.submit(() -> save("editor-two", "Concurrent Land (two)"));
			awaitUpdatesWaitingOnTheLock(2);
			lock.rollback();
			List<MockHttpServletResponse> responses = List.of(first.get(), second.get());
			assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(302, 409);
			MockHttpServletResponse loser = responses.stream().filter((r) -> r.getStatus() == 409).findFirst().get();
			String stored = this.jdbc.queryForObject("select name from party where id = ?", String.class, this.partyId);
			String lost = stored.equals("Concurrent Land (one)") ? "Concurrent Land (two)" : "Concurrent Land (one)";
			String page = loser.getContentAsString();
			assertThat(page).contains("Someone else saved this meanwhile")
				.contains("value=\"" + lost + "\"")
				.contains(stored)
				.contains("name=\"version\" value=\"1\"");
			assertThat(this.jdbc.queryForObject("select version from party where id = ?", Long.class, this.partyId))
				.isEqualTo(1);
		}
		finally {
			editors.shutdownNow();
		}
	}

	private MockHttpServletResponse save(String editor, String name) throws Exception {
		return this.mvc
			.perform(post("/parties/{id}", this.partyId).with(user(editor).roles("EDITOR"))
				.with(csrf())
				.param("version", "0")
				.param("name", name)
				.param("kind", "STATE"))
			.andReturn()
			.getResponse();
	}

	private void awaitUpdatesWaitingOnTheLock(int count) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(deadline)) {
			Long waiting = this.jdbc.queryForObject("select count(*) from pg_stat_activity "
					+ "where datname = current_database() and wait_event_type = 'Lock' and query ilike 'update party%'",
					Long.class);
			if (waiting != null && waiting >= count) {
				return;
			}
			Thread.sleep(20);
		}
		throw new AssertionError("the two saves never reached their UPDATE");
	}

}
