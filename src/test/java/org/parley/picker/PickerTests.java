package org.parley.picker;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Finding what to pick in a form by typing part of its name, on the Geneva record. */
@ParleyApplicationTest
@WithMockUser(username = "picker-editor", roles = "EDITOR")
class PickerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Picker picker;

	@Test
	void aRowHoldingAChoiceOffersAShortListWholeAndALongOneNarrowed() {
		List<PickOption> few = java.util.stream.LongStream.rangeClosed(1, 3)
			.mapToObj((id) -> new PickOption(id, "Party " + id))
			.toList();
		List<PickOption> many = java.util.stream.LongStream.rangeClosed(1, 30)
			.mapToObj((id) -> new PickOption(id, "Person " + id))
			.toList();
		// Without the script a short list is all a row's choice can be changed with.
		assertThat(this.picker.offered(few, 2L, "delegates[0].partyId")).hasSize(3);
		assertThat(this.picker.offered(many, 2L, "citations[4].citationId")).extracting(PickOption::id)
			.containsExactly(2L);
		assertThat(this.picker.offered(many, 2L, "mediatorId")).hasSize(30);
		assertThat(this.picker.offered(many, null, "citations[4].citationId")).hasSize(30);
	}

	@Test
	void findsPartiesByPartOfTheirNameIgnoringCase() throws Exception {
		this.mvc.perform(get("/pick/party").param("q", "ukr").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].label", hasItem(containsString("Ukraine"))))
			.andExpect(jsonPath("$[*].label", not(hasItem(containsString("Russia")))));
	}

	@Test
	void findsCitationsByOutletWithTheirDate() throws Exception {
		this.mvc.perform(get("/pick/citation").param("q", "kyiv independent"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].label", containsString("The Kyiv Independent · ")));
	}

	@Test
	void findsTopicsAndRegionsTheRegionWithTheOneItLiesWithin() throws Exception {
		this.mvc.perform(get("/pick/topic").param("q", "fighting"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].label", hasItem("Ceasefire")));
		this.mvc.perform(get("/pick/region").param("q", "donetsk"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].label", hasItem("Donetsk Oblast (Donbas)")));
	}

	@Test
	void typedWildcardsAreTakenLiterally() {
		assertThat(this.picker.find(PickKind.PARTY, "%", 10)).isEmpty();
		assertThat(this.picker.find(PickKind.PERSON, "_", 10)).isEmpty();
	}

	@Test
	void aBlankQueryOffersTheFirstInOrder() {
		assertThat(this.picker.find(PickKind.SOURCE, " ", 100)).isNotEmpty()
			.allSatisfy((option) -> assertThat(option.label()).isNotBlank());
	}

	@Test
	void aChoiceBeyondTheLimitIsStillOffered() {
		PickOption last = this.picker.find(PickKind.PROPOSAL, "", 1000).get(0);
		assertThat(this.picker.options(PickKind.PROPOSAL, java.util.List.of(last.id()))).contains(last);
		assertThat(this.picker.options(PickKind.PROPOSAL, java.util.Arrays.asList(null, 987654321L)))
			.doesNotContainNull();
	}

	@Test
	void anUnknownKindIsAProblemNotAnError() throws Exception {
		this.mvc.perform(get("/pick/weather"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", containsString("weather")));
	}

	@Test
	@WithMockUser(username = "picker-analyst", roles = "ANALYST")
	void analystsFillNoFormsSoPickNothing() throws Exception {
		this.mvc.perform(get("/pick/party").param("q", "ukr")).andExpect(status().isForbidden());
	}

	@Test
	void thePersonFormOffersPartiesThroughThePicker() throws Exception {
		this.mvc.perform(get("/people/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"picker__search\"")))
			.andExpect(content().string(containsString("data-pick=\"/pick/party\"")))
			.andExpect(content().string(containsString(">Ukraine")));
	}

}
