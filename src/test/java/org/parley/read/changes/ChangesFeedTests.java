package org.parley.read.changes;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.position.Stance;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.proposal.ProposalStatus;
import org.parley.test.ParleyApplicationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /changes.atom}: what {@code /changes} shows, as an Atom feed. Records are
 * written through the entities as two editors and flushed, so the audit rows exist in the
 * test's transaction, which rolls them back.
 */
@ParleyApplicationTest
@Transactional
class ChangesFeedTests {

	private static final String ALICE = "feed-alice";

	private static final String BOB = "feed-bob";

	private static final String DMZ = "Demilitarized zone in the Donbas";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	NegotiationRepository negotiations;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	PartyRepository parties;

	@Autowired
	PositionRepository positions;

	@Test
	void theFeedIsAtomWithAnEntryForEachChangeNewestFirst() throws Exception {
		Proposal proposal = editedProposal("Patrol plan");
		MockHttpServletResponse response = this.mvc.perform(get("/changes.atom").param("editor", BOB).with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_ATOM_XML))
			.isTrue();
		Document feed = parse(response.getContentAsByteArray());
		Element root = feed.getDocumentElement();
		assertThat(root.getLocalName()).isEqualTo("feed");
		assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		assertThat(text(root, "title")).isEqualTo("Changes · Parley");
		assertThat(text(root, "id")).isEqualTo("http://localhost/changes.atom?editor=" + BOB);
		assertThat(links(root)).containsExactly("self http://localhost/changes.atom?editor=" + BOB,
				"alternate http://localhost/changes?editor=" + BOB);

		List<Element> entries = entries(feed);
		assertThat(entries).extracting((entry) -> text(entry, "title"))
			.containsExactly("Proposal ‘Patrol plan’ edited by " + BOB + ": Status",
					"Proposal ‘Patrol plan’ edited by " + BOB + ": Summary");
		Element newest = entries.get(0);
		assertThat(text(newest, "id")).matches("tag:localhost,2026:parley/changes/\\d+");
		assertThat(text(entries.get(1), "id")).isNotEqualTo(text(newest, "id"));
		assertThat(text(newest, "updated")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z")
			.isEqualTo(text(root, "updated"));
		assertThat(text((Element) newest.getElementsByTagNameNS("*", "author").item(0), "name")).isEqualTo(BOB);
		assertThat(links(newest)).containsExactly(
				"alternate http://localhost/proposals/" + proposal.getId() + "/history",
				"related http://localhost/proposals/" + proposal.getId());
		assertThat(((Element) newest.getElementsByTagNameNS("*", "category").item(0)).getAttribute("term"))
			.isEqualTo("proposals");
	}

