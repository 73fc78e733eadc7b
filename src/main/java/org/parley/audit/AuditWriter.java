package org.parley.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one audit row on a given connection, so it belongs to the transaction of the
 * write it records. Every text is escaped against log injection first (see
 * {@link AuditText}). The time is the database's clock, in UTC.
 */
final class AuditWriter {

	static final String INSERT = "insert into audit_event "
			+ "(actor, actor_address, action, entity_type, entity_id, changes, detail, part_of_type, part_of_id) "
			+ "values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)";

	/**
	 * Rows of one kind of record, one a record, in one statement (the ids and changes as
	 * arrays).
	 */
	static final String INSERT_EACH = "insert into audit_event "
			+ "(actor, actor_address, action, entity_type, entity_id, changes, detail) "
			+ "select ?, ?, ?, ?, e.id, cast(e.changes as jsonb), ? "
			+ "from unnest(cast(? as varchar[]), cast(? as text[])) with ordinality as e(id, changes, n) order by e.n";

	static final int NAME_LENGTH = 100;

	static final int VALUE_LENGTH = 500;

	static final int DETAIL_LENGTH = 1000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditWriter() {
	}

	static void write(Connection connection, AuditAction action, String entityType, Object entityId,
			Map<String, Change> changes, String detail, Actor actor) throws SQLException {
		write(connection, action, entityType, entityId, changes, detail, actor, null);
	}

	/**
	 * Writes one row; {@code partOf} names the record the written entity is a part of, or
	 * is {@code null}.
	 */
	static void write(Connection connection, AuditAction action, String entityType, Object entityId,
			Map<String, Change> changes, String detail, Actor actor, Record partOf) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			insert.setString(1, AuditText.escape(actor.name(), NAME_LENGTH));
			insert.setString(2, AuditText.escape(actor.address(), NAME_LENGTH));
			insert.setString(3, action.name());
			insert.setString(4, AuditText.escape(entityType, NAME_LENGTH));
			insert.setString(5, (entityId != null) ? AuditText.escape(entityId.toString(), NAME_LENGTH) : null);
			insert.setString(6, json(changes));
			insert.setString(7, AuditText.escape(detail, DETAIL_LENGTH));
			insert.setString(8, (partOf != null) ? AuditText.escape(partOf.type(), NAME_LENGTH) : null);
			insert.setString(9, (partOf != null) ? AuditText.escape(partOf.id(), NAME_LENGTH) : null);
			insert.executeUpdate();
		}
	}

	/**
	 * Writes one row per record, in one statement; {@code changes} maps each id to its
	 * changes.
	 */
	static void writeEach(Connection connection, AuditAction action, String entityType,
			Map<?, Map<String, Change>> changes, String detail, Actor actor) throws SQLException {
		String[] ids = new String[changes.size()];
		String[] json = new String[changes.size()];
		int i = 0;
		for (Map.Entry<?, Map<String, Change>> entry : changes.entrySet()) {
			ids[i] = AuditText.escape(entry.getKey().toString(), NAME_LENGTH);
			json[i++] = json(entry.getValue());
		}
		try (PreparedStatement insert = connection.prepareStatement(INSERT_EACH)) {
			insert.setString(1, AuditText.escape(actor.name(), NAME_LENGTH));
			insert.setString(2, AuditText.escape(actor.address(), NAME_LENGTH));
			insert.setString(3, action.name());
			insert.setString(4, AuditText.escape(entityType, NAME_LENGTH));
			insert.setString(5, AuditText.escape(detail, DETAIL_LENGTH));
			insert.setArray(6, connection.createArrayOf("varchar", ids));
			insert.setArray(7, connection.createArrayOf("text", json));
			insert.executeUpdate();
		}
	}

	/** The changes as a JSON object: field → {"from": …, "to": …} or {"masked": true}. */
	static String json(Map<String, Change> changes) {
		Map<String, Map<String, Object>> object = new LinkedHashMap<>();
		if (changes != null) {
			changes.forEach((field, change) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				if (change.masked()) {
					entry.put("masked", true);
				}
				else {
					entry.put("from", AuditText.escape(change.from(), VALUE_LENGTH));
					entry.put("to", AuditText.escape(change.to(), VALUE_LENGTH));
				}
				object.put(AuditText.escape(field, NAME_LENGTH), entry);
			});
		}
		return JSON.writeValueAsString(object);
	}

	/**
	 * A record a row's entity belongs to.
	 *
	 * @param type its entity type, e.g. {@code Proposal}
	 * @param id its id
	 */
	record Record(String type, String id) {

	}

	static JsonMapper json() {
		return JSON;
	}

}
