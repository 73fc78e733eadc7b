package org.parley.read.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.round.EditableRound;
import org.parley.round.RoundDetails;
import org.parley.round.RoundEditing;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A record's parts in its history: a proposal's points and relations, a round's discussed
 * proposals, a position's citations. Each save goes through the form (or the entity) in
 * the test's transaction, so its audit rows are one transaction's, like one real save's.
 */
@ParleyApplicationTest
@Transactional
class PartHistoryTests {

	private static final String EDITOR = "parts-editor";

	private static final String JOINT = "joint-civilian-administration";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	RoundEditing rounds;

	@Autowired
	PositionRepository positions;

	@Autowired
	CitationRepository citations;

	@Test
	void aRewordedPointAndANewRelationAreOneVersionByTheEditor() throws Exception {
		long id = proposal(JOINT);
		MultiValueMap<String, String> form = stored(id);
		assertThat(form.getFirst("points[1].text"))
			.isEqualTo("A civilian authority is established to manage the area.");
		form.set("summary", form.getFirst("summary") + " Revised.");
		form.set("points[1].text", "A joint civilian authority is established to govern the area.");
		int row = relationRows(form);
		form.set("relations[" + row + "].kind", "SUPERSEDES");
		form.set("relations[" + row + "].targetId", Long.toString(proposal("28-point-peace-plan")));
		save(post("/proposals/{id}", id), form);

		SqlStatements.reset();
		String page = page(get("/proposals/{id}/history", id));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		// Version 1 is the record as the demo loader created it, the save is version 2.
		assertThat(page).contains("id=\"version-1\"", "id=\"version-2\"")
			.doesNotContain("id=\"version-0\"")
			.doesNotContain("id=\"version-3\"")
			.contains("Version 1 → version 2");
		assertThat(row(page, "version-1")).contains("Geneva demo record").contains("Point 2");
		String version = row(page, "version-2");
		assertThat(version).contains(EDITOR).contains("Summary").contains("Point 2").contains("Relation: supersedes");
		String point = diffRow(page, "Point 2");
		assertThat(point).contains("<ins>joint </ins>")
			.contains("<del>manage</del><ins>govern</ins>")
			.contains("civilian authority is established to ");
		assertThat(diffRow(page, "Relation: supersedes")).contains("US–Russian 28-point peace plan");
		// Parts nobody touched do not appear; ids of linked records do not either.
		assertThat(version).doesNotContain("Point 1<");
		assertThat(diffRow(page, "Point 1")).doesNotContain("changed");
		assertThat(page).doesNotContain("ProposalPoint");
	}

	@Test
	void oneSaveIsOneLineOfChanges() throws Exception {
		long id = proposal(JOINT);
		MultiValueMap<String, String> form = stored(id);
		form.set("title", "Joint civilian administration (revised)");
		form.set("points[0].text", "Both armies withdraw.");
		form.set("topicIds",
				this.jdbc.queryForObject("select id from topic where slug = 'governance'", Long.class).toString());
		int row = relationRows(form);
		form.set("relations[" + row + "].kind", "SUPERSEDES");
		form.set("relations[" + row + "].targetId", Long.toString(proposal("28-point-peace-plan")));
		save(post("/proposals/{id}", id), form);

		String page = page(get("/changes").param("editor", EDITOR));
		String list = text(page.substring(page.indexOf("<ol class=\"change-list\""), page.indexOf("</ol>")));
		assertThat(list.split("edited by " + EDITOR, -1)).hasSize(2);
		// The fields as the proposal form names them, in its order.
		assertThat(list).contains("Joint civilian administration (revised)")
			.contains("edited by " + EDITOR + ": Title, Points, Topics, Relations to other proposals");
	}

