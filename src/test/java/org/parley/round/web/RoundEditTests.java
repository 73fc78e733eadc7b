package org.parley.round.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.round.EditableRound;
import org.parley.round.RoundDetails;
import org.parley.round.RoundEditing;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Logging, editing and deleting rounds with their delegates, proposals and citations. */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "round-editor", roles = "EDITOR")
class RoundEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	RoundEditing editing;

	@Test
	void theNewFormPicksTheNegotiationAndRowButtonsReRenderWithoutSaving() throws Exception {
		this.mvc.perform(get("/rounds/new").param("negotiation", negotiation()))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<option value=\"" + negotiation() + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("name=\"delegates[0].personId\"")))
			.andExpect(content().string(not(containsString("name=\"delegates[1].personId\""))))
			.andExpect(content().string(containsString("name=\"proposals[0].proposalId\"")))
			.andExpect(content().string(containsString("name=\"citations[0].citationId\"")));
		long rounds = count("round");
		this.mvc.perform(valid(post("/rounds"), "addDelegate", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"delegates[2].personId\"")))
			.andExpect(content().string(containsString("value=\"Istanbul talks\"")))
			.andExpect(content().string(not(containsString("Please correct the following"))));
		this.mvc.perform(valid(post("/rounds"), "removeProposal", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("value=\"Prisoner exchange\""))))
			.andExpect(content().string(containsString("Zaporizhzhia plant")));
		assertThat(count("round")).isEqualTo(rounds);
	}

	@Test
	void aDelegatesPostAtTheRoundIsSavedShownAndEditable() throws Exception {
		MvcResult result = this.mvc
			.perform(valid(post("/rounds"), "delegates[1].post", "Secretary of the National Security Council"))
			.andExpect(status().isFound())
			.andReturn();
		this.entityManager.flush();
		String location = result.getResponse().getRedirectedUrl();
		this.mvc.perform(get(location))
			.andExpect(content().string(containsString("Secretary of the National Security Council")));
		this.mvc.perform(get(location + "/edit"))
			.andExpect(content().string(containsString("value=\"Secretary of the National Security Council\"")));
		long id = Long.parseLong(location.substring("/rounds/".length()));
		assertThat(
				this.jdbc.queryForObject("select count(*) from round_delegate_post where round_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void aValidRoundIsSavedWithEverythingItNamesAndShownOnItsPage() throws Exception {
		long people = count("person");
		long proposals = count("proposal");
		MvcResult result = this.mvc.perform(valid(post("/rounds")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/rounds/*"))
			.andReturn();
		this.entityManager.flush();
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring("/rounds/".length()));
		assertThat(count("person")).isEqualTo(people + 1);
		assertThat(count("proposal")).isEqualTo(proposals + 1);
		assertThat(this.jdbc.queryForObject("select slug from round where id = ?", String.class, id))
			.isEqualTo("istanbul-talks");
		assertThat(this.jdbc.queryForObject("select p.name from person pe join party p on p.id = pe.party_id "
				+ "where pe.full_name = 'Rustem Umerov'", String.class))
			.isEqualTo("Ukraine");
		this.mvc.perform(get(location))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Istanbul talks")))
			.andExpect(content().string(containsString("Dolmabah")))
			.andExpect(content().string(containsString("Rustem Umerov")))
			.andExpect(content().string(containsString(personName())))
			.andExpect(content().string(containsString("Prisoner exchange")))
			.andExpect(content().string(containsString("Introduced at the talks by Türkiye's hosts.")))
			.andExpect(content().string(containsString(proposalTitle())))
			.andExpect(content().string(containsString("Direct talks")))
			.andExpect(content().string(containsString("/rounds/" + id + "/edit")));
		assertThat(this.jdbc.queryForObject("select count(*) from round_citation where round_id = ?", Long.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' and entity_type = 'Round' and entity_id = ? "
						+ "and actor = 'round-editor'",
				Long.class, String.valueOf(id)))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type in ('Person', 'Proposal', 'RoundProposal') and actor = 'round-editor'",
				Long.class))
			.isEqualTo(4);
		this.mvc.perform(get("/rounds/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Istanbul talks\"")))
			.andExpect(content().string(containsString("/citations/new?round=" + id)));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("title", " ", "title", "Enter the round’s title."),
				Arguments.of("title", "x".repeat(301), "title", "300 characters or fewer"),
				Arguments.of("negotiationId", "", "negotiationId", "Choose the negotiation the round belongs to."),
				Arguments.of("negotiationId", "987654321", "negotiationId", "Choose a negotiation from the list."),
				Arguments.of("negotiationId", "abc", "negotiationId", "Choose a negotiation from the list."),
				Arguments.of("place", "x".repeat(201), "place", "200 characters or fewer"),
				Arguments.of("startsOn", "", "startsOn", "Enter the round’s first day."),
				Arguments.of("startsOn", "17 Feb", "startsOn", "Enter the first day as a date"),
				Arguments.of("endsOn", "2026-05-14", "endsOn", "The last day cannot be before the first day."),
				Arguments.of("format", "EMPEROR", "format", "Choose one of the formats listed."),
				Arguments.of("outcome", "", "outcome", "Choose the round’s outcome"),
				Arguments.of("mediatorId", "987654321", "mediatorId", "Choose a party from the list."),
				Arguments.of("partyIds", "987654321", "partyIds", "Choose a party from the list."),
				Arguments.of("delegates[0].personId", "987654321", "delegates[0].personId",
						"Choose a person from the list."),
				Arguments.of("delegates[2].personId", "PERSON", "delegates[2].personId", "already in another row"),
				Arguments.of("delegates[1].personId", "PERSON", "delegates[1].fullName", "not both"),
				Arguments.of("delegates[1].fullName", "", "delegates[1].fullName",
						"Pick a person on record or type a new one’s full name."),
				Arguments.of("delegates[1].partyId", "987654321", "delegates[1].partyId",
						"Choose a party from the list."),
				Arguments.of("proposals[0].proposalId", "987654321", "proposals[0].proposalId",
						"Choose a proposal from the list."),
				Arguments.of("proposals[0].proposalId", "OTHER", "proposals[0].proposalId",
						"belongs to another negotiation"),
				Arguments.of("proposals[2].proposalId", "PROPOSAL", "proposals[2].proposalId",
						"already in another row"),
				Arguments.of("proposals[1].title", "", "proposals[1].title",
						"Pick a proposal on record or type a new one’s title."),
				Arguments.of("proposals[1].introducedById", "987654321", "proposals[1].introducedById",
						"Choose a party from the list."),
				Arguments.of("citations[0].citationId", "987654321", "citations[0].citationId",
						"Choose a report from the list."),
				Arguments.of("citations[1].citationId", "CITATION", "citations[1].citationId", "cite each report once"),
				Arguments.of("summary", "x".repeat(20001), "summary", "20,000 characters"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String anchor,
			String message) throws Exception {
		String actual = switch (value) {
			case "PERSON" -> person();
			case "PROPOSAL" -> proposal();
			case "CITATION" -> citation();
			case "OTHER" -> proposalOfAnotherNegotiation();
			default -> value;
		};
		long rounds = count("round");
		long people = count("person");
		long proposals = count("proposal");
		this.mvc.perform(valid(post("/rounds"), field, actual))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + anchor.replace("[", "").replace("]", "") + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		this.entityManager.flush();
		assertThat(count("round")).isEqualTo(rounds);
		assertThat(count("person")).isEqualTo(people);
		assertThat(count("proposal")).isEqualTo(proposals);
	}

	@Test
	void aStaleFormGets409WithTheInputKeptAndTheOtherChangeShownFieldByField() throws Exception {
		long id = geneva();
		EditableRound seen = this.editing.find(id).orElseThrow();
		this.mvc.perform(get("/rounds/{id}/edit", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Geneva talks, 17")));
		// Another editor changes only who was there: that counts as a change of the
		// round.
		String turkiye = newParty("turkiye-party");
		MultiValueMap<String, String> theirs = current(seen, "partyIds", turkiye);
		theirs.add("joining[" + turkiye + "]", "OBSERVER");
		this.mvc
			.perform(post("/rounds/{id}", id).with(user("other-editor").roles("EDITOR")).with(csrf()).params(theirs))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rounds/" + id));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.editing.find(id).orElseThrow().version()).isGreaterThan(seen.version());
		// This editor, still on the old version, renames the place.
		this.mvc.perform(post("/rounds/{id}", id).with(csrf()).params(current(seen, "place", "Geneva (mine)")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("value=\"Geneva (mine)\"")))
			.andExpect(content().string(containsString("href=\"#partyIds\">Participating parties</a>")))
			.andExpect(content().string(containsString("Türkiye")))
			.andExpect(content().string(containsString("href=\"#place\">Place</a>")))
			.andExpect(content().string(containsString(
					"name=\"version\" value=\"" + this.editing.find(id).orElseThrow().version() + "\"")));
		this.entityManager.flush();
		this.entityManager.clear();
		assertThat(this.jdbc.queryForObject("select place from round where id = ?", String.class, id))
			.isEqualTo("Geneva");
	}

	@Test
	void aPartyNewToTheNegotiationIsAskedHowItJoinsBeforeTheRoundIsSaved() throws Exception {
		long id = geneva();
		EditableRound seen = this.editing.find(id).orElseThrow();
		String turkiye = newParty("turkiye-party");
		this.mvc.perform(post("/rounds/{id}", id).with(csrf()).params(current(seen, "partyIds", turkiye)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not yet in this negotiation: Türkiye.")))
			.andExpect(content().string(containsString("Türkiye joins the negotiation as")));
		assertThat(this.jdbc.queryForObject("select count(*) from negotiation_party where party_id = ?", Long.class,
				Long.valueOf(turkiye)))
			.isZero();

		MultiValueMap<String, String> asked = current(seen, "partyIds", turkiye);
		asked.add("joining[" + turkiye + "]", "GUARANTOR");
		this.mvc.perform(post("/rounds/{id}", id).with(csrf()).params(asked)).andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select role from negotiation_party where party_id = ?", String.class,
				Long.valueOf(turkiye)))
			.isEqualTo("GUARANTOR");
	}

	@Test
	void editingKeepsWhatTheFormShowsAndChangesWhatItChanges() throws Exception {
		long id = geneva();
		EditableRound seen = this.editing.find(id).orElseThrow();
		this.mvc
			.perform(post("/rounds/{id}", id).with(csrf())
				.params(current(seen, "title", "Geneva talks (corrected)", "outcome", "POSTPONED", "proposals[0].note",
						"Corrected note.")))
			.andExpect(status().isFound());
		this.entityManager.flush();
		this.entityManager.clear();
		EditableRound after = this.editing.find(id).orElseThrow();
		RoundDetails details = after.details();
		assertThat(details.title()).isEqualTo("Geneva talks (corrected)");
		assertThat(details.partyIds()).containsExactlyInAnyOrderElementsOf(seen.details().partyIds());
		assertThat(details.citations()).isEqualTo(seen.details().citations());
		assertThat(details.proposals()).extracting(RoundDetails.Discussed::note).containsExactly("Corrected note.");
		assertThat(this.jdbc.queryForObject("select slug from round where id = ?", String.class, id))
			.isEqualTo("geneva-talks-corrected");
	}

	@Test
	void aRoundPositionsWereStatedAtStaysInItsNegotiation() throws Exception {
		long id = geneva();
		EditableRound seen = this.editing.find(id).orElseThrow();
		Long other = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('other-talks', 'Other talks') returning id", Long.class);
		this.mvc
			.perform(post("/rounds/{id}", id).with(csrf())
				.params(current(seen, "negotiationId", String.valueOf(other), "proposals[0].proposalId", "")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it stays in its negotiation")));
		assertThat(this.jdbc.queryForObject("select negotiation_id from round where id = ?", Long.class, id))
			.isEqualTo(seen.details().negotiationId());
	}

	@Test
	void aRoundMovesToAnotherNegotiationWithoutTheProposalsOfTheOld() throws Exception {
		String location = this.mvc.perform(valid(post("/rounds")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.entityManager.flush();
		this.entityManager.clear();
		long id = Long.parseLong(location.substring("/rounds/".length()));
		EditableRound seen = this.editing.find(id).orElseThrow();
		String elsewhere = proposalOfAnotherNegotiation();
		Long other = this.jdbc.queryForObject("select id from negotiation where slug = 'other-talks'", Long.class);
		MultiValueMap<String, String> moved = current(seen, "negotiationId", String.valueOf(other),
				"proposals[0].proposalId", elsewhere, "proposals[1].proposalId", "", "proposals[1].introducedById", "",
				"proposals[1].note", "");
		// Its parties join the other negotiation in the roles the editor is asked for.
		seen.details().partyIds().forEach((party) -> moved.add("joining[" + party + "]", "PARTY"));
		this.mvc.perform(post("/rounds/{id}", id).with(csrf()).params(moved)).andExpect(status().isFound());
		this.entityManager.flush();
		this.entityManager.clear();
		RoundDetails after = this.editing.find(id).orElseThrow().details();
		assertThat(after.negotiationId()).isEqualTo(other);
		assertThat(after.proposals()).extracting(RoundDetails.Discussed::proposalId)
			.containsExactly(Long.valueOf(elsewhere));
	}

	@Test
	void aRoundPositionsWereStatedAtIsNotDeletedAndTheyAreListed() throws Exception {
		long id = geneva();
		long version = this.editing.find(id).orElseThrow().version();
		this.mvc.perform(post("/rounds/{id}/delete", id).with(csrf()).param("version", "" + version))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record cannot be deleted")))
			.andExpect(content().string(containsString("position")));
		assertThat(this.jdbc.queryForObject("select count(*) from round where id = ?", Long.class, id)).isEqualTo(1);
	}

	@Test
	void aRoundNothingRefersToIsDeletedWithItsRowsAndKeptInHistory() throws Exception {
		String location = this.mvc.perform(valid(post("/rounds")))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.entityManager.flush();
		long id = Long.parseLong(location.substring("/rounds/".length()));
		long version = this.editing.find(id).orElseThrow().version();
		// Asked first, with what goes along; nothing is deleted until confirmed.
		String asked = this.mvc.perform(post("/rounds/{id}/delete", id).with(csrf()).param("version", "" + version))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(asked).select("ul.references li").eachText()).contains("The record itself")
			.anyMatch((item) -> item.startsWith("2 delegates listed: "))
			.anyMatch((item) -> item.startsWith("2 proposals listed as discussed: ")
					&& item.contains("Prisoner exchange"));
		assertThat(asked).contains("name=\"confirmed\" value=\"true\"").contains("href=\"/rounds/" + id + "/edit\"");
		assertThat(this.jdbc.queryForObject("select count(*) from round where id = ?", Long.class, id)).isOne();
		this.mvc
			.perform(post("/rounds/{id}/delete", id).with(csrf())
				.param("version", "" + (version + 1))
				.param("confirmed", "true"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this record after you opened it")));
		this.mvc.perform(
				post("/rounds/{id}/delete", id).with(csrf()).param("version", "" + version).param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/rounds"));
		assertThat(this.jdbc.queryForObject("select count(*) from round where id = ?", Long.class, id)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from round_party where round_id = ?", Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'DELETE' and entity_type = 'Round' and entity_id = ?",
				Long.class, String.valueOf(id)))
			.isEqualTo(1);
	}

	@Test
	void theEditFormOfABusyRoundTakesFewStatements() throws Exception {
		String location = this.mvc
			.perform(valid(post("/rounds"), "delegates[2].fullName", "Second new delegate", "proposals[2].title",
					"Second new proposal"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		this.entityManager.flush();
		this.entityManager.clear();
		SqlStatements.reset();
		this.mvc.perform(get(location + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"delegates[3].personId\"")))
			.andExpect(content().string(containsString("name=\"proposals[3].proposalId\"")));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(12);
	}

	@Test
	void tooManyRowsAre400() throws Exception {
		this.mvc.perform(valid(post("/rounds"), "delegates[500].personId", person()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anUnknownRoundIs404() throws Exception {
		this.mvc.perform(get("/rounds/{id}/edit", 987654321)).andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(username = "round-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		long id = geneva();
		long rounds = count("round");
		this.mvc.perform(get("/rounds/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/rounds/{id}/edit", id)).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/rounds"))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/rounds"), "addDelegate", "1")).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/rounds/{id}", id), "version", "0")).andExpect(status().isForbidden());
		this.mvc.perform(post("/rounds/{id}/delete", id).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/rounds/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))));
		assertThat(count("round")).isEqualTo(rounds);
	}

	@Test
	void writesNeedTheCsrfToken() throws Exception {
		long id = geneva();
		this.mvc.perform(post("/rounds").param("title", "No token")).andExpect(status().isForbidden());
		this.mvc.perform(post("/rounds/{id}/delete", id).param("version", "0")).andExpect(status().isForbidden());
	}

	// --- the records the form names

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("negotiationId", negotiation());
		fields.put("title", "Istanbul talks");
		fields.put("place", "Dolmabahçe Palace");
		fields.put("startsOn", "2026-05-15");
		fields.put("endsOn", "2026-05-16");
		fields.put("format", "BILATERAL");
		fields.put("outcome", "PARTIAL_AGREEMENT");
		fields.put("mediatorId", party("united-states"));
		fields.put("partyIds", party("ukraine"));
		fields.put("delegates[0].personId", person());
		fields.put("delegates[1].fullName", "Rustem Umerov");
		fields.put("delegates[1].partyId", party("ukraine"));
		fields.put("delegates[2].personId", "");
		fields.put("proposals[0].proposalId", proposal());
		fields.put("proposals[0].introducedById", party("united-states"));
		fields.put("proposals[1].title", "Prisoner exchange");
		fields.put("proposals[1].introducedById", party("ukraine"));
		fields.put("proposals[1].note", "Introduced at the talks by Türkiye's hosts.");
		fields.put("proposals[2].proposalId", "");
		fields.put("summary", "**Direct talks** resumed.\n\nZaporizhzhia plant on the agenda.");
		fields.put("citations[0].citationId", citation());
		fields.put("citations[0].bearing", "SUPPORTS");
		fields.put("citations[1].citationId", "");
		fields.put("citations[1].bearing", "DISPUTES");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		fields.forEach(params::add);
		params.add("partyIds", party("russia"));
		return request.params(params);
	}

	/** The edit form as it was filled in from the stored round, with changes. */
	private MultiValueMap<String, String> current(EditableRound round, String... overrides) {
		RoundDetails details = round.details();
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		params.add("version", String.valueOf(round.version()));
		params.add("negotiationId", String.valueOf(details.negotiationId()));
		params.add("title", details.title());
		params.add("place", details.place());
		params.add("startsOn", String.valueOf(details.startsOn()));
		params.add("endsOn", (details.endsOn() != null) ? details.endsOn().toString() : "");
		params.add("format", details.format().name());
		params.add("outcome", details.outcome().name());
		params.add("mediatorId", (details.mediatorId() != null) ? details.mediatorId().toString() : "");
		details.partyIds().forEach((partyId) -> params.add("partyIds", partyId.toString()));
		for (int i = 0; i < details.delegates().size(); i++) {
			params.add("delegates[" + i + "].personId", details.delegates().get(i).personId().toString());
		}
		for (int i = 0; i < details.proposals().size(); i++) {
			RoundDetails.Discussed discussed = details.proposals().get(i);
			params.add("proposals[" + i + "].proposalId", discussed.proposalId().toString());
			params.add("proposals[" + i + "].introducedById",
					(discussed.introducedById() != null) ? discussed.introducedById().toString() : "");
			params.add("proposals[" + i + "].note", (discussed.note() != null) ? discussed.note() : "");
		}
		params.add("summary", (details.summary() != null) ? details.summary() : "");
		for (int i = 0; i < details.citations().size(); i++) {
			params.add("citations[" + i + "].citationId", String.valueOf(details.citations().get(i).citationId()));
			params.add("citations[" + i + "].bearing", details.citations().get(i).bearing().name());
		}
		for (int i = 0; i < overrides.length; i += 2) {
			if (overrides[i].equals("partyIds")) {
				params.add("partyIds", overrides[i + 1]);
			}
			else {
				params.set(overrides[i], overrides[i + 1]);
			}
		}
		return params;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private String negotiation() {
		return one("select id from negotiation where slug = 'russia-ukraine'");
	}

	private long geneva() {
		return Long.parseLong(one("select id from round where slug = 'geneva-2026-02-17'"));
	}

	private String party(String slug) {
		return one("select id from party where slug = '" + slug + "'");
	}

	private String newParty(String partySlug) {
		return this.jdbc
			.queryForObject(
					"insert into party (slug, name, kind) values (?, 'Türkiye', 'STATE') "
							+ "on conflict (slug) do update set name = excluded.name returning id",
					Long.class, partySlug)
			.toString();
	}

	private String person() {
		return one("select id from person where slug = 'oleksandr-merezhko'");
	}

	private String personName() {
		return "Oleksandr Merezhko";
	}

	private String proposal() {
		return one("select min(pr.id) from proposal pr join negotiation n on n.id = pr.negotiation_id "
				+ "where n.slug = 'russia-ukraine'");
	}

	private String proposalTitle() {
		return one("select title from proposal where id = " + proposal());
	}

	private String citation() {
		return one("select min(id) from citation");
	}

	private String proposalOfAnotherNegotiation() {
		Long negotiation = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('other-talks', 'Other talks') returning id", Long.class);
		return this.jdbc
			.queryForObject("insert into proposal (negotiation_id, slug, title) values (?, 'elsewhere', 'Elsewhere') "
					+ "returning id", Long.class, negotiation)
			.toString();
	}

	private String one(String sql) {
		return String.valueOf(this.jdbc.queryForObject(sql, Object.class));
	}

}
