package org.parley.security;

import org.junit.jupiter.api.Test;
import org.parley.test.PublicReadApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** With public reading on, strangers read pages without making a session row. */
@PublicReadApplicationTest
class PublicReadSessionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void strangersReadingMakeNoSessionRows() throws Exception {
		long since = this.jdbc.queryForObject("select (extract(epoch from clock_timestamp()) * 1000)::bigint - 1",
				Long.class);
		for (int i = 0; i < 50; i++) {
			this.mvc.perform(get("/")).andExpect(status().isOk());
			this.mvc.perform(get("/proposals")).andExpect(status().isOk());
			this.mvc.perform(get("/sources")).andExpect(status().isOk());
		}
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?",
				Integer.class, since))
			.isZero();
	}

}
