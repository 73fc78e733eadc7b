package org.parley.topic;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A merge is one transaction: when anything after the links moved fails, the moved links,
 * the proposals' versions, the delete and every audit entry are all undone.
 */
@ParleyApplicationTest
@WithMockUser(username = "merge-admin", roles = "ADMIN")
class TopicMergeTransactionTests {

	@Autowired
	TopicEditing editing;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aFailureAfterTheMoveUndoesTheWholeMerge() {
		long kept = id("select id from topic where slug = 'ceasefire'");
		long proposal = id("select id from proposal where slug = 'freeze-current-front-line'");
		long version = id("select version from proposal where id = " + proposal);
		long audit = id("select coalesce(max(id), 0) from audit_event");
		assertThatIllegalStateException().isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			long duplicate = id("insert into topic (slug, name) values ('truce-dup', 'Truce') returning id");
			this.jdbc.update("insert into proposal_topic (proposal_id, topic_id) values (?, ?)", proposal, duplicate);
			this.editing.merge(duplicate, 0, kept);
			assertThat(id("select count(*) from topic where id = " + duplicate)).isZero();
			assertThat(id("select count(*) from audit_event where id > " + audit)).isGreaterThanOrEqualTo(3);
			throw new IllegalStateException("the connection dropped");
		}));
		assertThat(id("select count(*) from topic where slug = 'truce-dup'")).isZero();
		assertThat(id("select version from proposal where id = " + proposal)).isEqualTo(version);
		assertThat(id("select count(*) from audit_event where id > " + audit)).isZero();
	}

	private long id(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

}
