package org.parley.audit;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.source.SourceKind;
import org.parley.source.SourceRepository;
import org.parley.test.ParleyApplicationTest;
import org.parley.topic.Topic;
import org.parley.topic.TopicRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every entity write leaves an audit row in its own transaction, with the fields that
 * changed; secrets are masked and text is escaped.
 */
@ParleyApplicationTest
@Transactional
@WithMockUser(username = "auditor", roles = "ADMIN")
class AuditTrailTests {

	private static final String HASH = "{bcrypt}$2a$10$abcdefghijklmnopqrstuuQ0v1vKx5rPz3y8l4W6m2N7o9s1aBcDe";

	@Autowired
	SourceRepository sources;

	@Autowired
	AccountRepository accounts;

	@Autowired
	ProposalRepository proposals;

	@Autowired
	TopicRepository topics;

	@Autowired
	AuditTrail trail;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCreateRecordsWhoAndTheNewValues() {
		Source source = this.sources.saveAndFlush(source("audit-create", "Audit Create"));
		Map<String, Object> row = row("CREATE", "Source", source.getId());
		assertThat(row).containsEntry("actor", "auditor").containsEntry("entity_type", "Source");
		assertThat(row.get("changes").toString()).contains("\"name\": {\"to\": \"Audit Create\", \"from\": null}")
			.contains("\"slug\": {\"to\": \"audit-create\"")
			.doesNotContain("createdAt")
			.doesNotContain("\"version\"");
	}

	@Test
	void anUpdateRecordsEachChangedFieldFromAndTo() {
		Source source = this.sources.saveAndFlush(source("audit-update", "Audit Update"));
		source.rename("Audit Updated");
		source.grade(Reliability.B, "Checked");
		this.sources.saveAndFlush(source);
		Map<String, Object> changes = changes("UPDATE", "Source", source.getId());
		assertThat(changes).containsEntry("name", Map.of("from", "Audit Update", "to", "Audit Updated"))
			.containsEntry("reliability", Map.of("from", "F", "to", "B"))
			.containsKey("reliabilityNote")
			.doesNotContainKeys("kind", "slug", "updatedAt", "version");
	}

	@Test
	void aDeleteRecordsTheLastValues() {
		Source source = this.sources.saveAndFlush(source("audit-delete", "Audit Delete"));
		this.sources.delete(source);
		this.sources.flush();
		Map<String, Object> changes = changes("DELETE", "Source", source.getId());
		Map<String, Object> name = new java.util.HashMap<>();
		name.put("from", "Audit Delete");
		name.put("to", null);
		assertThat(changes).containsEntry("name", name).containsKeys("slug", "status", "reliability");
	}

