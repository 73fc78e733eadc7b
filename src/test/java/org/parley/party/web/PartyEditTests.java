package org.parley.party.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.party.PartyRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating, editing and deleting parties through their form, as an editor. */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "party-editor", roles = "EDITOR")
class PartyEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PartyRepository parties;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewFormOffersTheKinds() throws Exception {
		this.mvc.perform(get("/parties/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a party")))
			.andExpect(content().string(containsString("international organisation")))
			.andExpect(content().string(not(containsString("danger-zone"))));
	}

	@Test
	void createsAPartyAsTypedWithASlugFromItsNameAndAnAuditEntry() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(valid(post("/parties"), "name", "  Republic of Moldova ", "countryCode", "md"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "party.notice.created"))
			.andReturn()
			.getResponse();
		String location = response.getRedirectedUrl();
		Party created = this.parties.findBySlug("republic-of-moldova").orElseThrow();
		assertThat(location).isEqualTo("/parties/" + created.getId());
		assertThat(created.getName()).isEqualTo("Republic of Moldova");
		assertThat(created.getShortName()).isEqualTo("Moldova");
		assertThat(created.getKind()).isEqualTo(PartyKind.STATE);
		assertThat(created.getCountryCode()).isEqualTo("MD");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Party' and entity_id = ? and actor = 'party-editor'",
				Long.class, created.getId().toString()))
			.isEqualTo(1);
		// The notice travels in the session to the page the editor is sent to.
		this.mvc.perform(get(location).cookie(response.getCookie("SESSION")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“<bdi>Republic of Moldova</bdi>” was added.")));
	}

	@Test
	void aTakenSlugGetsANumberAndMarkupIsStoredAsTypedButShownEscaped() throws Exception {
		this.mvc.perform(valid(post("/parties"), "name", "Ukraine")).andExpect(status().isFound());
		Party second = this.parties.findBySlug("ukraine-2").orElseThrow();
		this.mvc.perform(valid(post("/parties/{id}", second.getId()), "version", "0", "name", "<b>Bold</b> & co"))
			.andExpect(status().isFound());
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.parties.findById(second.getId()).orElseThrow().getName()).isEqualTo("<b>Bold</b> & co");
		this.mvc.perform(get("/parties/{id}", second.getId()))
			.andExpect(content().string(containsString("&lt;b&gt;Bold&lt;/b&gt; &amp; co")))
			.andExpect(content().string(not(containsString("<b>Bold</b>"))));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("name", " ", "Enter the party’s name."),
				Arguments.of("name", "x".repeat(201), "Keep the name to 200 characters or fewer."),
				Arguments.of("shortName", "x".repeat(51), "Keep the short name to 50 characters or fewer."),
				Arguments.of("kind", "", "Choose what kind of party this is."),
				Arguments.of("kind", "EMPIRE", "Choose one of the kinds listed."),
				Arguments.of("countryCode", "XX", "two-letter ISO 3166-1 code"),
				Arguments.of("countryCode", "Moldova", "two-letter ISO 3166-1 code"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String message)
			throws Exception {
		long before = this.parties.count();
		this.mvc.perform(valid(post("/parties"), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + field + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		Party ukraine = ukraine();
		this.mvc
			.perform(valid(post("/parties/{id}", ukraine.getId()), "version", "" + ukraine.getVersion(), field, value))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.parties.count()).isEqualTo(before);
		assertThat(ukraine().getName()).isEqualTo("Ukraine");
	}

	@Test
	void editsAPartyFromItsReadPage() throws Exception {
		Party ukraine = ukraine();
		long version = ukraine.getVersion();
		this.mvc.perform(get("/parties/{id}", ukraine.getId()))
			.andExpect(content().string(containsString("/parties/" + ukraine.getId() + "/edit")));
		this.mvc.perform(get("/parties/{id}/edit", ukraine.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Ukraine\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + ukraine.getVersion() + "\"")));
		this.mvc
			.perform(valid(post("/parties/{id}", ukraine.getId()), "version", "" + ukraine.getVersion(), "name",
					"Ukraine", "shortName", "UA", "countryCode", "UA"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/parties/" + ukraine.getId()));
		this.entityManager.flush();
		this.entityManager.clear();
		Party saved = ukraine();
		assertThat(saved.getShortName()).isEqualTo("UA");
		assertThat(saved.getVersion()).isEqualTo(version + 1);
	}

	@Test
	void aStaleVersionGets409WithTheInputKeptAndTheOtherChangeShown() throws Exception {
		Party ukraine = ukraine();
		long seen = ukraine.getVersion();
		// Someone else renames it meanwhile.
		ukraine.rename("Ukraine (other editor)", "Ukr");
		this.entityManager.flush();
		this.mvc
			.perform(valid(post("/parties/{id}", ukraine.getId()), "version", "" + seen, "name", "Ukraine (mine)",
					"shortName", "Ukr", "countryCode", "UA"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("value=\"Ukraine (mine)\"")))
			.andExpect(content().string(containsString("Ukraine (other editor)")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + (seen + 1) + "\"")))
			// Only the field that differs is listed.
			.andExpect(content().string(containsString("href=\"#name\">Name</a>")))
			.andExpect(content().string(not(containsString("href=\"#shortName\">"))));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(ukraine().getName()).isEqualTo("Ukraine (other editor)");
	}

	@Test
	void ukraineIsNotDeletedWhileRecordsReferToItAndTheyAreListed() throws Exception {
		Party ukraine = ukraine();
		this.mvc
			.perform(post("/parties/{id}/delete", ukraine.getId()).with(csrf())
				.param("version", "" + ukraine.getVersion()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record cannot be deleted")))
			.andExpect(content().string(containsString("1 negotiation")))
			.andExpect(content().string(containsString("Russia–Ukraine peace talks")))
			.andExpect(content().string(containsString("person speaking for it")))
			.andExpect(content().string(containsString("Oleksandr Merezhko")))
			.andExpect(content().string(containsString("positions")))
			.andExpect(content().string(containsString("round")));
		assertThat(this.parties.findBySlug("ukraine")).isPresent();
	}

	@Test
	void anUnreferencedPartyIsDeletedAndTheAuditTrailKeepsIt() throws Exception {
		Party party = this.parties.saveAndFlush(new Party("atlantis", "Atlantis", PartyKind.OTHER));
		this.mvc.perform(get("/parties/{id}/edit", party.getId()))
			.andExpect(content().string(containsString("/parties/" + party.getId() + "/delete")));
		this.mvc
			.perform(post("/parties/{id}/delete", party.getId()).with(csrf())
				.param("version", "0")
				.param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("flash", "party.notice.deleted"));
		assertThat(this.parties.findById(party.getId())).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE' "
				+ "and entity_type = 'Party' and entity_id = ?", Long.class, party.getId().toString()))
			.isEqualTo(1);
	}

	@Test
	void aStaleDeleteIsRefusedWith409() throws Exception {
		Party party = this.parties.saveAndFlush(new Party("atlantis", "Atlantis", PartyKind.OTHER));
		party.rename("Atlantis Reborn", null);
		this.entityManager.flush();
		this.mvc
			.perform(post("/parties/{id}/delete", party.getId()).with(csrf())
				.param("version", "0")
				.param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("it was not deleted")));
		assertThat(this.parties.findById(party.getId())).isPresent();
	}

	@Test
	void unknownPartiesAre404AndAMissingVersion400() throws Exception {
		this.mvc.perform(get("/parties/987654321/edit")).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/parties/987654321"), "version", "0")).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/parties/{id}", ukraine().getId()))).andExpect(status().isBadRequest());
	}

	@Test
	void everyWriteNeedsTheCsrfToken() throws Exception {
		Party ukraine = ukraine();
		this.mvc.perform(post("/parties").param("name", "No Token").param("kind", "STATE"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/parties/{id}", ukraine.getId()).param("name", "No Token")
				.param("kind", "STATE")
				.param("version", "" + ukraine.getVersion()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/parties/{id}/delete", ukraine.getId()).param("version", "" + ukraine.getVersion()))
			.andExpect(status().isForbidden());
		assertThat(this.parties.findBySlug("no-token")).isEmpty();
	}

	private Party ukraine() {
		return this.parties.findBySlug("ukraine").orElseThrow();
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", "Republic of Moldova");
		fields.put("shortName", "Moldova");
		fields.put("kind", "STATE");
		fields.put("countryCode", "MD");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
