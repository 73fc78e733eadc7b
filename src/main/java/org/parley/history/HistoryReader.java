package org.parley.history;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one record's audit rows, oldest first, in one statement; a second, cheap one asks
 * whether a record without rows exists at all (records loaded as demo data have none).
 */
@Component
class HistoryReader {

	private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	HistoryReader(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The record's versions, or empty when the trail has nothing on it.
	 * @param kind the kind of record
	 * @param id its id
	 * @return its history, if any was recorded
	 */
	@Transactional(readOnly = true)
	Optional<RecordHistory> history(HistoryKind kind, long id) {
		List<RecordHistory.Event> events = this.jdbc.query(
				"select occurred_at, actor, action, changes::text as changes from audit_event "
						+ "where entity_type = ? and entity_id = ? order by id",
				(rs, n) -> new RecordHistory.Event(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						rs.getString("actor"), rs.getString("action"), changes(rs.getString("changes"))),
				kind.entityType(), Long.toString(id));
		return events.isEmpty() ? Optional.empty() : Optional.of(RecordHistory.replay(kind, id, events));
	}

	/** Whether the record exists (the table name is a constant of the kind). */
	@Transactional(readOnly = true)
	boolean exists(HistoryKind kind, long id) {
		return Boolean.TRUE.equals(this.jdbc
			.queryForObject("select exists (select 1 from " + kind.table() + " where id = ?)", Boolean.class, id));
	}

	static Map<String, RecordHistory.Change> changes(String json) {
		Map<String, RecordHistory.Change> changes = new LinkedHashMap<>();
		JSON.readValue(json, CHANGES)
			.forEach((field, change) -> changes.put(field,
					Boolean.TRUE.equals(change.get("masked"))
							? new RecordHistory.Change(null, org.parley.audit.Change.MASK)
							: new RecordHistory.Change(text(change.get("from")), text(change.get("to")))));
		return changes;
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

}