	@Test
	void aRoleChangeIsAnUpdateAndARoleChangedEntryWhilePasswordHashesStayHidden() {
		Account account = this.accounts.saveAndFlush(new Account("audit-role", HASH, Role.ANALYST));
		account.assignRole(Role.EDITOR);
		account.changePassword(HASH.replace("abc", "xyz"));
		this.accounts.saveAndFlush(account);
		assertThat(changes("UPDATE", "Account", account.getId()))
			.containsEntry("role", Map.of("from", "ANALYST", "to", "EDITOR"))
			.containsEntry("passwordHash", Map.of("masked", true));
		assertThat(changes("ROLE_CHANGED", "Account", account.getId()))
			.isEqualTo(Map.of("role", Map.of("from", "ANALYST", "to", "EDITOR")));
		assertThat(changes("CREATE", "Account", account.getId())).containsEntry("passwordHash", Map.of("masked", true));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where changes::text like ?", Long.class,
				"%$2a$10$%"))
			.isZero();
	}

	@Test
	void aManyToManyChangeRecordsTheElementsBeforeAndAfter() {
		Proposal proposal = this.proposals.findAll().get(0);
		List<Long> before = proposal.getTopics().stream().map(Topic::getId).sorted().toList();
		Topic topic = this.topics.saveAndFlush(new Topic("audit-topic", "Audit topic"));
		proposal.addTopic(topic);
		this.proposals.saveAndFlush(proposal);
		List<Long> after = new java.util.ArrayList<>(before);
		after.add(topic.getId());
		assertThat(changes("UPDATE", "Proposal", proposal.getId())).containsEntry("topics",
				Map.of("from", before.toString(), "to", after.toString()));
	}

	@Test
	void secretLookingFieldsAreMasked() {
		assertThat(EntityChangeListener.sensitive("passwordHash")).isTrue();
		assertThat(EntityChangeListener.sensitive("totpSecret")).isTrue();
		assertThat(EntityChangeListener.sensitive("tokenHash")).isTrue();
		assertThat(EntityChangeListener.sensitive("name")).isFalse();
	}

	@Test
	@WithMockUser(username = "evil\r\nFAKE ENTRY", roles = "ADMIN")
	void logInjectionIsStoredEscaped() {
		Source source = this.sources.saveAndFlush(source("audit-injection", "evil\r\nFAKE ENTRY"));
		this.trail.record(AuditAction.UPDATE, "Source", source.getId(), Map.of(), "evil\r\nFAKE ENTRY\u0000\u001b[31m");
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select actor, detail, changes->'name'->>'to' as name from audit_event where entity_id = ? "
					+ "and entity_type = 'Source' order by id", source.getId().toString());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("actor", "evil\\r\\nFAKE ENTRY")
			.containsEntry("name", "evil\\r\\nFAKE ENTRY");
		assertThat(rows.get(1)).containsEntry("detail", "evil\\r\\nFAKE ENTRY\\u0000\\u001b[31m");
		assertThat(this.jdbc
			.queryForObject("select count(*) from audit_event where actor ~ '[[:cntrl:]]' or detail ~ '[[:cntrl:]]' "
					+ "or changes::text ~ '[[:cntrl:]]'", Long.class))
			.isZero();
	}

	@Test
	void theDatabaseRefusesToChangeAnAuditRow() {
		long id = anAuditRow();
		assertThatThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone-else' where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void theDatabaseRefusesToDeleteAnAuditRow() {
		long id = anAuditRow();
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_event where id = ?", id))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
	}

	@Test
	void theDatabaseRefusesToEmptyTheAuditTrail() {
		anAuditRow();
		assertThatThrownBy(() -> this.jdbc.execute("truncate audit_event")).isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
	}

	@Test
	void escapingCutsLongTextAndKeepsPlainTextAsItIs() {
		assertThat(AuditText.escape("Kyiv – Київ", 100)).isEqualTo("Kyiv – Київ");
		assertThat(AuditText.escape("a\\b", 100)).isEqualTo("a\\\\b");
		assertThat(AuditText.escape("x".repeat(50), 10)).hasSize(10).endsWith("…");
		assertThat(AuditText.escape("line\u2028break\u202e", 100)).isEqualTo("line\\u2028break\\u202e");
		assertThat(AuditText.escape(null, 10)).isNull();
	}

	private long anAuditRow() {
		Source source = this.sources.saveAndFlush(source("audit-refuse", "Audit Refuse"));
		return this.jdbc.queryForObject(
				"select id from audit_event where entity_type = 'Source' and entity_id = ? and action = 'CREATE'",
				Long.class, source.getId().toString());
	}

	private Map<String, Object> row(String action, String type, long id) {
		return this.jdbc
			.queryForMap(
					"select actor, actor_address, entity_type, changes::text as changes from audit_event "
							+ "where action = ? and entity_type = ? and entity_id = ?",
					action, type, Long.toString(id));
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> changes(String action, String type, long id) {
		String json = (String) row(action, type, id).get("changes");
		return AuditWriter.json().readValue(json, Map.class);
	}

	private static Source source(String slug, String name) {
		return new Source(slug, name, SourceKind.MEDIA);
	}

}
