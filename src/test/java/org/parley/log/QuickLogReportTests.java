package org.parley.log;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Everything a report says of a round fits on the quick log: each delegate's post at the
 * round, a new proposal's topics, a new delegate as the speaker of a position, and the
 * party that introduced a new proposal recorded as its proposer.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "log-editor", roles = "EDITOR")
class QuickLogReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void postsTopicsAndANewDelegateAsSpeakerAreSavedAndShown() throws Exception {
		Map<String, String> form = riyadhTalksWithMerezhkoAndANewEnvoy();
		form.put("proposals[0].topicIds", QuickLogPage.id(this.jdbc, "topic", "ceasefire"));
		form.put("positions[0].speakerId", "");
		form.put("positions[0].speakerDelegate", "1");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());

		long round = this.jdbc.queryForObject("select id from round where title = 'Riyadh talks'", Long.class);
		assertThat(this.jdbc.queryForList(
				"select pe.slug || ': ' || p.post from round_delegate_post p "
						+ "join person pe on pe.id = p.person_id where p.round_id = ? order by pe.slug",
				String.class, round))
			.containsExactly("kyrylo-example-envoy: presidential envoy",
					"oleksandr-merezhko: head of the parliamentary foreign affairs committee");
		String page = page(get("/rounds/{id}", round));
		assertThat(page).contains("presidential envoy").contains("head of the parliamentary foreign affairs committee");

		Map<String, Object> ceasefire = this.jdbc.queryForMap("select p.id, "
				+ "(select string_agg(t.slug, ',') from proposal_topic pt join topic t on t.id = pt.topic_id "
				+ "where pt.proposal_id = p.id) as topics, (select string_agg(pa.slug, ',') from proposal_proposer pp "
				+ "join party pa on pa.id = pp.party_id where pp.proposal_id = p.id) as proposers "
				+ "from proposal p where p.title = 'Ceasefire along the contact line'");
		assertThat(ceasefire).containsEntry("topics", "ceasefire").containsEntry("proposers", "united-states");
		assertThat(this.jdbc.queryForObject(
				"select pe.full_name from position po join person pe on pe.id = po.speaker_id "
						+ "where po.proposal_id = ? and po.condition = 'Only with international monitors'",
				String.class, ceasefire.get("id")))
			.isEqualTo("Kyrylo Example-Envoy");
	}

	@Test
	void aNewDelegatesPostIsTheirTitleOnTheReportAndTheirPageListsTheRoundsTheyAttended() throws Exception {
		Map<String, String> form = riyadhTalksWithMerezhkoAndANewEnvoy();
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());

		long envoy = this.jdbc.queryForObject("select id from person where slug = 'kyrylo-example-envoy'", Long.class);
		String page = page(get("/people/{id}", envoy));
		assertThat(page).contains(">Titles held</h2>")
			.containsPattern("presidential envoy,\\s*as of\\s*<time datetime=\"2026-03-04\"")
			.contains("Abu Dhabi talks end with a ceasefire plan on the table")
			.contains(">Rounds attended, latest first</h2>")
			.containsPattern(
					">Riyadh talks</a>\\s*<span[^>]*>\\(Russia–Ukraine[^<]*\\)</span>:\\s*<span>as presidential envoy</span>");

		long merezhko = Long.parseLong(QuickLogPage.id(this.jdbc, "person", "oleksandr-merezhko"));
		assertThat(page(get("/people/{id}", merezhko)))
			.containsPattern(">Riyadh talks</a>[\\s\\S]*as head of the parliamentary foreign affairs committee");
	}

	@Test
	void aProposalDiscussedAgainWithNobodyIntroducingItReadsAsDiscussedNotIntroduced() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Discussed again talks");
		form.put("proposals[1].proposalId", QuickLogPage.id(this.jdbc, "proposal", "donbas-demilitarized-zone"));
		form.put("proposals[1].title", "");
		form.put("proposals[1].introducedById", "");
		form.put("positions[2].proposal", QuickLogPage.id(this.jdbc, "proposal", "donbas-demilitarized-zone"));
		String location = this.mvc.perform(QuickLogPage.post(form))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(page(get(location))).contains("Discussed; no party is recorded as having put it on the table here.");
		String source = QuickLogPage.id(this.jdbc, "source", "report");
		assertThat(page(get("/sources/{id}", source))).contains("the discussion of");
	}

	@Test
	void aPartyNewToTheNegotiationJoinsItOnlyInTheRoleTheEditorChoosesAndTheMediatorAsMediator() throws Exception {
		long turkiye = newParty("turkiye-log", "Türkiye", "TR");
		long qatar = newParty("qatar-log", "Qatar", "QA");
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Istanbul talks");
		form.put("round.mediatorId", Long.toString(turkiye));
		form.put("round.partyIds", Long.toString(qatar));
		String html = refused(form);
		assertThat(QuickLogPage.errorNextTo(html, "round.partyIds")).contains("Not yet in this negotiation: Qatar.");
		assertThat(html).contains("Qatar joins the negotiation as")
			.containsPattern("<select id=\"joining-" + qatar + "\" name=\"round.joining\\[" + qatar + "\\]\"")
			.doesNotContain("Türkiye joins the negotiation as");

		form.put("round.joining[" + qatar + "]", "OBSERVER");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		assertThat(rolesOfTheNewParties()).containsExactly("qatar-log OBSERVER", "turkiye-log MEDIATOR");
	}

	@Test
	void aMediatorAlsoTickedAmongThePartiesJoinsAsMediatorUnasked() throws Exception {
		long turkiye = newParty("turkiye-log", "Türkiye", "TR");
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Ankara talks");
		form.put("round.mediatorId", Long.toString(turkiye));
		form.put("round.partyIds", Long.toString(turkiye));
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		assertThat(rolesOfTheNewParties()).containsExactly("turkiye-log MEDIATOR");
	}

	/**
	 * A valid log whose delegates are Merezhko on record and a new envoy, each with a
	 * post.
	 */
	private Map<String, String> riyadhTalksWithMerezhkoAndANewEnvoy() {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Riyadh talks");
		form.put("delegates[0].personId", QuickLogPage.id(this.jdbc, "person", "oleksandr-merezhko"));
		form.put("delegates[0].post", "head of the parliamentary foreign affairs committee");
		form.put("delegates[1].fullName", "Kyrylo Example-Envoy");
		form.put("delegates[1].partyId", QuickLogPage.id(this.jdbc, "party", "ukraine"));
		form.put("delegates[1].post", "presidential envoy");
		return form;
	}

	private long newParty(String slug, String name, String country) {
		return this.jdbc.queryForObject("insert into party (slug, name, short_name, kind, country_code) "
				+ "values (?, ?, ?, 'STATE', ?) returning id", Long.class, slug, name, name, country);
	}

	private java.util.List<String> rolesOfTheNewParties() {
		return this.jdbc.queryForList("select pa.slug || ' ' || np.role from negotiation_party np "
				+ "join party pa on pa.id = np.party_id join negotiation n on n.id = np.negotiation_id "
				+ "where n.slug = 'russia-ukraine' and pa.slug like '%-log' order by pa.slug", String.class);
	}

	@Test
	void aSpeakerRowThatNamesNoNewPersonIsRefusedNextToIt() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Refused speaker");
		form.put("delegates[0].personId", QuickLogPage.id(this.jdbc, "person", "oleksandr-merezhko"));
		form.put("positions[0].speakerId", "");
		form.put("positions[0].speakerDelegate", "0");
		form.put("positions[2].speakerDelegate", "1");
		String html = refused(form);
		assertThat(QuickLogPage.errorNextTo(html, "positions[0].speakerDelegate"))
			.contains("Choose a delegate row that names a new person");
		assertThat(QuickLogPage.errorNextTo(html, "positions[2].speakerDelegate"))
			.contains("Either pick a speaker on record or a new delegate of this log, not both.");
	}

	@Test
	void topicsOfAProposalOnRecordAndUnknownTopicsAreRefused() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Refused topics");
		form.put("proposals[0].proposalId", QuickLogPage.id(this.jdbc, "proposal", "donbas-demilitarized-zone"));
		form.put("proposals[0].title", "");
		form.put("proposals[0].topicIds", QuickLogPage.id(this.jdbc, "topic", "ceasefire"));
		form.put("proposals[1].topicIds", "987654321");
		String html = refused(form);
		assertThat(QuickLogPage.errorNextTo(html, "proposals[0].topicIds"))
			.contains("change a proposal on record’s topics on its own edit page");
		form.put("proposals[0].topicIds", "");
		assertThat(QuickLogPage.errorNextTo(refused(form), "proposals[1].topicIds"))
			.contains("Choose topics from the list.");
	}

	@Test
	void aTopicOrSpeakerTypedInTheSearchBoxButNotChosenIsRefusedNextToIt() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Typed not chosen");
		form.put("typed.proposals[0].topicIds", "humanitarian");
		form.put("typed.round.mediatorId", "");
		form.put("round.mediatorId", "");
		form.put("delegates[0].personId", "");
		form.put("typed.delegates[0].personId", "Umerov");
		String html = refused(form);
		assertThat(QuickLogPage.errorNextTo(html, "proposals[0].topicIds"))
			.contains("You typed “humanitarian” here but chose nothing");
		assertThat(QuickLogPage.errorNextTo(html, "delegates[0].personId")).contains("You typed “Umerov” here")
			.contains("type the full name under “Or a new person”");
	}

	@Test
	void removingARowThatAPositionNamedSaysSo() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Removed rows");
		form.put("delegates[0].fullName", "Kyrylo Example-Envoy");
		form.put("positions[0].speakerId", "");
		form.put("positions[0].speakerDelegate", "0");
		assertThat(page(QuickLogPage.post(form, "removeDelegate", "0")))
			.contains("The removed delegate row was the speaker of position rows 1: they have no speaker now");
		assertThat(page(QuickLogPage.post(form, "removeProposal", "0")))
			.contains("Position rows 1, 2 were about the removed proposal row");
	}

	@Test
	void aNameTypedThatNamesExactlyOneRecordChoosesItWithoutTheScript() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Typed and named");
		form.put("typed.proposals[0].topicIds", "ceasefire");
		form.put("typedKind.proposals[0].topicIds", "topic");
		form.put("round.mediatorId", "");
		form.put("typed.round.mediatorId", "United States");
		form.put("typedKind.round.mediatorId", "party");
		this.mvc.perform(QuickLogPage.post(form)).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"select t.slug from proposal_topic pt join topic t on t.id = pt.topic_id "
						+ "join proposal p on p.id = pt.proposal_id where p.title = 'Ceasefire along the contact line'",
				String.class))
			.isEqualTo("ceasefire");
		assertThat(this.jdbc.queryForObject("select pa.slug from round r join party pa on pa.id = r.mediator_party_id "
				+ "where r.title = 'Typed and named'", String.class))
			.isEqualTo("united-states");
	}

	@Test
	void aPostLongerThanItsColumnIsRefusedNextToIt() throws Exception {
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Refused post");
		form.put("delegates[0].fullName", "Long Post");
		form.put("delegates[0].post", "x".repeat(201));
		assertThat(QuickLogPage.errorNextTo(refused(form), "delegates[0].post"))
			.contains("Keep the post to 200 characters or fewer.");
	}

	@Test
	void theFormSaysWhatIntroducedByRecordsAndNamesDelegateRowsForSpeakers() throws Exception {
		String empty = page(get("/log"));
		assertThat(empty).contains("Introduced at this round by (for a new proposal, also recorded as who proposed it)")
			.contains("Delegate row 1: (type a new person’s name in that row)")
			.contains("Post at this round")
			.contains("Topics of the new proposal")
			.contains("What the statuses mean")
			.contains("Formally put on the table by a party or mediator.");
		Map<String, String> form = QuickLogPage.valid(this.jdbc, "Named rows");
		form.put("delegates[1].fullName", "Kyrylo Example-Envoy");
		String added = this.mvc.perform(QuickLogPage.post(form, "addDelegate", "1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(added).contains("Delegate row 2: Kyrylo Example-Envoy")
			.contains("Add a topic not on the list")
			.contains("Add a party not on the list")
			.contains("Proposal row 1: Ceasefire along the contact line")
			// The page comes back at the section whose rows changed.
			.contains("formaction=\"/log#delegates\"")
			.contains("formaction=\"/log#positions\"");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String refused(Map<String, String> form) throws Exception {
		Map<String, Long> before = QuickLogPage.counts(this.jdbc);
		String html = page(QuickLogPage.post(form));
		assertThat(QuickLogPage.counts(this.jdbc)).isEqualTo(before);
		return html;
	}

}
