package org.parley.generator;

import org.junit.jupiter.api.Test;
import org.parley.test.GeneratedRecordTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application serves the generated record as its own: a revised proposal's history
 * rebuilt from the generated audit trail, and the list of changes. Shows how a test runs
 * on the generated record and counts the statements a page sends.
 */
@GeneratedRecordTest
@WithMockUser(roles = "ANALYST")
class GeneratedRecordPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRevisedProposalsHistoryShowsEachVersion() throws Exception {
		long id = this.jdbc.queryForObject("select min(id) from proposal where version = 2", Long.class);
		String title = this.jdbc.queryForObject("select title from proposal where id = ?", String.class, id);
		SqlStatements.reset();
		this.mvc.perform(get("/proposals/{id}/history", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("UNDER_DISCUSSION")));
		assertThat(SqlStatements.count()).isPositive();
	}

	@Test
	void theChangesListShowsTheGeneratedEditors() throws Exception {
		this.mvc.perform(get("/changes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/history")));
	}

	@Test
	void theRecordIsTheGeneratedOneNotGeneva() {
		assertThat(this.jdbc.queryForObject("select count(*) from citation", Long.class)).isEqualTo(10_000);
	}

}