	@Test
	void aRemovedPointShowsAsRemoved() throws Exception {
		long id = proposal(JOINT);
		MultiValueMap<String, String> form = stored(id);
		String last = form.getFirst("points[2].text");
		form.remove("points[2].id");
		form.set("points[2].label", "");
		form.set("points[2].text", "");
		save(post("/proposals/{id}", id), form);

		String page = page(get("/proposals/{id}/history", id));
		assertThat(row(page, "version-2")).contains(EDITOR).contains("Point 3");
		String point = diffRow(page, "Point 3");
		assertThat(point).contains("removed").contains("<del>").doesNotContain("<ins>");
		assertThat(text(point)).contains(last);
	}

	@Test
	void aDiscussedProposalAddedThroughTheRoundFormShowsInTheRoundsHistory() throws Exception {
		long id = round();
		EditableRound seen = this.rounds.find(id).orElseThrow();
		RoundDetails details = seen.details();
		long added = proposal("freeze-current-front-line");
		assertThat(details.proposals()).extracting(RoundDetails.Discussed::proposalId).doesNotContain(added);
		MultiValueMap<String, String> form = roundForm(seen);
		int row = details.proposals().size();
		form.set("proposals[" + row + "].proposalId", Long.toString(added));
		form.set("proposals[" + row + "].introducedById", party("ukraine"));
		form.set("proposals[" + row + "].note", "Raised by Kyiv.");
		save(post("/rounds/{id}", id), form);

		SqlStatements.reset();
		String page = page(get("/rounds/{id}/history", id));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		assertThat(page).contains("id=\"version-2\"").doesNotContain("id=\"version-3\"");
		assertThat(row(page, "version-2")).contains(EDITOR).contains("Proposal discussed");
		assertThat(text(diffRow(page, "Proposal discussed")))
			.contains("Freeze the current front line, introduced by Ukraine — Raised by Kyiv.")
			.contains("added");
	}

	@Test
	void aPositionsNewCitationShowsInThePositionsHistory() throws Exception {
		Position position = this.positions
			.findById(this.jdbc.queryForObject("select min(id) from position", Long.class))
			.orElseThrow();
		Long citationId = this.jdbc.queryForObject(
				"select min(c.id) from citation c where not exists "
						+ "(select 1 from position_citation pc where pc.citation_id = c.id and pc.position_id = ?)",
				Long.class, position.getId());
		Citation citation = this.citations.findById(citationId).orElseThrow();
		as(EDITOR, () -> position.cite(citation, Bearing.DISPUTES));

		String page = page(get("/positions/{id}/history", position.getId()));
		assertThat(row(page, "version-2")).contains(EDITOR).contains("Citation");
		String source = this.jdbc.queryForObject(
				"select s.name from citation c join source s on s.id = c.source_id where c.id = ?", String.class,
				citationId);
		assertThat(diffRows(page, "Citation")).map(PartHistoryTests::text)
			.anySatisfy((row) -> assertThat(row).contains(source).contains("(disputes)").contains("added"));
	}

	@Test
	void aProposalWithManyPartChangesStaysWithinEightStatements() throws Exception {
		long id = proposal(JOINT);
		for (int i = 0; i < 30; i++) {
			this.jdbc.update(
					"insert into audit_event (actor, action, entity_type, entity_id, changes, part_of_type, part_of_id) "
							+ "values ('parts-bulk', 'CREATE', 'ProposalRelation', ?, "
							+ "jsonb_build_object('kind', jsonb_build_object('to', 'ALTERNATIVE_TO'), "
							+ "'related', jsonb_build_object('to', ?::text)), 'Proposal', ?)",
					Long.toString(900000 + i), proposal("freeze-current-front-line"), Long.toString(id));
		}
		SqlStatements.reset();
		String page = page(get("/proposals/{id}/history", id));
		assertThat(SqlStatements.count()).isLessThanOrEqualTo(8);
		assertThat(page).contains("Relation: alternative to").contains("Freeze the current front line");
	}

	// --- helpers

