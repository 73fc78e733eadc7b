package org.parley.person.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating, editing and deleting people through their form, as an editor. */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "person-editor", roles = "EDITOR")
class PersonEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PersonRepository people;

	@Autowired
	PartyRepository parties;

	@Autowired
	EntityManager entityManager;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void createsAPersonForTheirPartyFromThePartyPage() throws Exception {
		String ukraine = partyId("ukraine");
		this.mvc.perform(get("/parties/{id}", ukraine))
			.andExpect(content().string(containsString("/people/new?party=" + ukraine)));
		this.mvc.perform(get("/people/new").param("party", ukraine))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + ukraine + "\" selected=\"selected\">")));
		this.mvc.perform(valid(post("/people"))).andExpect(status().isFound());
		Person created = this.people.findBySlug("rustem-umerov").orElseThrow();
		assertThat(created.getNativeName()).isEqualTo("Рустем Умєров");
		assertThat(created.getTitle()).isEqualTo("Secretary of the National Security and Defense Council");
		assertThat(created.getParty().getSlug()).isEqualTo("ukraine");
	}

	@Test
	void anEditorAddsADatedTitleWithItsReportAndItShowsOnThePersonsPage() throws Exception {
		Person ushakov = this.people.findBySlug("yuri-ushakov").orElseThrow();
		long report = this.jdbc.queryForObject(
				"select min(id) from citation where excerpt like 'Russian presidential aide Yuri Ushakov%'",
				Long.class);
		long stored = this.jdbc.queryForObject("select id from person_title where person_id = ?", Long.class,
				ushakov.getId());
		this.mvc.perform(get("/people/{id}/edit", ushakov.getId()))
			.andExpect(content().string(containsString("value=\"Russian presidential aide\"")))
			.andExpect(content().string(containsString("name=\"titles[1].title\"")));
		this.mvc
			.perform(post("/people/{id}", ushakov.getId()).with(csrf())
				.param("version", "" + ushakov.getVersion())
				.param("fullName", "Yuri Ushakov")
				.param("title", "Russian presidential aide")
				.param("partyId", partyId("russia"))
				.param("titles[0].id", "" + stored)
				.param("titles[0].title", "Russian presidential aide")
				.param("titles[0].heldOn", "2026-02-21")
				.param("titles[0].citations[0].citationId", "" + report)
				.param("titles[0].citations[0].bearing", "SUPPORTS")
				.param("titles[1].title", "Ambassador to the United States")
				.param("titles[1].heldOn", "1999-01-01")
				.param("titles[1].citations[0].citationId", "" + report)
				.param("titles[1].citations[0].bearing", "DISPUTES"))
			.andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList(
				"select t.title || ' ' || t.held_on || ' ' || l.bearing from person_title t "
						+ "join person_title_citation l on l.title_id = t.id where t.person_id = ? order by t.held_on",
				String.class, ushakov.getId()))
			.containsExactly("Ambassador to the United States 1999-01-01 DISPUTES",
					"Russian presidential aide 2026-02-21 SUPPORTS");
		this.mvc.perform(get("/people/{id}", ushakov.getId()))
			.andExpect(content().string(containsString("Titles held")))
			.andExpect(content().string(containsString("Ambassador to the United States")))
			.andExpect(content().string(containsString("0 supporting, 1 disputing")));
		assertThat(this.jdbc.queryForObject(
				"select string_agg(fields, ',') from record_change " + "where entity_type = 'Person' and record_id = ?",
				String.class, ushakov.getId()))
			.contains("titles");
		this.mvc.perform(get("/people/{id}/history", ushakov.getId()))
			.andExpect(content().string(containsString("Title held")))
			.andExpect(content().string(containsString("Ambassador to the United States, as of 1999-01-01")))
			.andExpect(content().string(containsString("Report on the title ‘Ambassador to the United States’")))
			.andExpect(content().string(not(containsString("PersonTitle"))));
	}

	@Test
	void aTitleWithoutItsDateOrCitingAReportNotOnRecordIsRefusedNextToItsField() throws Exception {
		long before = this.people.count();
		this.mvc
			.perform(valid(post("/people"), "titles[0].title", "Envoy", "titles[1].heldOn", "2026-02-21",
					"titles[2].title", "Aide", "titles[2].heldOn", "2026-02-21", "titles[2].citations[0].citationId",
					"987654321", "titles[2].citations[0].bearing", "SUPPORTS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the date the title was held as of.")))
			.andExpect(content().string(containsString("href=\"#titles0.heldOn\"")))
			.andExpect(content().string(containsString("Enter the title, or empty the row.")))
			.andExpect(content().string(containsString("href=\"#titles2.citations0.citationId\"")));
		assertThat(this.people.count()).isEqualTo(before);
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("fullName", "", "Enter the person’s full name."),
				Arguments.of("fullName", "x".repeat(201), "Keep the full name to 200 characters or fewer."),
				Arguments.of("nativeName", "x".repeat(201), "Keep the native name to 200 characters or fewer."),
				Arguments.of("title", "x".repeat(301), "Keep the title to 300 characters or fewer."),
				Arguments.of("partyId", "987654321", "Choose a party from the list."),
				Arguments.of("partyId", "Ukraine", "Choose a party from the list."));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String message)
			throws Exception {
		long before = this.people.count();
		this.mvc.perform(valid(post("/people"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		assertThat(this.people.count()).isEqualTo(before);
	}

	@Test
	void editsAPersonAndAStaleVersionGets409WithTheOtherChangeShown() throws Exception {
		Person merezhko = this.people.findBySlug("oleksandr-merezhko").orElseThrow();
		long seen = merezhko.getVersion();
		this.mvc.perform(get("/people/{id}", merezhko.getId()))
			.andExpect(content().string(containsString("/people/" + merezhko.getId() + "/edit")));
		this.mvc.perform(get("/people/{id}/edit", merezhko.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Oleksandr Merezhko\"")));
		this.mvc
			.perform(post("/people/{id}", merezhko.getId()).with(csrf())
				.param("version", "" + seen)
				.param("fullName", "Oleksandr Merezhko")
				.param("nativeName", "Олександр Мережко")
				.param("title", "Chair of the foreign affairs committee")
				.param("partyId", partyId("ukraine")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/people/" + merezhko.getId()));
		this.entityManager.flush();
		this.mvc
			.perform(post("/people/{id}", merezhko.getId()).with(csrf())
				.param("version", "" + seen)
				.param("fullName", "Oleksandr Merezhko")
				.param("title", "MP")
				.param("partyId", partyId("russia")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Chair of the foreign affairs committee")))
			.andExpect(content().string(containsString("value=\"MP\"")))
			.andExpect(content().string(containsString("href=\"#partyId\">Speaks for</a>")))
			.andExpect(content().string(containsString("href=\"#nativeName\">Native name</a>")))
			.andExpect(content().string(not(containsString("href=\"#fullName\">"))));
	}

	@Test
	void aSpeakerIsNotDeletedWhileTheirPositionsReferToThem() throws Exception {
		Person merezhko = this.people.findBySlug("oleksandr-merezhko").orElseThrow();
		this.mvc
			.perform(post("/people/{id}/delete", merezhko.getId()).with(csrf())
				.param("version", "" + merezhko.getVersion()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("positions voiced")))
			.andExpect(content().string(containsString("Joint Russian–Ukrainian civilian administration")));
		assertThat(this.people.findBySlug("oleksandr-merezhko")).isPresent();
	}

	@Test
	void anUnreferencedPersonIsDeleted() throws Exception {
		this.mvc.perform(valid(post("/people"))).andExpect(status().isFound());
		Person created = this.people.findBySlug("rustem-umerov").orElseThrow();
		this.mvc
			.perform(post("/people/{id}/delete", created.getId()).with(csrf())
				.param("version", "0")
				.param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(this.people.findBySlug("rustem-umerov")).isEmpty();
	}

	@Test
	@WithMockUser(username = "person-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		Person merezhko = this.people.findBySlug("oleksandr-merezhko").orElseThrow();
		this.mvc.perform(get("/people/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/people/{id}/edit", merezhko.getId())).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/people"))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/people/{id}", merezhko.getId()), "version", "" + merezhko.getVersion()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/people/{id}/delete", merezhko.getId()).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		String ukraine = partyId("ukraine");
		this.mvc.perform(get("/parties/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/parties/{id}/edit", ukraine)).andExpect(status().isForbidden());
		this.mvc.perform(post("/parties").with(csrf()).param("name", "X").param("kind", "STATE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/parties/{id}", ukraine).with(csrf())
				.param("name", "X")
				.param("kind", "STATE")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/parties/{id}/delete", ukraine).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/parties/{id}", ukraine))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))));
		this.mvc.perform(get("/people/{id}", merezhko.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))));
		assertThat(this.people.findBySlug("rustem-umerov")).isEmpty();
		assertThat(this.parties.findBySlug("x")).isEmpty();
	}

	@Test
	void writesNeedTheCsrfToken() throws Exception {
		Person merezhko = this.people.findBySlug("oleksandr-merezhko").orElseThrow();
		this.mvc.perform(post("/people").param("fullName", "No Token")).andExpect(status().isForbidden());
		this.mvc.perform(post("/people/{id}/delete", merezhko.getId()).param("version", "0"))
			.andExpect(status().isForbidden());
	}

	private String partyId(String slug) {
		return String.valueOf(this.parties.findBySlug(slug).orElseThrow().getId());
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", "Rustem Umerov");
		fields.put("nativeName", "Рустем Умєров");
		fields.put("title", "Secretary of the National Security and Defense Council");
		fields.put("partyId", partyId("ukraine"));
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
