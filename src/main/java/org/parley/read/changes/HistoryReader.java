package org.parley.read.changes;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one record's audit rows and its parts', oldest first, in one statement; where
 * parts show, one more for the live state of parts loaded before the trail (only when
 * there are such) and one for the names of the records the parts refer to. A second,
 * cheap one asks whether a record without rows exists at all (records stored by plain SQL
 * have none).
 */
@Component
class HistoryReader {

	private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NAMES = """
			select 'Proposal' as type, id, title as name from proposal where id = any(cast(? as bigint[]))
			union all
			select 'Citation', c.id, s.name || ': ' || coalesce(c.headline, c.url, '#' || c.id)
			from citation c join source s on s.id = c.source_id where c.id = any(cast(? as bigint[]))
			union all
			select 'Party', id, name from party where id = any(cast(? as bigint[]))
			union all
			select 'RoundProposal', rp.id, p.title from round_proposal rp join proposal p on p.id = rp.proposal_id
			where rp.id = any(cast(? as bigint[]))
			""";

	private static final List<String> NAMED = List.of("Proposal", "Citation", "Party", "RoundProposal");

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	HistoryReader(JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * The record's versions, or empty when the trail has nothing on it.
	 * @param kind the kind of record
	 * @param id its id
	 * @return its history, if any was recorded
	 */
	@Transactional(readOnly = true)
	Optional<RecordHistory> history(HistoryKind kind, long id) {
		String key = Long.toString(id);
		List<RecordHistory.Event> events = this.jdbc.query(
				"select occurred_at, actor, action, changes::text as changes, transaction_id, entity_type, entity_id "
						+ "from audit_event where (entity_type = ? and entity_id = ?) "
						+ "or (part_of_type = ? and part_of_id = ?) order by id",
				(rs, n) -> new RecordHistory.Event(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						rs.getString("actor"), rs.getString("action"), changes(rs.getString("changes")),
						rs.getLong("transaction_id"), rs.getString("entity_type"), rs.getString("entity_id")),
				kind.entityType(), key, kind.entityType(), key);
		if (events.isEmpty()) {
			return Optional.empty();
		}
		List<RecordHistory.Event> partEvents = events.stream().filter((event) -> !event.own(kind, id)).toList();
		if (partEvents.isEmpty()) {
			return Optional.of(RecordHistory.replay(kind, id, events));
		}
		Set<String> created = new HashSet<>();
		partEvents.stream().filter((event) -> "CREATE".equals(event.action())).forEach((e) -> created.add(e.part()));
		boolean predating = partEvents.stream().anyMatch((event) -> !created.contains(event.part()));
		Map<String, Map<String, String>> live = predating ? live(kind, id) : Map.of();
		Map<String, String> names = names(partEvents, live);
		return Optional.of(RecordHistory.replay(kind, id, events, live, context(names)));
	}

	/** The live parts of the record, by {@code Type#id}, as recorded fields. */
	private Map<String, Map<String, String>> live(HistoryKind kind, long id) {
		String sql = PartKind.liveParts(kind);
		if (sql == null) {
			return Map.of();
		}
		Object[] ids = new Object[(int) sql.chars().filter((c) -> c == '?').count()];
		Arrays.fill(ids, id);
		Map<String, Map<String, String>> live = new HashMap<>();
		this.jdbc.query(sql, (rs) -> {
			Map<String, String> state = new LinkedHashMap<>();
			JSON.readValue(rs.getString("state"), STATE).forEach((field, value) -> {
				if (value != null) {
					state.put(field, value.toString());
				}
			});
			live.put(rs.getString("type") + "#" + rs.getLong("id"), state);
		}, ids);
		return live;
	}

	/**
	 * The names of the records the parts refer to (by {@code Type#id}), in one statement.
	 */
	private Map<String, String> names(List<RecordHistory.Event> partEvents, Map<String, Map<String, String>> live) {
		Map<String, Set<Long>> ids = new HashMap<>();
		NAMED.forEach((type) -> ids.put(type, new TreeSet<>()));
		for (RecordHistory.Event event : partEvents) {
			PartKind.ofEntityType(event.entityType()).ifPresent((part) -> part.references().forEach((field, type) -> {
				RecordHistory.Change change = event.changes().get(field);
				if (change != null) {
					addId(ids.get(type), change.from());
					addId(ids.get(type), change.to());
				}
			}));
		}
		live.forEach((part, state) -> PartKind.ofEntityType(part.substring(0, part.indexOf('#')))
			.ifPresent((kind) -> kind.references().forEach((field, type) -> addId(ids.get(type), state.get(field)))));
		Map<String, String> names = new HashMap<>();
		if (ids.values().stream().allMatch(Set::isEmpty)) {
			return names;
		}
		this.jdbc.query(NAMES, (rs) -> {
			names.put(rs.getString("type") + "#" + rs.getLong("id"), rs.getString("name"));
		}, NAMED.stream().map((type) -> array(ids.get(type))).toArray());
		return names;
	}

	private static void addId(Set<Long> ids, String value) {
		if (value != null && value.matches("[0-9]{1,18}")) {
			ids.add(Long.parseLong(value));
		}
	}

	private static String array(Set<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
	}

	private PartKind.Context context(Map<String, String> names) {
		Locale locale = LocaleContextHolder.getLocale();
		MessageSource messages = this.messages;
		return new PartKind.Context() {

			@Override
			public String name(String type, String id) {
				String name = names.get(type + "#" + id);
				return (name != null) ? name : "#" + ((id != null) ? id : "?");
			}

			@Override
			public String message(String key, Object... args) {
				return messages.getMessage(key, args, key, locale);
			}

			@Override
			public String messageOr(String key, String fallback) {
				return messages.getMessage(key, null, fallback, locale);
			}

		};
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