	private void save(MockHttpServletRequestBuilder request, MultiValueMap<String, String> form) throws Exception {
		this.mvc.perform(request.with(user(EDITOR).roles("EDITOR")).with(csrf()).params(form))
			.andExpect(status().isFound());
		// The test's transaction holds the save: its rows are written as the editor, as
		// at
		// the commit that ends a real request.
		as(EDITOR, () -> {
		});
		this.entityManager.clear();
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

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(analyst()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor analyst() {
		return user("parts-reader").roles("ANALYST");
	}

	/** The row of the versions table with this id. */
	private static String row(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	/** The row of the comparison whose field is {@code field}. */
	private static String diffRow(String page, String field) {
		int table = page.indexOf("class=\"history-diff\"");
		int at = page.indexOf(">" + field + "<", table);
		assertThat(at).as(field).isPositive();
		int start = page.lastIndexOf("<tr", at);
		return page.substring(start, page.indexOf("</tr>", at));
	}

	/** Every row of the comparison whose field is {@code field}. */
	private static List<String> diffRows(String page, String field) {
		List<String> rows = new ArrayList<>();
		int at = page.indexOf("class=\"history-diff\"");
		while ((at = page.indexOf(">" + field + "<", at + 1)) > 0) {
			rows.add(page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at)));
		}
		assertThat(rows).as(field).isNotEmpty();
		return rows;
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]*>", "").replace("&amp;", "&").replaceAll("\\s+", " ");
	}

	private long proposal(String slug) {
		return this.jdbc.queryForObject("select id from proposal where slug = ?", Long.class, slug);
	}

	private long round() {
		return this.jdbc.queryForObject("select id from round where slug = 'geneva-2026-02-17'", Long.class);
	}

	private String party(String slug) {
		return String.valueOf(this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug));
	}

	private static int relationRows(MultiValueMap<String, String> form) {
		int rows = 0;
		while (form.containsKey("relations[" + rows + "].kind")) {
			rows++;
		}
		return rows - 1;
	}

	/**
	 * The proposal form as its edit page fills it in, with an empty point and relation.
	 */
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
		ids(form, "proposerIds", "select party_id from proposal_proposer where proposal_id = ?", id);
		ids(form, "topicIds", "select topic_id from proposal_topic where proposal_id = ?", id);
		ids(form, "regionIds", "select region_id from proposal_region where proposal_id = ?", id);
		List<Map<String, Object>> points = this.jdbc
			.queryForList("select id, label, text from proposal_point where proposal_id = ? order by ordinal", id);
		for (int i = 0; i < points.size(); i++) {
			form.add("points[" + i + "].id", "" + points.get(i).get("id"));
			form.add("points[" + i + "].label",
					(points.get(i).get("label") != null) ? (String) points.get(i).get("label") : "");
			form.add("points[" + i + "].text", (String) points.get(i).get("text"));
		}
		List<Map<String, Object>> relations = this.jdbc.queryForList(
				"select kind, related_proposal_id, note from proposal_relation where proposal_id = ? order by id", id);
		int i = 0;
		for (Map<String, Object> relation : relations) {
			form.add("relations[" + i + "].kind", (String) relation.get("kind"));
			form.add("relations[" + i + "].targetId", "" + relation.get("related_proposal_id"));
			form.add("relations[" + i + "].note", (relation.get("note") != null) ? (String) relation.get("note") : "");
			i++;
		}
		form.add("relations[" + i + "].kind", "PART_OF");
		form.add("relations[" + i + "].targetId", "");
		List<Map<String, Object>> links = this.jdbc
			.queryForList("select citation_id, bearing from proposal_citation where proposal_id = ? order by id", id);
		i = 0;
		for (Map<String, Object> link : links) {
			form.add("citations[" + i + "].citationId", "" + link.get("citation_id"));
			form.add("citations[" + i + "].bearing", (String) link.get("bearing"));
			i++;
		}
		return form;
	}

	private void ids(MultiValueMap<String, String> form, String field, String sql, long id) {
		this.jdbc.queryForList(sql, Long.class, id).forEach((value) -> form.add(field, value.toString()));
	}

	/** The round form as its edit page fills it in. */
	private static MultiValueMap<String, String> roundForm(EditableRound round) {
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
		return params;
	}

}
