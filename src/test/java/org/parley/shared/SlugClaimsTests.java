package org.parley.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Eight editors creating a record with one title at the same moment, with real commits:
 * every save succeeds, each with a slug of its own (the title's, then numbered).
 */
@ParleyApplicationTest
class SlugClaimsTests {

	private static final int EDITORS = 8;

	private final String title = "Simultaneous " + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void cleanUp() {
		this.jdbc.update("delete from party where name = ?", this.title);
		this.jdbc.update("delete from person where full_name = ?", this.title);
		this.jdbc.update("delete from proposal where title = ?", this.title);
	}

	@Test
	void partiesWithOneNameSavedAtOnceAllGetTheirOwnSlug() throws Exception {
		assertThat(statuses(() -> post("/parties").param("name", this.title).param("kind", "STATE"))).containsOnly(302);
		assertDistinctSlugs("select slug from party where name = ?");
	}

	@Test
	void peopleWithOneNameSavedAtOnceAllGetTheirOwnSlug() throws Exception {
		assertThat(statuses(() -> post("/people").param("fullName", this.title))).containsOnly(302);
		assertDistinctSlugs("select slug from person where full_name = ?");
	}

	@Test
	void proposalsWithOneTitleSentAtOnceThroughTheApiAllGetTheirOwnSlug() throws Exception {
		long negotiation = this.jdbc.queryForObject("select id from negotiation where slug = 'russia-ukraine'",
				Long.class);
		assertThat(statuses(() -> post("/api/v1/proposals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"negotiation_id\": " + negotiation + ", \"title\": \"" + this.title + "\"}")))
			.containsOnly(201);
		assertDistinctSlugs("select slug from proposal where title = ?");
	}

	private List<Integer> statuses(
			Callable<org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> call)
			throws Exception {
		ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<MockHttpServletResponse>> saves = new ArrayList<>();
			for (int i = 0; i < EDITORS; i++) {
				RequestBuilder request = call.call().with(user("editor-" + i).roles("EDITOR")).with(csrf());
				saves.add(editors.submit(() -> {
					start.await();
					return this.mvc.perform(request).andReturn().getResponse();
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> save : saves) {
				statuses.add(save.get().getStatus());
			}
			return statuses;
		}
		finally {
			editors.shutdownNow();
		}
	}

	private void assertDistinctSlugs(String sql) {
		List<String> slugs = this.jdbc.queryForList(sql, String.class, this.title);
		assertThat(slugs).hasSize(EDITORS).doesNotHaveDuplicates().contains(Slugs.of(this.title, "x"));
	}

}
