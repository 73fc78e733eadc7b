package org.parley.web;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Text left in a picker's search box with nothing chosen is refused next to the field on
 * the server too (the script says so first), whichever form and row it is in; text with a
 * choice made, or an empty box, saves as before.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "picker-editor", roles = "EDITOR")
class PickerSearchTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anOptionalPickerWithTextTypedAndNothingChosenIsRefusedNextToIt() throws Exception {
		this.mvc
			.perform(post("/people").with(csrf())
				.param("fullName", "Typed But Not Chosen")
				.param("partyId", "")
				.param("typed.partyId", "United States"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"You typed “United States” here but chose nothing: choose one of the matches below, or clear the box.")))
			.andExpect(content().string(containsString("value=\"United States\"")));
		assertThat(people("Typed But Not Chosen")).isZero();
	}

	@Test
	void aChoiceMadeOrAnEmptyBoxSaves() throws Exception {
		long usa = this.jdbc.queryForObject("select id from party where slug = 'united-states'", Long.class);
		this.mvc
			.perform(post("/people").with(csrf())
				.param("fullName", "Typed And Chosen")
				.param("partyId", "" + usa)
				.param("typed.partyId", "United States"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/people").with(csrf())
				.param("fullName", "Nothing Typed")
				.param("partyId", "")
				.param("typed.partyId", "  "))
			.andExpect(status().is3xxRedirection());
		assertThat(people("Typed And Chosen") + people("Nothing Typed")).isEqualTo(2);
	}

	@Test
	void aFormCheckedByHandIsCheckedToo() throws Exception {
		this.mvc
			.perform(post("/rounds").with(csrf())
				.param("title", "Typed mediator talks")
				.param("startsOn", "2026-03-01")
				.param("format", "BILATERAL")
				.param("outcome", "UNKNOWN")
				.param("mediatorId", "")
				.param("typed.mediatorId", "Qatar of nowhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You typed “Qatar of nowhere” here but chose nothing")));
	}

	@Test
	void aRowsPickerIsCheckedToo() throws Exception {
		long proposal = this.jdbc.queryForObject("select min(id) from proposal", Long.class);
		this.mvc
			.perform(post("/citations").with(csrf())
				.param("sourceId", "")
				.param("typed.sourceId", "Reuters of nowhere")
				.param("citedKind", "PROPOSAL")
				.param("citedId", "" + proposal)
				.param("bearing", "SUPPORTS")
				.param("credibility", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You typed “Reuters of nowhere” here but chose nothing")));
	}

	private long people(String name) {
		return this.jdbc.queryForObject("select count(*) from person where full_name = ?", Long.class, name);
	}

}
