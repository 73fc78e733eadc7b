package org.parley.proposal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Creating, editing and deleting proposals through their form, as an editor. */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "proposal-editor", roles = "EDITOR")
class ProposalEditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theNewFormPreselectsTheNegotiationAndRowButtonsReRenderWithoutSaving() throws Exception {
		this.mvc.perform(get("/proposals/new").param("negotiation", negotiation()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Add a proposal")))
			.andExpect(content().string(containsString("value=\"" + negotiation() + "\" selected=\"selected\"")))
			.andExpect(content().string(containsString("name=\"points[0].text\"")))
			.andExpect(content().string(not(containsString("name=\"points[1].text\""))))
			.andExpect(content().string(containsString("name=\"relations[0].targetId\"")))
			.andExpect(content().string(containsString("name=\"citations[0].citationId\"")))
			.andExpect(content().string(not(containsString("danger-zone"))));
		long before = proposalCount();
		this.mvc.perform(valid(post("/proposals"), "title", "", "addPoint", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"points[2].text\"")))
			.andExpect(content().string(containsString("Second provision.")))
			.andExpect(content().string(not(containsString("Please correct the following"))));
		this.mvc.perform(valid(post("/proposals"), "addRelation", "1"))
			.andExpect(content().string(containsString("name=\"relations[1].targetId\"")));
		this.mvc.perform(valid(post("/proposals"), "addCitation", "1"))
			.andExpect(content().string(containsString("name=\"citations[1].citationId\"")));
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void createsAProposalWithEverythingAndShowsItOnItsPage() throws Exception {
		String location = this.mvc.perform(valid(post("/proposals")))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "proposal.notice.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// The test's transaction holds the save: write the join rows before reading them.
		this.entityManager.flush();
		Long id = this.jdbc.queryForObject(
				"select id from proposal where slug = 'black-sea-corridor' and negotiation_id = ?", Long.class,
				Long.valueOf(negotiation()));
		assertThat(location).isEqualTo("/proposals/" + id);
		assertThat(this.jdbc.queryForObject("select summary from proposal where id = ?", String.class, id))
			.isEqualTo("A *corridor* for <ships>.");
		assertThat(this.jdbc.queryForObject("select first_reported_on from proposal where id = ?", String.class, id))
			.isEqualTo("2026-02-18");
		String page = this.mvc.perform(get(location)).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Black Sea corridor")
			.contains("A <em>corridor</em> for &lt;ships&gt;.")
			.contains("tabled")
			.contains("leaked")
			.contains("Proposed by")
			.contains("Territory")
			.contains("Donetsk Oblast")
			.contains("US–Russian 28-point peace plan");
		assertThat(page.indexOf("First provision.")).isPositive().isLessThan(page.indexOf("Second provision."));
		assertThat(this.jdbc.queryForList(
				"select kind from proposal_relation where proposal_id = ? and related_proposal_id = ?", String.class,
				id, proposal("28-point-peace-plan")))
			.containsExactly("PART_OF");
		assertThat(this.jdbc.queryForList("select p.slug from proposal_proposer pp join party p on p.id = pp.party_id "
				+ "where pp.proposal_id = ?", String.class, id))
			.containsExactlyInAnyOrder("ukraine", "united-states");
		assertThat(this.jdbc.queryForObject("select bearing from proposal_citation where proposal_id = ?", String.class,
				id))
			.isEqualTo("DISPUTES");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' "
						+ "and entity_type = 'Proposal' and entity_id = ? and actor = 'proposal-editor'",
				Long.class, id.toString()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'CREATE' "
				+ "and entity_type = 'ProposalPoint' and actor = 'proposal-editor'", Long.class))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void editsAProposalFromItsPageKeepingWhatIsNotChanged() throws Exception {
		long id = proposal("joint-civilian-administration");
		long version = version(id);
		this.mvc.perform(get("/proposals/{id}", id))
			.andExpect(content().string(containsString("/proposals/" + id + "/edit")))
			.andExpect(content().string(containsString("/positions/new?proposal=" + id + "&amp;party=")))
			.andExpect(content().string(containsString("/citations/new?proposal=" + id)));
		MultiValueMap<String, String> form = stored(id);
		assertThat(form.getFirst("points[2].text")).contains("potentially be staffed");
		form.set("title", "Joint civilian administration (revised)");
		form.set("points[0].text", "Both armies withdraw.");
		form.set("topicIds", topic("governance"));
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/proposals/" + id));
		this.entityManager.flush();
		assertThat(version(id)).isEqualTo(version + 1);
		assertThat(this.jdbc.queryForList("select text from proposal_point where proposal_id = ? order by ordinal",
				String.class, id))
			.hasSize(3)
			.first()
			.isEqualTo("Both armies withdraw.");
		assertThat(this.jdbc.queryForList(
				"select t.slug from proposal_topic pt join topic t on t.id = pt.topic_id " + "where pt.proposal_id = ?",
				String.class, id))
			.containsExactly("governance");
		// Untouched: the relation and its note, the proposers, the first report.
		assertThat(
				this.jdbc.queryForObject("select note from proposal_relation where proposal_id = ?", String.class, id))
			.contains("political logic");
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_proposer where proposal_id = ?", Long.class,
				id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'UPDATE' "
						+ "and entity_type = 'Proposal' and entity_id = ? and actor = 'proposal-editor'",
				Long.class, "" + id))
			.isPositive();
		this.mvc.perform(get("/proposals/{id}", id))
			.andExpect(content().string(containsString("Joint civilian administration (revised)")))
			.andExpect(content().string(containsString("Both armies withdraw.")));
	}

	@Test
	void changingOnlyAPointCountsAsAChangeOfTheProposal() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		long version = version(id);
		MultiValueMap<String, String> form = stored(id);
		form.set("points[1].text", "The area becomes a demilitarized zone under monitors.");
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form)).andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(version(id)).isEqualTo(version + 1);
	}

	@Test
	void pointsAreReorderedRemovedAndAddedWithoutSavingUntilSave() throws Exception {
		long id = proposal("joint-civilian-administration");
		MultiValueMap<String, String> form = stored(id);
		List<Long> pointIds = this.jdbc
			.queryForList("select id from proposal_point where proposal_id = ? order by ordinal", Long.class, id);
		form.set("movePointUp", "2");
		String page = this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("potentially be staffed")).isLessThan(page.indexOf("A civilian authority is"));
		assertThat(this.jdbc.queryForList("select text from proposal_point where proposal_id = ? order by ordinal",
				String.class, id))
			.last()
			.asString()
			.contains("potentially be staffed");
		// Submit the reordered form: the third point is now second, and keeps its
		// identity.
		MultiValueMap<String, String> reordered = stored(id);
		swap(reordered, 1, 2);
		reordered.set("points[0].text", "");
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(reordered)).andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("select id from proposal_point where proposal_id = ? order by ordinal",
				Long.class, id))
			.containsExactly(pointIds.get(2), pointIds.get(1));
		assertThat(this.jdbc.queryForList("select ordinal from proposal_point where proposal_id = ? order by ordinal",
				Integer.class, id))
			.containsExactly(0, 1);
		form = stored(id);
		form.set("removePoint", "0");
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("potentially be staffed"))));
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("title", " ", "title", "Enter the proposal’s title."),
				Arguments.of("title", "x".repeat(301), "title", "Keep the title to 300 characters or fewer."),
				Arguments.of("summary", "x".repeat(20001), "summary", "20,000 characters"),
				Arguments.of("negotiationId", "", "negotiationId", "Choose the negotiation the proposal belongs to."),
				Arguments.of("negotiationId", "987654321", "negotiationId", "Choose a negotiation from the list."),
				Arguments.of("negotiationId", "geneva", "negotiationId", "Choose a negotiation from the list."),
				Arguments.of("status", "", "status", "Choose the proposal’s status."),
				Arguments.of("status", "DEAD", "status", "Choose one of the statuses listed."),
				Arguments.of("disclosure", "WHISPERED", "disclosure", "Choose one of the disclosures listed."),
				Arguments.of("firstReportedOn", "18/02/2026", "firstReportedOn", "Enter the date as YYYY-MM-DD"),
				Arguments.of("firstReportedCitationId", "987654321", "firstReportedCitationId",
						"Choose a report from the list."),
				Arguments.of("proposerIds", "987654321", "proposerIds", "Choose the parties from the list."),
				Arguments.of("proposerIds", "ukraine", "proposerIds", "Choose the parties from the list."),
				Arguments.of("topicIds", "987654321", "topicIds", "Choose the topics from the list."),
				Arguments.of("regionIds", "987654321", "regionIds", "Choose the regions from the list."),
				Arguments.of("points[0].label", "x".repeat(51), "points[0].label", "50 characters"),
				Arguments.of("points[1].text", "", "points[1].text", "Enter the point’s text"),
				Arguments.of("relations[0].targetId", "987654321", "relations[0].targetId",
						"Choose a proposal from the list."),
				Arguments.of("relations[0].targetId", "plan", "relations[0].targetId",
						"Choose a proposal from the list."),
				Arguments.of("relations[0].kind", "COUSIN_OF", "relations[0].kind",
						"Choose one of the relations listed."),
				Arguments.of("relations[1].targetId", "PLAN", "relations[1].targetId",
						"This relation is already in another row."),
				Arguments.of("citations[0].citationId", "987654321", "citations[0].citationId",
						"Choose a report from the list."),
				Arguments.of("citations[0].bearing", "", "citations[0].bearing", "Choose whether the report"),
				Arguments.of("citations[1].citationId", "CITATION", "citations[1].citationId",
						"This report is already in another row"));
	}

	@ParameterizedTest
	@MethodSource("invalidFields")
	void eachInvalidFieldIsExplainedNextToItAndInTheSummaryAndNothingIsSaved(String field, String value, String anchor,
			String message) throws Exception {
		long before = proposalCount();
		String actual = switch (value) {
			case "PLAN" -> "" + proposal("28-point-peace-plan");
			case "CITATION" -> citation();
			default -> value;
		};
		String[] overrides = { "relations[1].kind", "PART_OF", "citations[1].bearing", "SUPPORTS", "points[1].label",
				"b)", field, actual };
		this.mvc.perform(valid(post("/proposals"), overrides))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("href=\"#" + anchor.replace("[", "").replace("]", "") + "\"")))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString(message)));
		assertThat(proposalCount()).isEqualTo(before);
		long id = proposal("donbas-demilitarized-zone");
		MultiValueMap<String, String> form = stored(id);
		form.set(field, actual);
		if (field.startsWith("relations[1]")) {
			form.set("relations[0].kind", "PART_OF");
		}
		if (field.startsWith("citations[1]")) {
			form.set("citations[0].citationId", citation());
			form.set("citations[0].bearing", "SUPPORTS");
		}
		if (field.equals("points[1].text")) {
			form.set("points[1].label", "b)");
		}
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(message)));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select title from proposal where id = ?", String.class, id))
			.isEqualTo("Demilitarized zone in the Donbas");
	}

	@Test
	void anEditorCitesAReportWithItsBearingAndANoteOnARelationRow() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		long report = this.jdbc.queryForObject(
				"select min(c.id) from citation c where c.excerpt like "
						+ "'The idea of establishing a demilitarized zone in the Donbas was initially included%'",
				Long.class);
		this.mvc.perform(get("/proposals/{id}/edit", id))
			.andExpect(content().string(containsString("name=\"relations[0].note\"")))
			.andExpect(content().string(containsString("name=\"relations[0].citations[0].citationId\"")))
			.andExpect(content().string(containsString("name=\"relations[0].citations[0].bearing\"")));
		MultiValueMap<String, String> form = stored(id);
		form.set("relations[0].note", "The plan held the DMZ first.");
		form.set("relations[0].citations[0].citationId", "" + report);
		form.set("relations[0].citations[0].bearing", "DISPUTES");
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form)).andExpect(status().isFound());
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("select r.note || ' / ' || l.citation_id || ' ' || l.bearing "
				+ "from proposal_relation r join proposal_relation_citation l on l.relation_id = r.id "
				+ "where r.proposal_id = ?", String.class, id))
			.containsExactly("The plan held the DMZ first. / " + report + " DISPUTES");
		this.mvc.perform(get("/proposals/{id}", id))
			.andExpect(content().string(containsString("The plan held the DMZ first.")))
			.andExpect(content().string(containsString("0 supporting, 1 disputing")));
		// The relation's report is a part of the proposal: its history and /changes name
		// the
		// relations.
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = "
						+ "'ProposalRelationCitation' and part_of_type = 'Proposal' and part_of_id = ?",
				Long.class, "" + id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select fields from record_change where entity_type = 'Proposal' "
				+ "and record_id = ? order by first_event_id desc limit 1", String.class, id))
			.contains("relations");
	}

	@Test
	void aRelationRowCitingAReportNotOnRecordIsRefusedNextToIt() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		MultiValueMap<String, String> form = stored(id);
		form.set("relations[0].citations[0].citationId", "987654321");
		form.set("relations[0].citations[0].bearing", "SUPPORTS");
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#relations0.citations0.citationId\"")))
			.andExpect(content().string(containsString("Choose a report from the list.")));
		assertThat(this.jdbc.queryForObject("select count(*) from proposal_relation_citation", Long.class))
			.isEqualTo(1);
	}

	@Test
	void aProposalIsNotRelatedToItself() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		MultiValueMap<String, String> form = stored(id);
		form.set("relations[1].kind", "ALTERNATIVE_TO");
		form.set("relations[1].targetId", "" + id);
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#relations1.targetId\"")))
			.andExpect(content().string(containsString("A proposal cannot be related to itself.")));
	}

	@Test
	void partOfCannotCloseACycle() throws Exception {
		// Stored: the DMZ is part of the 28-point plan. The plan cannot become part of
		// the
		// DMZ.
		long plan = proposal("28-point-peace-plan");
		MultiValueMap<String, String> form = stored(plan);
		form.set("relations[0].kind", "PART_OF");
		form.set("relations[0].targetId", "" + proposal("donbas-demilitarized-zone"));
		this.mvc.perform(post("/proposals/{id}", plan).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#relations0.targetId\"")))
			.andExpect(content().string(containsString("a proposal cannot be part of itself")));
		// A longer one: A part of B, B part of C, then C part of A.
		long a = create("Cycle A", "PART_OF", null);
		long b = create("Cycle B", null, null);
		long c = create("Cycle C", null, null);
		link(a, b);
		link(b, c);
		MultiValueMap<String, String> closing = stored(c);
		closing.set("relations[0].kind", "PART_OF");
		closing.set("relations[0].targetId", "" + a);
		this.mvc.perform(post("/proposals/{id}", c).with(csrf()).params(closing))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("a proposal cannot be part of itself")));
		assertThat(
				this.jdbc.queryForObject("select count(*) from proposal_relation where proposal_id = ?", Long.class, c))
			.isZero();
		// Another kind of relation back is fine.
		closing.set("relations[0].kind", "EVOLVED_FROM");
		this.mvc.perform(post("/proposals/{id}", c).with(csrf()).params(closing)).andExpect(status().isFound());
	}

	@Test
	void aProposalDiscussedAtARoundStaysInItsNegotiationAnotherMayMove() throws Exception {
		long elsewhere = this.jdbc.queryForObject(
				"insert into negotiation (slug, title) values ('other-talks', 'Other talks') returning id", Long.class);
		long discussed = proposal("joint-civilian-administration");
		long negotiationBefore = this.jdbc.queryForObject("select negotiation_id from proposal where id = ?",
				Long.class, discussed);
		MultiValueMap<String, String> moved = stored(discussed);
		moved.set("negotiationId", "" + elsewhere);
		this.mvc.perform(post("/proposals/{id}", discussed).with(csrf()).params(moved))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it stays in that negotiation")));
		assertThat(this.jdbc.queryForObject("select negotiation_id from proposal where id = ?", Long.class, discussed))
			.isEqualTo(negotiationBefore);
		long free = create("Free-standing idea", null, null);
		MultiValueMap<String, String> freeMoved = stored(free);
		freeMoved.set("negotiationId", "" + elsewhere);
		this.mvc.perform(post("/proposals/{id}", free).with(csrf()).params(freeMoved)).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select negotiation_id from proposal where id = ?", Long.class, free))
			.isEqualTo(elsewhere);
	}

	@Test
	void aStaleVersionGets409WithTheInputKeptAndTheOtherChangeShownFieldByField() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		long seen = version(id);
		MultiValueMap<String, String> other = stored(id);
		other.set("points[0].text", "Ukrainian troops withdraw (other editor).");
		other.set("regionIds", region("donbas"));
		this.mvc
			.perform(post("/proposals/{id}", id).with(user("other-editor").roles("EDITOR")).with(csrf()).params(other))
			.andExpect(status().isFound());
		this.entityManager.flush();
		MultiValueMap<String, String> mine = stored(id);
		mine.set("version", "" + seen);
		mine.set("title", "DMZ (mine)");
		mine.set("points[0].text",
				"Ukrainian troops withdraw from the parts of Donetsk Oblast that Kyiv still controls.");
		mine.set("regionIds", region("donetsk-oblast"));
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(mine))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else saved this meanwhile")))
			.andExpect(content().string(containsString("value=\"DMZ (mine)\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version(id) + "\"")))
			.andExpect(content().string(containsString("href=\"#title\">Title</a>")))
			.andExpect(content().string(containsString("href=\"#points\">Points</a>")))
			.andExpect(content().string(containsString("1. Ukrainian troops withdraw (other editor).")))
			.andExpect(content().string(containsString("href=\"#regionIds\">Regions</a>")))
			.andExpect(content().string(not(containsString("href=\"#topicIds\">"))));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select title from proposal where id = ?", String.class, id))
			.isEqualTo("Demilitarized zone in the Donbas");
	}

	@Test
	void theDmzIsNotDeletedWhileOtherRecordsReferToItAndTheyAreListed() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		this.mvc.perform(post("/proposals/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("This record cannot be deleted")))
			.andExpect(content().string(containsString("proposals related to it")))
			.andExpect(content().string(containsString("Freeze the current front line")))
			.andExpect(content().string(containsString("Joint Russian–Ukrainian civilian administration")));
		assertThat(proposalCount()).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where id = ?", Long.class, id)).isEqualTo(1);
		long joint = proposal("joint-civilian-administration");
		this.mvc.perform(post("/proposals/{id}/delete", joint).with(csrf()).param("version", "" + version(joint)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("position")))
			.andExpect(content().string(containsString("round")));
	}

	@Test
	void anUnreferencedProposalIsDeletedWithItsRowsAndTheAuditTrailKeepsIt() throws Exception {
		long id = create("Short-lived idea", "PART_OF", "" + proposal("28-point-peace-plan"));
		this.mvc.perform(get("/proposals/{id}/edit", id))
			.andExpect(content().string(containsString("/proposals/" + id + "/delete")));
		this.mvc
			.perform(post("/proposals/{id}/delete", id).with(csrf())
				.param("version", "" + version(id))
				.param("confirmed", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/proposals"))
			.andExpect(flash().attribute("flash", "proposal.notice.deleted"));
		assertThat(this.jdbc.queryForObject("select count(*) from proposal where id = ?", Long.class, id)).isZero();
		assertThat(
				this.jdbc.queryForObject("select count(*) from proposal_point where proposal_id = ?", Long.class, id))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'DELETE' "
				+ "and entity_type = 'Proposal' and entity_id = ?", Long.class, "" + id))
			.isEqualTo(1);
	}

	@Test
	void unknownProposalsAre404AndAMissingVersion400AndTooManyRows400() throws Exception {
		this.mvc.perform(get("/proposals/987654321/edit")).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/proposals/987654321"), "version", "0")).andExpect(status().isNotFound());
		this.mvc.perform(valid(post("/proposals/{id}", proposal("donbas-demilitarized-zone"))))
			.andExpect(status().isBadRequest());
		this.mvc.perform(valid(post("/proposals"), "points[500].text", "Too far")).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "proposal-analyst", roles = "ANALYST")
	void anAnalystIsRefusedEveryFormAndEveryWrite() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		long before = proposalCount();
		this.mvc.perform(get("/proposals/new")).andExpect(status().isForbidden());
		this.mvc.perform(get("/proposals/{id}/edit", id)).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/proposals"))).andExpect(status().isForbidden());
		this.mvc.perform(valid(post("/proposals"), "addPoint", "1")).andExpect(status().isForbidden());
		this.mvc.perform(post("/proposals/{id}", id).with(csrf()).params(stored(id))).andExpect(status().isForbidden());
		this.mvc.perform(post("/proposals/{id}/delete", id).with(csrf()).param("version", "" + version(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/proposals/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/edit\""))))
			.andExpect(content().string(not(containsString("/positions/new"))));
		assertThat(proposalCount()).isEqualTo(before);
	}

	@Test
	void writesNeedTheCsrfToken() throws Exception {
		long id = proposal("donbas-demilitarized-zone");
		this.mvc.perform(post("/proposals").param("title", "No token")).andExpect(status().isForbidden());
		this.mvc.perform(post("/proposals/{id}/delete", id).param("version", "" + version(id)))
			.andExpect(status().isForbidden());
	}

	// --- helpers

	private long create(String title, String kind, String target) throws Exception {
		this.mvc
			.perform(valid(post("/proposals"), "title", title, "relations[0].kind", (kind != null) ? kind : "PART_OF",
					"relations[0].targetId", (target != null) ? target : "", "citations[0].citationId", ""))
			.andExpect(status().isFound());
		return this.jdbc.queryForObject("select id from proposal where title = ?", Long.class, title);
	}

	private void link(long from, long to) throws Exception {
		MultiValueMap<String, String> form = stored(from);
		form.set("relations[0].kind", "PART_OF");
		form.set("relations[0].targetId", "" + to);
		this.mvc.perform(post("/proposals/{id}", from).with(csrf()).params(form)).andExpect(status().isFound());
	}

	/** The edit form of a stored proposal as the browser would send it back. */
	private MultiValueMap<String, String> stored(long id) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		Map<String, Object> row = this.jdbc.queryForMap("select * from proposal where id = ?", id);
		form.add("version", "" + row.get("version"));
		form.add("negotiationId", "" + row.get("negotiation_id"));
		form.add("title", (String) row.get("title"));
		form.add("summary", (String) row.get("summary"));
		form.add("status", (String) row.get("status"));
		form.add("disclosure", (String) row.get("disclosure"));
		form.add("firstReportedOn", (row.get("first_reported_on") != null) ? "" + row.get("first_reported_on") : "");
		form.add("firstReportedCitationId",
				(row.get("first_reported_citation_id") != null) ? "" + row.get("first_reported_citation_id") : "");
		form.add("proposerIds", ids("select party_id from proposal_proposer where proposal_id = ?", id));
		form.add("topicIds", ids("select topic_id from proposal_topic where proposal_id = ?", id));
		form.add("regionIds", ids("select region_id from proposal_region where proposal_id = ?", id));
		List<Map<String, Object>> points = this.jdbc
			.queryForList("select id, label, text from proposal_point where proposal_id = ? order by ordinal", id);
		for (int i = 0; i < points.size(); i++) {
			form.add("points[" + i + "].id", "" + points.get(i).get("id"));
			form.add("points[" + i + "].label",
					(points.get(i).get("label") != null) ? (String) points.get(i).get("label") : "");
			form.add("points[" + i + "].text", (String) points.get(i).get("text"));
		}
		form.add("points[" + points.size() + "].text", "");
		List<Map<String, Object>> relations = this.jdbc.queryForList(
				"select id, kind, related_proposal_id, note from proposal_relation where proposal_id = ? order by id",
				id);
		int i = 0;
		for (Map<String, Object> relation : relations) {
			form.add("relations[" + i + "].kind", (String) relation.get("kind"));
			form.add("relations[" + i + "].targetId", "" + relation.get("related_proposal_id"));
			form.add("relations[" + i + "].note", (relation.get("note") != null) ? (String) relation.get("note") : "");
			List<Map<String, Object>> cited = this.jdbc.queryForList(
					"select citation_id, bearing from proposal_relation_citation where relation_id = ? order by id",
					relation.get("id"));
			for (int c = 0; c < cited.size(); c++) {
				form.add("relations[" + i + "].citations[" + c + "].citationId", "" + cited.get(c).get("citation_id"));
				form.add("relations[" + i + "].citations[" + c + "].bearing", (String) cited.get(c).get("bearing"));
			}
			i++;
		}
		form.add("relations[" + i + "].kind", "PART_OF");
		form.add("relations[" + i + "].targetId", "");
		List<Map<String, Object>> citations = this.jdbc
			.queryForList("select citation_id, bearing from proposal_citation where proposal_id = ? order by id", id);
		i = 0;
		for (Map<String, Object> citation : citations) {
			form.add("citations[" + i + "].citationId", "" + citation.get("citation_id"));
			form.add("citations[" + i + "].bearing", (String) citation.get("bearing"));
			i++;
		}
		form.add("citations[" + i + "].citationId", "");
		form.add("citations[" + i + "].bearing", "SUPPORTS");
		return form;
	}

	private static void swap(MultiValueMap<String, String> form, int a, int b) {
		for (String part : List.of("id", "label", "text")) {
			String first = form.getFirst("points[" + a + "]." + part);
			form.set("points[" + a + "]." + part, form.getFirst("points[" + b + "]." + part));
			form.set("points[" + b + "]." + part, first);
		}
	}

	private String ids(String sql, long id) {
		return String.join(",", this.jdbc.queryForList(sql, Long.class, id).stream().map(String::valueOf).toList());
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("select version from proposal where id = ?", Long.class, id);
	}

	private long proposalCount() {
		return this.jdbc.queryForObject("select count(*) from proposal", Long.class);
	}

	private String negotiation() {
		return "" + this.jdbc.queryForObject("select id from negotiation where slug = 'russia-ukraine'", Long.class);
	}

	private String party(String slug) {
		return "" + this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

	private String topic(String slug) {
		return "" + this.jdbc.queryForObject("select id from topic where slug = ?", Long.class, slug);
	}

	private String region(String slug) {
		return "" + this.jdbc.queryForObject("select id from region where slug = ?", Long.class, slug);
	}

	private String citation() {
		return "" + this.jdbc.queryForObject("select min(id) from citation", Long.class);
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String... overrides) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("negotiationId", negotiation());
		fields.put("title", "Black Sea corridor");
		fields.put("summary", "A *corridor* for <ships>.");
		fields.put("status", "TABLED");
		fields.put("disclosure", "LEAKED");
		fields.put("firstReportedOn", "2026-02-18");
		fields.put("firstReportedCitationId", citation());
		fields.put("proposerIds", party("ukraine") + "," + party("united-states"));
		fields.put("points[0].label", "");
		fields.put("points[0].text", "First provision.");
		fields.put("points[1].text", "Second provision.");
		fields.put("topicIds", topic("territory"));
		fields.put("regionIds", region("donetsk-oblast"));
		fields.put("relations[0].kind", "PART_OF");
		fields.put("relations[0].targetId", "" + proposal("28-point-peace-plan"));
		fields.put("citations[0].citationId", citation());
		fields.put("citations[0].bearing", "DISPUTES");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		request.with(csrf());
		fields.forEach(request::param);
		return request;
	}

}
