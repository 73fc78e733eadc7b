package org.parley.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.source.Source;
import org.parley.source.SourceKind;
import org.parley.source.SourceRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

/**
 * The audit rows that need real transactions: a rollback takes the row with it, and
 * sign-ins are recorded whether they succeed or not. Audit rows cannot be deleted, so
 * these tests look only at rows they can tell apart.
 */
@ParleyApplicationTest
class AuditCommitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceRepository sources;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aRolledBackWriteLeavesNoAuditRow() {
		String name = "Rolled back " + UUID.randomUUID();
		String slug = "rolled-back-" + UUID.randomUUID();
		Long seenInside = this.transaction.execute((status) -> {
			this.sources.saveAndFlush(new Source(slug, name, SourceKind.OTHER));
			Long rows = rowsNaming(name);
			status.setRollbackOnly();
			return rows;
		});
		assertThat(seenInside).isEqualTo(1);
		assertThat(rowsNaming(name)).isZero();
		assertThat(this.sources.findBySlug(slug)).isEmpty();
	}

	@Test
	void aSuccessfulSignInIsRecordedWithItsAddress() throws Exception {
		long last = lastId();
		this.mvc.perform(formLogin().user("admin").password(ParleyApplicationTest.ADMIN_PASSWORD))
			.andExpect(authenticated());
		Map<String, Object> row = this.jdbc.queryForMap(
				"select actor, actor_address, entity_type from audit_event where id > ? and action = 'SIGN_IN_SUCCEEDED'",
				last);
		assertThat(row).containsEntry("actor", "admin")
			.containsEntry("actor_address", "127.0.0.1")
			.containsEntry("entity_type", "Account");
	}

	@Test
	void aFailedSignInIsRecordedWithTheNameTriedAndTheReason() throws Exception {
		String username = "nobody-" + UUID.randomUUID();
		this.mvc.perform(formLogin().user(username).password("wrong password")).andExpect(unauthenticated());
		Map<String, Object> row = this.jdbc
			.queryForMap("select actor_address, detail, changes::text as changes from audit_event "
					+ "where actor = ? and action = 'SIGN_IN_FAILED'", username);
		assertThat(row).containsEntry("actor_address", "127.0.0.1")
			.containsEntry("detail", "wrong username or password");
		assertThat(row.get("changes").toString()).doesNotContain("wrong password");
	}

	private long lastId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
	}

	private Long rowsNaming(String name) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CREATE' and changes->'name'->>'to' = ?", Long.class,
				name);
	}

}
