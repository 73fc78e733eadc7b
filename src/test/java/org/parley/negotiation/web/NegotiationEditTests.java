package org.parley.negotiation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationParty;
import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating, editing and deleting negotiations and the parties in them, as an editor. */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "negotiation-editor", roles = "EDITOR")
class NegotiationEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	PartyRepository parties;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewFormHasEmptyPartyRowsAndAddingARowKeepsTheInputAndSavesNothing() throws Exception {
		this.mvc.perform(get("/negotiations/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"parties[2].partyId\"")))
			.andExpect(content().string(not(containsString("name=\"parties[3].partyId\""))));
		long before = this.negotiations.count();
		this.mvc
			.perform(valid(post("/negotiations"), "title", "", "parties[0].partyId", id("ukraine"), "parties[0].role",
					"PARTY", "parties[1].partyId", "", "parties[2].partyId", "", "addRow", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"parties[3].partyId\"")))
			.andExpect(content().string(containsString("Shipping through the Black Sea.")))
			.andExpect(content().string(not(containsString("Please correct the following"))));
		assertThat(this.negotiations.count()).isEqualTo(before);
	}

	@Test
	void createsANegotiationWithItsPartiesAndASlugFromTheTitle() throws Exception {
		this.mvc
			.perform(valid(post("/negotiations"), "parties[0].partyId", id("ukraine"), "parties[0].role", "PARTY",
					"parties[1].partyId", "", "parties[1].role", "PARTY", "parties[2].partyId", id("united-states"),
					"parties[2].role", "MEDIATOR"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/negotiations/black-sea-grain-talks"));
		Negotiation created = this.negotiations.findBySlug("black-sea-grain-talks").orElseThrow();
		assertThat(created.getTitle()).isEqualTo("Black Sea grain talks");
		assertThat(created.getDescription()).isEqualTo("Shipping through the Black Sea.");
		assertThat(created.getParties()).extracting((m) -> m.getParty().getSlug(), NegotiationParty::getRole)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ukraine", PartyRole.PARTY),
					org.assertj.core.groups.Tuple.tuple("united-states", PartyRole.MEDIATOR));
		this.mvc.perform(get("/negotiations/black-sea-grain-talks"))
			.andExpect(content().string(containsString("/negotiations/" + created.getId() + "/edit")));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("title", " ", "title", "Enter the negotiation’s title."),
				Arguments.of("title", "x".repeat(201), "title", "Keep the title to 200 characters or fewer."),
				Arguments.of("slug", "Not A Slug", "slug", "lower-case letters and digits joined by single hyphens"),
				Arguments.of("slug", "russia-ukraine", "slug", "Another negotiation has this address"),
				Arguments.of("slug", "new", "slug", "Another negotiation has this address"),
				Arguments.of("description", "x".repeat(20001), "description", "20,000 characters"),
				Arguments.of("parties[0].partyId", "987654321", "parties[0].partyId", "Choose a party from the list."),
				Arguments.of("parties[0].partyId", "ukraine", "parties[0].partyId", "Choose a party from the list."),
				Arguments.of("parties[0].role", "EMPEROR", "parties[0].role", "Choose one of the roles listed."),
				Arguments.of("parties[0].role", "", "parties[0].role", "Choose the party’s role."),
				Arguments.of("parties[1].partyId", "UKRAINE", "parties[1].partyId", "already in another row"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String anchor,
			String message) throws Exception {
		long before = this.negotiations.count();
		String ukraine = id("ukraine");
		String[] overrides = { "parties[0].partyId", ukraine, "parties[0].role", "PARTY", "parties[1].role", "PARTY",
				field, value.equals("UKRAINE") ? ukraine : value };
		this.mvc.perform(valid(post("/negotiations"), overrides))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + anchor.replace("[", "").replace("]", "") + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		assertThat(this.negotiations.count()).isEqualTo(before);
	}

	@Test
	void changingOnlyThePartiesCountsAsAChangeAndAStaleFormGets409WithBothSidesShown() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		long seen = talks.getVersion();
		String edit = this.mvc.perform(get("/negotiations/{id}/edit", talks.getId()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(edit).contains("value=\"Russia&ndash;Ukraine peace talks\"").contains("name=\"parties[3].partyId\"");
		org.springframework.util.MultiValueMap<String, String> mine = current(talks, seen, "title",
				"Russia-Ukraine talks (mine)");
		// Another editor makes Turkey an observer.
		this.mvc
			.perform(post("/negotiations/{id}", talks.getId()).with(user("other-editor").roles("EDITOR"))
				.with(csrf())
				.params(current(talks, seen, "parties[3].partyId", turkey(), "parties[3].role", "OBSERVER")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/negotiations/russia-ukraine"));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.negotiations.findBySlug("russia-ukraine").orElseThrow().getVersion()).isGreaterThan(seen);
		// This editor, still on the old version, retitles it.
		this.mvc.perform(post("/negotiations/{id}", talks.getId()).with(csrf()).params(mine))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("value=\"Russia-Ukraine talks (mine)\"")))
			.andExpect(content().string(containsString("href=\"#parties\">Parties involved</a>")))
			.andExpect(content().string(containsString("Türkiye (observer)")))
			.andExpect(content().string(containsString("href=\"#title\">Title</a>")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.negotiations.findBySlug("russia-ukraine").orElseThrow().getTitle())
			.isEqualTo("Russia–Ukraine peace talks");
	}

	@Test
	void aPartyIsRemovedByEmptyingItsRow() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		this.mvc
			.perform(post("/negotiations/{id}", talks.getId()).with(csrf())
				.params(current(talks, talks.getVersion(), "parties[0].partyId", "")))
			.andExpect(status().isFound());
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.negotiations.findWithPartiesById(talks.getId()).orElseThrow().getParties()).hasSize(2);
	}

	@Test
	void theNegotiationsHistoryShowsThePartyTakenOutAndChangesNamesItsParties() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		NegotiationParty first = this.negotiations.findWithPartiesById(talks.getId()).orElseThrow().getParties().get(0);
		String removed = "Taking part: " + first.getParty().getName();
		String role = first.getRole().name().toLowerCase(Locale.ROOT);
		this.mvc
			.perform(post("/negotiations/{id}", talks.getId()).with(csrf())
				.params(current(talks, talks.getVersion(), "parties[0].partyId", "")))
			.andExpect(status().isFound());
		this.entityManager.flush();
		Document history = Jsoup.parse(this.mvc.perform(get("/negotiations/{id}/history", talks.getId()))
			.andReturn()
			.getResponse()
			.getContentAsString());
		// The save (its actor is the request's; this flush is the test's own) names the
		// party.
		assertThat(history.select(".history-versions tbody tr").first().text()).contains("changed").contains(removed);
		assertThat(history.select(".history-diff tr.changed").text()).contains(removed)
			.contains("removed")
			.contains(role);
		Document changes = Jsoup
			.parse(this.mvc.perform(get("/changes")).andReturn().getResponse().getContentAsString());
		assertThat(changes.select("#main").text()).contains("Parties involved");
	}

	@Test
	void aNegotiationWithRoundsAndProposalsIsNotDeletedAndTheyAreListed() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		this.mvc
			.perform(post("/negotiations/{id}/delete", talks.getId()).with(csrf())
				.param("version", "" + talks.getVersion()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record cannot be deleted")))
			.andExpect(content().string(containsString("Geneva")))
			.andExpect(content().string(containsString("proposals")));
		assertThat(this.negotiations.findBySlug("russia-ukraine")).isPresent();
	}

	@Test
	void anEmptyNegotiationIsDeletedWithItsPartiesRoles() throws Exception {
		this.mvc.perform(valid(post("/negotiations"), "parties[0].partyId", id("ukraine"), "parties[0].role", "PARTY"))
			.andExpect(status().isFound());
		Negotiation created = this.negotiations.findBySlug("black-sea-grain-talks").orElseThrow();
		this.mvc
			.perform(post("/negotiations/{id}/delete", created.getId()).with(csrf())
				.param("version", "" + created.getVersion())
				.param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		assertThat(this.negotiations.findBySlug("black-sea-grain-talks")).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from negotiation_party where negotiation_id = ?",
				Long.class, created.getId()))
			.isZero();
	}

	@Test
	void tooManyRowsAre400() throws Exception {
		this.mvc.perform(valid(post("/negotiations"), "parties[500].partyId", id("ukraine")))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "negotiation-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		this.mvc.perform(get("/negotiations/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/negotiations/{id}/edit", talks.getId())).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/negotiations"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/negotiations/{id}", talks.getId()).with(csrf())
				.params(current(talks, talks.getVersion(), "title", "Analysed")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/negotiations/{id}/delete", talks.getId()).with(csrf())
				.param("version", "" + talks.getVersion()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/negotiations/russia-ukraine"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))));
		assertThat(this.negotiations.findBySlug("black-sea-grain-talks")).isEmpty();
	}

	@Test
	void writesNeedTheCsrfToken() throws Exception {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		this.mvc.perform(post("/negotiations").param("title", "No token")).andExpect(status().isForbidden());
		this.mvc.perform(post("/negotiations/{id}/delete", talks.getId()).param("version", "" + talks.getVersion()))
			.andExpect(status().isForbidden());
	}

	/** The edit form as it was filled in from the stored negotiation, with changes. */
	private org.springframework.util.MultiValueMap<String, String> current(Negotiation talks, long version,
			String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(version));
		fields.put("title", talks.getTitle());
		fields.put("slug", talks.getSlug());
		fields.put("description", talks.getDescription());
		Negotiation loaded = this.negotiations.findWithPartiesById(talks.getId()).orElseThrow();
		int i = 0;
		for (NegotiationParty membership : loaded.getParties()) {
			fields.put("parties[" + i + "].partyId", String.valueOf(membership.getParty().getId()));
			fields.put("parties[" + i + "].role", membership.getRole().name());
			i++;
		}
		for (int j = 0; j < overrides.length; j += 2) {
			fields.put(overrides[j], overrides[j + 1]);
		}
		org.springframework.util.LinkedMultiValueMap<String, String> params = new org.springframework.util.LinkedMultiValueMap<>();
		fields.forEach(params::add);
		return params;
	}

	private String turkey() {
		Party turkey = this.parties.findBySlug("turkiye")
			.orElseGet(
					() -> this.parties.saveAndFlush(new Party("turkiye", "Türkiye", org.parley.party.PartyKind.STATE)));
		return String.valueOf(turkey.getId());
	}

	private String id(String slug) {
		return String.valueOf(this.parties.findBySlug(slug).orElseThrow().getId());
	}

	private static MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "Black Sea grain talks");
		fields.put("slug", "");
		fields.put("description", "Shipping through the Black Sea.");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
