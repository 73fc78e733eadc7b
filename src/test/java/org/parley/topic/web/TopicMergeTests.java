package org.parley.topic.web;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An admin merges a duplicate topic into the one to keep: after a page listing what
 * moves, every proposal on the duplicate is on the one kept, once; the duplicate is gone;
 * the audit trail says so for the topics and for each proposal. Merging a topic into
 * itself, or from a stale page, changes nothing.
 */
@ParleyApplicationTest
@Transactional
class TopicMergeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	long ceasefire;

	long duplicate;

	/** On both topics. */
	long joint;

	/** On the duplicate only. */
	long dmz;

	@BeforeEach
	void aDuplicateOnTwoProposals() {
		this.ceasefire = id("select id from topic where slug = 'ceasefire'");
		this.duplicate = id("insert into topic (slug, name) values ('cease-fire', 'Cease-fire') returning id");
		this.joint = id("select id from proposal where slug = 'joint-civilian-administration'");
		this.dmz = id("select id from proposal where slug = 'donbas-demilitarized-zone'");
		this.jdbc.update("insert into proposal_topic (proposal_id, topic_id) values (?, ?) on conflict do nothing",
				this.joint, this.ceasefire);
		this.jdbc.update("delete from proposal_topic where proposal_id = ? and topic_id = ?", this.dmz, this.ceasefire);
		this.jdbc.update("insert into proposal_topic (proposal_id, topic_id) values (?, ?), (?, ?)", this.joint,
				this.duplicate, this.dmz, this.duplicate);
	}

	@Test
	void theMergePageOffersTheOtherTopicsToKeep() throws Exception {
		Document page = Jsoup.parse(page("/topics/" + this.duplicate + "/merge"));
		assertThat(page.select("h1").text()).isEqualTo("Merge “Cease-fire” into another topic");
		assertThat(page.select("select[name=keep] option").eachText()).contains("Ceasefire", "Territory")
			.doesNotContain("Cease-fire");
		assertThat(page.select("input.picker__search").attr("data-pick")).isEqualTo("/pick/topic");
	}

	@Test
	void whatMovesIsListedBeforeAnythingChanges() throws Exception {
		MockHttpServletResponse asked = merge(this.duplicate, version(this.duplicate), this.ceasefire, false);
		assertThat(asked.getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(asked.getContentAsString());
		assertThat(page.select("h2").text()).contains("Merge “Cease-fire” into “Ceasefire”?");
		assertThat(page.select("ul.references").text())
			.contains("1 proposal moves to the one kept: Demilitarized zone in the Donbas")
			.contains("1 proposal is on both already: it keeps the one kept: Joint Russian–Ukrainian")
			.contains("“Cease-fire” is deleted");
		assertThat(page.select("form input[name=confirmed]").val()).isEqualTo("true");
		assertThat(topicsOf(this.dmz)).contains(this.duplicate).doesNotContain(this.ceasefire);
		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isOne();
	}

	@Test
	void confirmedTheProposalsMoveOnceAndTheDuplicateGoesAllAudited() throws Exception {
		long jointVersion = id("select version from proposal where id = " + this.joint);
		long auditBefore = id("select coalesce(max(id), 0) from audit_event");
		MvcResult merged = this.mvc
			.perform(post("/topics/{id}/merge", this.duplicate).with(admin())
				.with(csrf())
				.param("keep", "" + this.ceasefire)
				.param("version", "" + version(this.duplicate))
				.param("confirmed", "true"))
			.andReturn();
		flushAndClear();
		assertThat(merged.getResponse().getStatus()).isEqualTo(302);
		assertThat(merged.getResponse().getRedirectedUrl()).isEqualTo("/topics/" + this.ceasefire);
		assertThat((java.util.Map<String, Object>) merged.getFlashMap()).containsEntry("flash", "topic.notice.merged")
			.containsEntry("flashName", "Cease-fire");

		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isZero();
		assertThat(id("select count(*) from proposal_topic where topic_id = " + this.duplicate)).isZero();
		assertThat(topicsOf(this.dmz)).contains(this.ceasefire).doesNotHaveDuplicates();
		assertThat(topicsOf(this.joint)).contains(this.ceasefire).doesNotHaveDuplicates();
		// Each proposal moved on a version, so a form opened before the merge is merged
		// with it instead of saving the old list over it.
		assertThat(id("select version from proposal where id = " + this.joint)).isGreaterThan(jointVersion);

		List<String> entries = this.jdbc.queryForList(
				"select action || ' ' || entity_type || ' ' || entity_id "
						+ "|| ' ' || coalesce(actor, '') from audit_event where id > ? order by id",
				String.class, auditBefore);
		assertThat(entries).contains("UPDATE Proposal " + this.joint + " merge-admin",
				"UPDATE Proposal " + this.dmz + " merge-admin", "DELETE Topic " + this.duplicate + " merge-admin",
				"MERGE Topic " + this.ceasefire + " merge-admin");
		String dmzChange = this.jdbc.queryForObject(
				"select changes -> 'topics' ->> 'to' from audit_event "
						+ "where id > ? and entity_type = 'Proposal' and entity_id = ?",
				String.class, auditBefore, "" + this.dmz);
		assertThat(dmzChange).isEqualTo(topicsOf(this.dmz).toString());
		// The proposal's history reads those entries as one more version, after the demo
		// record's first.
		assertThat(Jsoup.parse(page("/proposals/" + this.dmz + "/history")).select("#version-2").text())
			.contains("merge-admin", "Topics");
		assertThat(page("/topics/" + this.ceasefire)).contains("Demilitarized zone in the Donbas");
	}

	@Test
	void whatIsSaidAboutTheDuplicateMovesToTheTopicKept() throws Exception {
		this.jdbc.update("insert into topic_claim (topic_id, claim) values (?, 'A cease-fire comes first.')",
				this.duplicate);
		Document asked = Jsoup
			.parse(merge(this.duplicate, version(this.duplicate), this.ceasefire, false).getContentAsString());
		assertThat(asked.select("ul.references").text())
			.contains("1 claim about it moves to the one kept: A cease-fire comes first.");
		assertThat(merge(this.duplicate, version(this.duplicate), this.ceasefire, true).getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForList("select claim from topic_claim where topic_id = ?", String.class,
				this.ceasefire))
			.containsExactly("A cease-fire comes first.");
		assertThat(page("/topics/" + this.ceasefire)).contains("A cease-fire comes first.");
	}

	@Test
	void aTopicIsNotMergedIntoItself() throws Exception {
		MockHttpServletResponse refused = merge(this.duplicate, version(this.duplicate), this.duplicate, true);
		assertThat(refused.getStatus()).isEqualTo(200);
		assertThat(Jsoup.parse(refused.getContentAsString()).select(".field-error").text())
			.contains("A topic cannot be merged into itself");
		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isOne();
		assertThat(topicsOf(this.dmz)).contains(this.duplicate);
	}

	@Test
	void aMergeFromAStalePageChangesNothingAndSaysWhy() throws Exception {
		long seen = version(this.duplicate);
		this.jdbc.update("update topic set name = 'Cease fire', version = version + 1 where id = ?", this.duplicate);
		MockHttpServletResponse refused = merge(this.duplicate, seen, this.ceasefire, true);
		assertThat(refused.getStatus()).isEqualTo(409);
		Document page = Jsoup.parse(refused.getContentAsString());
		assertThat(page.select(".notice--error").text())
			.contains("Someone changed this record after you opened the merge, so nothing was merged.");
		assertThat(page.select("input[name=version]").val()).isEqualTo("" + (seen + 1));
		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isOne();
		assertThat(topicsOf(this.dmz)).contains(this.duplicate).doesNotContain(this.ceasefire);
	}

	@Test
	void aMissingChoiceOrATopicGoneIsSaidOnTheForm() throws Exception {
		MockHttpServletResponse none = perform(post("/topics/{id}/merge", this.duplicate).with(admin())
			.with(csrf())
			.param("version", "" + version(this.duplicate)));
		assertThat(none.getContentAsString()).contains("Choose the one to keep.");
		MockHttpServletResponse gone = merge(this.duplicate, version(this.duplicate), 987654321L, false);
		assertThat(gone.getContentAsString()).contains("That topic no longer exists");
		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isOne();
	}

	@Test
	void editorsDoNotMerge() throws Exception {
		MockHttpServletResponse refused = perform(
				post("/topics/{id}/merge", this.duplicate).with(user("e").roles("EDITOR"))
					.with(csrf())
					.param("keep", "" + this.ceasefire)
					.param("version", "" + version(this.duplicate))
					.param("confirmed", "true"));
		assertThat(refused.getStatus()).isEqualTo(403);
		assertThat(id("select count(*) from topic where id = " + this.duplicate)).isOne();
	}

	private MockHttpServletResponse merge(long merged, long version, long keep, boolean confirmed) throws Exception {
		return perform(post("/topics/{id}/merge", merged).with(admin())
			.with(csrf())
			.param("keep", "" + keep)
			.param("version", "" + version)
			.param("confirmed", "" + confirmed));
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		flushAndClear();
		return response;
	}

	private void flushAndClear() {
		this.entityManager.flush();
		this.entityManager.clear();
	}

	private String page(String address) throws Exception {
		MockHttpServletResponse response = perform(get(address).with(admin()));
		assertThat(response.getStatus()).as(address).isEqualTo(200);
		return response.getContentAsString();
	}

	private List<Long> topicsOf(long proposal) {
		return this.jdbc.queryForList("select topic_id from proposal_topic where proposal_id = ? order by topic_id",
				Long.class, proposal);
	}

	private long version(long topic) {
		return id("select version from topic where id = " + topic);
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static RequestPostProcessor admin() {
		return user("merge-admin").roles("ADMIN");
	}

}
