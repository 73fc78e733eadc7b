package org.parley.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every editor form shares: a day that does not exist is said to be one, next to its
 * field and with the typed text kept; a row beyond the form's limit, or a field path it
 * does not have, is a 400 page naming the limit.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "advice-editor", roles = "EDITOR")
class EditorFormAdviceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aDayThatDoesNotExistIsSaidToBeOneOnEveryForm() throws Exception {
		for (Map.Entry<String, String> form : Map
			.of("/log", "round.startsOn", "/rounds", "startsOn", "/proposals", "firstReportedOn", "/citations",
					"publishedOn")
			.entrySet()) {
			String page = this.mvc.perform(send(post(form.getKey()), form.getValue(), "2026-02-30"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(form.getKey())
				.contains("There is no such day as 2026-02-30: check the day and the month.")
				.contains("value=\"2026-02-30\"")
				.doesNotContain("There is no such day as 2026-02-28");
		}
	}

	@Test
	void aDateWrittenTheWrongWayStillSaysHowToWriteIt() throws Exception {
		String page = this.mvc.perform(send(post("/log"), "round.startsOn", "30.02.2026"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Enter the date as YYYY-MM-DD").doesNotContain("There is no such day");
	}

	@Test
	void aRowBeyondTheFormsLimitIsABadRequestNamingTheLimit() throws Exception {
		assertThat(refused(send(post("/rounds"), "delegates[100].personId", "1"))).contains("at most 100 rows");
		assertThat(refused(send(post("/log"), "positions[40].partyId", "1"))).contains("at most 40 rows");
		assertThat(refused(send(post("/proposals"), "points[x].text", "a"))).contains("at most 200 rows");
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder send(MockHttpServletRequestBuilder request, String field,
			String value) {
		return request.with(csrf()).param(field, value);
	}

}