	@Test
	void aStanceChangeReadsAsTheSentenceThePageShows() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		russiaComesRoundOnTheZone(dmz, russia);
		List<Element> entries = entries(feed(get("/changes.atom").param("editor", BOB)));
		assertThat(entries).hasSize(1);
		assertThat(text(entries.get(0), "title")).isEqualTo(
				"Russia on " + DMZ + ": opposes → conditional (if Russian police may patrol the zone), 2026-02-20");
		assertThat(text(entries.get(0), "summary")).isEqualTo("logged by " + BOB);
	}

	@Test
	void aNewConditionReadsAsAChangeEvenWhenTheStanceStaysConditional() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		russiaComesRoundOnTheZone(dmz, russia);
		Position later = as(BOB, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 22),
				DatePrecision.DAY, Stance.CONDITIONAL, "if the zone is monitored from the air")));
		as(BOB, () -> later.correctStance(Stance.CONDITIONAL, "if the zone is monitored by the OSCE"));
		List<String> titles = entries(feed(get("/changes.atom").param("editor", BOB))).stream()
			.map((entry) -> text(entry, "title"))
			.toList();
		// The correction of the condition, then the new statement after Russia's latest
		// one.
		assertThat(titles.get(0))
			.isEqualTo("Russia on " + DMZ + ": conditional (if the zone is monitored from the air) → "
					+ "conditional (if the zone is monitored by the OSCE), 2026-02-22");
		assertThat(titles.get(1)).startsWith("Russia on " + DMZ + ": conditional (if Russian police or National Guard")
			.endsWith(") → conditional (if the zone is monitored from the air), 2026-02-22");
	}

	@Test
	void theFiltersOfThePageApply() throws Exception {
		editedProposal("Patrol plan");
		Negotiation other = new Negotiation("feed-other-talks", "Other talks");
		as(ALICE, () -> {
			this.negotiations.save(other);
			this.proposals.save(new Proposal(other, "elsewhere-plan", "Elsewhere plan"));
		});
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		as(ALICE, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 19), Stance.OPPOSES)));

		assertThat(titles(get("/changes.atom").param("editor", ALICE))).hasSize(4)
			.anyMatch((t) -> t.contains("Patrol plan"))
			.anyMatch((t) -> t.contains("Elsewhere plan"))
			.anyMatch((t) -> t.contains("opposes"));
		assertThat(titles(get("/changes.atom").param("editor", ALICE).param("kind", "proposals"))).containsExactly(
				"Proposal ‘Elsewhere plan’ created by " + ALICE, "Proposal ‘Patrol plan’ created by " + ALICE);
		assertThat(titles(get("/changes.atom").param("editor", ALICE).param("negotiation", "feed-other-talks")))
			.containsExactly("Proposal ‘Elsewhere plan’ created by " + ALICE,
					"Negotiation ‘Other talks’ created by " + ALICE);
		assertThat(titles(get("/changes.atom").param("editor", "FEED-Bob"))).hasSize(2);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		assertThat(titles(get("/changes.atom").param("editor", ALICE).param("from", today.toString()))).hasSize(4);
		assertThat(titles(get("/changes.atom").param("editor", ALICE).param("from", today.plusDays(1).toString())))
			.isEmpty();
		assertThat(titles(get("/changes.atom").param("editor", ALICE).param("to", today.minusDays(1).toString())))
			.isEmpty();

		Document filtered = feed(get("/changes.atom").param("editor", ALICE)
			.param("negotiation", "feed-other-talks")
			.param("kind", "proposals")
			.param("from", "2026-01-01"));
		assertThat(links(filtered.getDocumentElement())).contains(
				"self http://localhost/changes.atom?negotiation=feed-other-talks&kind=proposals&editor=" + ALICE
						+ "&from=2026-01-01",
				"alternate http://localhost/changes?negotiation=feed-other-talks&kind=proposals&editor=" + ALICE
						+ "&from=2026-01-01");
	}

	@Test
	void textIsEscapedAndAFilterValueEncoded() throws Exception {
		editedProposal("Fish <&> \"chips\" ]]> <script>alert(1)</script>\u0001");
		MockHttpServletResponse response = this.mvc
			.perform(get("/changes.atom").param("editor", BOB).param("negotiation", "a&b=c+d").with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		String xml = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("?negotiation=a%26b%3Dc%2Bd&amp;editor=" + BOB);
		assertThat(entries(parse(response.getContentAsByteArray()))).isEmpty();

		response = this.mvc.perform(get("/changes.atom").param("editor", BOB).with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		xml = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(xml).contains("Fish &lt;&amp;&gt; \"chips\" ]]&gt; &lt;script&gt;").doesNotContain("<script");
		assertThat(entries(parse(response.getContentAsByteArray()))).extracting((entry) -> text(entry, "title"))
			.contains(
					"Proposal ‘Fish <&> \"chips\" ]]> <script>alert(1)</script>\uFFFD’ edited by " + BOB + ": Status");
	}

	@Test
	void malformedFiltersAreRefusedAsOnThePage() throws Exception {
		refused(get("/changes.atom").param("from", "yesterday"));
		refused(get("/changes.atom").param("from", "2026-03-02").param("to", "2026-03-01"));
		refused(get("/changes.atom").param("kind", "spaceships"));
	}

	@Test
	void thePageLinksToTheFeedWithItsFilters() throws Exception {
		String page = this.mvc.perform(get("/changes").param("editor", "x y&z").param("kind", "rounds").with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page)
			.containsPattern("<link rel=\"alternate\" type=\"application/atom\\+xml\" "
					+ "href=\"/changes.atom\\?kind=rounds&amp;editor=x%20y%26z\"\\s+title=\"Changes · Parley\">")
			.contains("<a href=\"/changes.atom?kind=rounds&amp;editor=x%20y%26z\" type=\"application/atom+xml\">");
	}

	@Test
	void aProposalsAndAPartysFeedHoldTheirOwnChangesAndTheirPositions() throws Exception {
		Proposal patrol = editedProposal("Patrol plan");
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		russiaComesRoundOnTheZone(dmz, russia);
		String stance = "Russia on " + DMZ
				+ ": opposes → conditional (if Russian police may patrol the zone), 2026-02-20";

		Document proposalFeed = feed(get("/proposals/" + dmz.getId() + "/changes.atom"));
		assertThat(text(proposalFeed.getDocumentElement(), "title")).isEqualTo("Changes to “" + DMZ + "” · Parley");
		assertThat(links(proposalFeed.getDocumentElement())).containsExactly(
				"self http://localhost/proposals/" + dmz.getId() + "/changes.atom",
				"alternate http://localhost/proposals/" + dmz.getId());
		// The two stances this test records, the demo record's three positions and the
		// proposal as loaded.
		assertThat(entries(proposalFeed)).extracting((entry) -> text(entry, "title"))
			.contains(stance, "Proposal ‘" + DMZ + "’ created by Geneva demo record")
			.hasSize(5);
		assertThat(titles(get("/proposals/" + patrol.getId() + "/changes.atom"))).hasSize(3)
			.allMatch((title) -> title.contains("Patrol plan"));

		Document partyFeed = feed(get("/parties/" + russia.getId() + "/changes.atom"));
		assertThat(text(partyFeed.getDocumentElement(), "title"))
			.isEqualTo("Changes to Russia and its positions · Parley");
		assertThat(entries(partyFeed)).extracting((entry) -> text(entry, "title"))
			.contains(stance)
			.noneMatch((title) -> title.contains("Patrol plan"));

		this.mvc.perform(get("/proposals/999999999/changes.atom").with(analyst())).andExpect(status().isNotFound());
		this.mvc.perform(get("/parties/999999999/changes.atom").with(analyst())).andExpect(status().isNotFound());
	}

	@Test
	void everyFeedReadsAsAtomInAFeedLibrary() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		russiaComesRoundOnTheZone(dmz, russia);
		String stance = "Russia on " + DMZ
				+ ": opposes → conditional (if Russian police may patrol the zone), 2026-02-20";
		for (String address : List.of("/changes.atom", "/proposals/" + dmz.getId() + "/changes.atom",
				"/parties/" + russia.getId() + "/changes.atom", "/negotiations/russia-ukraine/changes.atom")) {
			byte[] xml = this.mvc.perform(get(address).with(analyst()))
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			com.rometools.rome.feed.atom.Feed feed = (com.rometools.rome.feed.atom.Feed) new com.rometools.rome.io.WireFeedInput(
					true, java.util.Locale.ROOT)
				.build(new org.xml.sax.InputSource(new ByteArrayInputStream(xml)));
			assertThat(feed.getFeedType()).as(address).isEqualTo("atom_1.0");
			// RFC 4287 4.1.1: a feed has an id, a title and updated, and an author for
			// entries without one; 4.1.2: so has each entry, with a link.
			assertThat(feed.getId()).as(address).isNotBlank();
			assertThat(feed.getTitleEx().getValue()).as(address).endsWith("· Parley");
			assertThat(feed.getUpdated()).as(address).isNotNull();
			assertThat(feed.getOtherLinks()).as(address)
				.extracting(com.rometools.rome.feed.atom.Link::getHref)
				.anyMatch((href) -> href.endsWith(address));
			assertThat(feed.getEntries()).as(address).isNotEmpty().allSatisfy((entry) -> {
				assertThat(entry.getId()).isNotBlank();
				assertThat(entry.getUpdated()).isNotNull();
				assertThat(entry.getAlternateLinks()).isNotEmpty();
				assertThat(entry.getAuthors()).isNotEmpty();
			});
			assertThat(feed.getEntries()).as(address)
				.extracting((entry) -> entry.getTitleEx().getValue())
				.first()
				.isEqualTo(stance);
		}
	}

	@Test
	void theApiSendsTheSameChangesAsJsonPagedByKey() throws Exception {
		editedProposal("Patrol plan");
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		as(ALICE, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 19), Stance.OPPOSES)));
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		MockHttpServletResponse first = this.mvc.perform(get("/api/v1/changes?size=2").with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		tools.jackson.databind.JsonNode page = json.readTree(first.getContentAsString());
		tools.jackson.databind.JsonNode document = json.readTree(
				this.mvc.perform(get("/v3/api-docs").with(analyst())).andReturn().getResponse().getContentAsString());
		assertThat(org.parley.test.SchemaCheck.errors(document, "#/components/schemas/ChangesPage", page)).isEmpty();
		assertThat(page.get("items")).hasSize(2);
		assertThat(page.at("/items/0/summary").asString())
			.isEqualTo("Russia on " + DMZ + ": no position → opposes, 2026-02-19");
		assertThat(page.at("/items/0/stance").asString()).isEqualTo("OPPOSES");
		assertThat(page.at("/items/1/summary").asString())
			.isEqualTo("Proposal ‘Patrol plan’ edited by " + BOB + ": Status");
		// The summary is worded as the form words it; the fields stay as recorded, for
		// programs.
		assertThat(page.at("/items/1/fields/0").asString()).isEqualTo("status");
		long older = page.get("older").asLong();
		assertThat(first.getHeader("Link"))
			.isEqualTo("<http://localhost/api/v1/changes?size=2&before=" + older + ">; rel=\"next\"");
		tools.jackson.databind.JsonNode next = json.readTree(
				this.mvc.perform(get("/api/v1/changes").param("size", "2").param("before", "" + older).with(analyst()))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(next.at("/items/0/summary").asString())
			.isEqualTo("Proposal ‘Patrol plan’ edited by " + BOB + ": Summary");
		tools.jackson.databind.JsonNode bobs = json.readTree(
				this.mvc.perform(get("/api/v1/changes").param("editor", BOB).param("kind", "proposals").with(analyst()))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(bobs.get("items")).hasSize(2);
		assertThat(bobs.has("older")).isFalse();
	}

	@Test
	void aNegotiationsFeedHoldsWhatBelongsToIt() throws Exception {
		Negotiation other = new Negotiation("feed-other-talks", "Other talks");
		as(ALICE, () -> {
			this.negotiations.save(other);
			this.proposals.save(new Proposal(other, "elsewhere-plan", "Elsewhere plan"));
		});
		editedProposal("Patrol plan");
		Document feed = feed(get("/negotiations/feed-other-talks/changes.atom"));
		assertThat(text(feed.getDocumentElement(), "title")).isEqualTo("Changes in Other talks · Parley");
		assertThat(entries(feed)).extracting((entry) -> text(entry, "title"))
			.containsExactly("Proposal ‘Elsewhere plan’ created by " + ALICE,
					"Negotiation ‘Other talks’ created by " + ALICE);
		this.mvc.perform(get("/negotiations/no-such-talks/changes.atom").with(analyst()))
			.andExpect(status().isNotFound());
	}

	@Test
	void recordPagesAdvertiseTheirFeeds() throws Exception {
		Proposal dmz = dmz();
		Party russia = this.parties.findBySlug("russia").orElseThrow();
		for (String page : List.of("/proposals/" + dmz.getId(), "/parties/" + russia.getId(),
				"/negotiations/russia-ukraine")) {
			String html = this.mvc.perform(get(page).with(analyst()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page)
				.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"" + page + "/changes.atom\"")
				.contains("<a href=\"" + page + "/changes.atom\" type=\"application/atom+xml\">");
		}
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/changes.atom")).andExpect(status().is3xxRedirection());
	}

	/** A proposal created by Alice, then edited twice by Bob (summary, then status). */
	private Proposal editedProposal(String title) {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		Proposal proposal = new Proposal(talks, "feed-patrol-plan", title);
		proposal.summarise("The zone is patrolled by police.");
		as(ALICE, () -> this.proposals.save(proposal));
		as(BOB, () -> proposal.summarise("The zone is patrolled by guards."));
		as(BOB, () -> proposal.changeStatus(ProposalStatus.TABLED));
		return proposal;
	}

	/**
	 * Alice records that Russia opposes the zone, Bob that it now accepts it on a
	 * condition.
	 */
	private void russiaComesRoundOnTheZone(Proposal dmz, Party russia) {
		as(ALICE, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 19), Stance.OPPOSES)));
		as(BOB, () -> this.positions.save(new Position(dmz, russia, LocalDate.of(2026, 2, 20), DatePrecision.DAY,
				Stance.CONDITIONAL, "if Russian police may patrol the zone")));
	}

	private Proposal dmz() {
		Negotiation talks = this.negotiations.findBySlug("russia-ukraine").orElseThrow();
		return this.proposals.findByNegotiationAndSlug(talks, "donbas-demilitarized-zone").orElseThrow();
	}

	/** Writes and flushes as the given editor, so the audit rows name them. */
	private <T> T as(String username, java.util.function.Supplier<T> write) {
		Object[] written = new Object[1];
		as(username, () -> {
			written[0] = write.get();
		});
		@SuppressWarnings("unchecked")
		T result = (T) written[0];
		return result;
	}

	/** Writes and flushes as the given editor, so the audit rows name them. */
	private void as(String username, Runnable write) {
		SecurityContext saved = SecurityContextHolder.getContext();
		SecurityContext editor = SecurityContextHolder.createEmptyContext();
		editor.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				List.of(new SimpleGrantedAuthority("ROLE_EDITOR"))));
		SecurityContextHolder.setContext(editor);
		try {
			write.run();
			this.entityManager.flush();
		}
		finally {
			SecurityContextHolder.setContext(saved);
		}
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
		return user("feed-reader").roles("ANALYST");
	}

	private Document feed(MockHttpServletRequestBuilder request) throws Exception {
		return parse(this.mvc.perform(request.with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
	}

	private List<String> titles(MockHttpServletRequestBuilder request) throws Exception {
		return entries(feed(request)).stream().map((entry) -> text(entry, "title")).toList();
	}

	private void refused(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(analyst())).andExpect(status().isBadRequest());
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	private static List<Element> entries(Document feed) {
		NodeList nodes = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		List<Element> entries = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			entries.add((Element) nodes.item(i));
		}
		return entries;
	}

	/** The text of the element's first child of that name. */
	private static String text(Element parent, String name) {
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				return element.getTextContent();
			}
		}
		return null;
	}

	/** The element's own links, as "rel href". */
	private static List<String> links(Element parent) {
		List<String> links = new ArrayList<>();
		for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && "link".equals(element.getLocalName())) {
				links.add(element.getAttribute("rel") + " " + element.getAttribute("href"));
			}
		}
		return links;
	}

}
