package org.parley.audit;

import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the automatic entity auditing cannot see: security events, and writes made
 * by bulk statements. Joins the caller's transaction, so the entry stands or falls with
 * the write it describes; creates, updates and deletes of entities are recorded without
 * calling this.
 */
@Component
public class AuditTrail {

	private final JdbcTemplate jdbc;

	AuditTrail(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an entry for the signed-in user of the current request.
	 * @param action what happened
	 * @param entityType the kind of record, e.g. {@code Source}, or {@code null}
	 * @param entityId its id, or {@code null}
	 * @param changes field → change, possibly empty
	 * @param detail a sentence about it, or {@code null}
	 */
	@Transactional
	public void record(AuditAction action, String entityType, Object entityId, Map<String, Change> changes,
			String detail) {
		record(action, entityType, entityId, changes, detail, Actor.current());
	}

	/**
	 * Records one entry per record that a bulk statement changed, all in one insert, for
	 * the signed-in user of the current request: a merge that moves the links of
	 * thousands of proposals writes their entries at once.
	 * @param action what happened to each
	 * @param entityType the kind of the records, e.g. {@code Proposal}
	 * @param changes each record's id → its field → change, in the order to record
	 * @param detail a sentence about it, the same for each, or {@code null}
	 */
	@Transactional
	public void recordEach(AuditAction action, String entityType, Map<?, Map<String, Change>> changes, String detail) {
		if (changes.isEmpty()) {
			return;
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			AuditWriter.writeEach(connection, action, entityType, changes, detail, Actor.current());
			return null;
		});
	}

	@Transactional
	void record(AuditAction action, String entityType, Object entityId, Map<String, Change> changes, String detail,
			Actor actor) {
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			AuditWriter.write(connection, action, entityType, entityId, changes, detail, actor);
			return null;
		});
	}

}
