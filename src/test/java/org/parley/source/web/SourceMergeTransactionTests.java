package org.parley.source.web;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Source;
import org.parley.source.SourceAdministration;
import org.parley.source.SourceKind;
import org.parley.source.SourceRepository;
import org.parley.source.SourceStatus;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A merge is one transaction: when anything after the citations moved fails, the move,
 * the retirement and the audit entry are all undone.
 */
@ParleyApplicationTest
@WithMockUser(username = "merge-admin", roles = "ADMIN")
class SourceMergeTransactionTests {

	@Autowired
	SourceAdministration administration;

	@Autowired
	SourceRepository sources;

	@Autowired
	CitationRepository citations;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	Source keep;

	Source duplicate;

	Citation citation;

	@AfterEach
	void cleanUp() {
		this.citations.deleteById(this.citation.getId());
		this.sources.deleteById(this.duplicate.getId());
		this.sources.deleteById(this.keep.getId());
	}

	@Test
	void aFailureAfterTheMoveUndoesTheWholeMerge() {
		String unique = UUID.randomUUID().toString();
		this.keep = this.sources.saveAndFlush(new Source("keep-" + unique, "Keep", SourceKind.MEDIA));
		this.duplicate = this.sources.saveAndFlush(new Source("dup-" + unique, "Duplicate", SourceKind.MEDIA));
		this.citation = this.citations.saveAndFlush(new Citation(this.duplicate, null, "Moved?", null, 2));
		assertThatIllegalStateException().isThrownBy(() -> this.transaction.executeWithoutResult((status) -> {
			this.administration.merge(this.duplicate.getId(), this.duplicate.getVersion(), this.keep.getId());
			assertThat(this.jdbc.queryForObject("select source_id from citation where id = ?", Long.class,
					this.citation.getId()))
				.isEqualTo(this.keep.getId());
			throw new IllegalStateException("the connection dropped");
		}));
		assertThat(this.jdbc.queryForObject("select source_id from citation where id = ?", Long.class,
				this.citation.getId()))
			.isEqualTo(this.duplicate.getId());
		assertThat(this.sources.findById(this.duplicate.getId()).orElseThrow().getStatus())
			.isEqualTo(SourceStatus.ACTIVE);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'MERGE' and entity_id = ?",
				Long.class, this.keep.getId().toString()))
			.isZero();
	}

}
