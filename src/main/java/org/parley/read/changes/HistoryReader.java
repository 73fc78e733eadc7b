package org.parley.read.changes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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

import org.parley.audit.AuditText;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads one record's audit rows and its parts', oldest first, in one statement; one more
 * for the live state of parts loaded before the trail (only when there are such) and one
 * for the current names of all the records the record and its parts refer to. A second,
 * cheap one asks whether a record without rows exists at all (records stored by plain SQL
 * have none). A proposal's page adds one for the positions on it and the rounds that
 * discussed it.
 */
@Component
class HistoryReader {

	private static final TypeReference<LinkedHashMap<String, Map<String, Object>>> CHANGES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, Object>> STATE = new TypeReference<>() {
	};

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The current names of the records a history refers to, by type: one arm per type,
	 * each by primary key. A report by its outlet and its headline, else the opening of
	 * its excerpt (as the pickers name it).
	 */
	private static final String NAMES = """
			select 'Proposal' as type, id, title as name from proposal where id = any(cast(? as bigint[]))
			union all
			select 'Citation', c.id, s.name || ': ' || coalesce(c.headline,
			       '“' || left(regexp_replace(c.excerpt, '\\s+', ' ', 'g'), 60) || '…”', c.url,
			       'report of ' || to_char(c.published_on, 'YYYY-MM-DD'), 'report #' || c.id)
			from citation c join source s on s.id = c.source_id where c.id = any(cast(? as bigint[]))
			union all
			select 'Party', id, name from party where id = any(cast(? as bigint[]))
			union all
			select 'RoundProposal', rp.id, p.title from round_proposal rp join proposal p on p.id = rp.proposal_id
			where rp.id = any(cast(? as bigint[]))
			union all
			select 'Negotiation', id, title from negotiation where id = any(cast(? as bigint[]))
			union all
			select 'Person', id, full_name from person where id = any(cast(? as bigint[]))
			union all
			select 'Round', id, title from round where id = any(cast(? as bigint[]))
			union all
			select 'Source', id, name from source where id = any(cast(? as bigint[]))
			union all
			select 'Topic', id, name from topic where id = any(cast(? as bigint[]))
			union all
			select 'Region', id, name from region where id = any(cast(? as bigint[]))
			union all
			select 'ProposalRelation', r.id, p.title from proposal_relation r join proposal p on p.id = r.related_proposal_id
			where r.id = any(cast(? as bigint[]))
			union all
			select 'TopicClaim', id, left(claim, 80) from topic_claim where id = any(cast(? as bigint[]))
			union all
			select 'PersonTitle', id, title from person_title where id = any(cast(? as bigint[]))
			union all
			select 'PositionArgument', id, left(argument, 80) from position_argument where id = any(cast(? as bigint[]))
			""";

	private static final List<String> NAMED = List.of("Proposal", "Citation", "Party", "RoundProposal", "Negotiation",
			"Person", "Round", "Source", "Topic", "Region", "ProposalRelation", "TopicClaim", "PersonTitle",
			"PositionArgument");

	/**
	 * The latest positions recorded on a proposal and the latest rounds that discussed
	 * it, one more of each than shown, to tell whether there are more.
	 */
	private static final String ACTIVITY = """
			(select 'position' as kind, po.id, pa.id as party_id, pa.name, po.stance, po.stated_on as day,
			        po.stated_on_precision as precision, cast(null as date) as ends_on
			 from position po join party pa on pa.id = po.party_id
			 where po.proposal_id = ?
			 order by po.stated_on desc, po.id desc
			 limit ?)
			union all
			(select 'round', r.id, null, r.title, null, r.starts_on, null, r.ends_on
			 from round_proposal rp join round r on r.id = rp.round_id
			 where rp.proposal_id = ?
			 order by r.starts_on desc, r.id desc
			 limit ?)
			""";

	/** Longer than any name or title a record may have: none is cut. */
	private static final int NAME_LENGTH = 10_000;

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
		Set<String> created = new HashSet<>();
		partEvents.stream().filter((event) -> "CREATE".equals(event.action())).forEach((e) -> created.add(e.part()));
		boolean predating = partEvents.stream().anyMatch((event) -> !created.contains(event.part()));
		Map<String, Map<String, String>> live = predating ? live(kind, id) : Map.of();
		Map<String, String> names = names(kind, id, events, live);
		return Optional.of(RecordHistory.replay(kind, id, events, live, context(names)));
	}

	/**
	 * The latest positions recorded on a proposal and the latest rounds that discussed
	 * it, in one statement.
	 * @param id the proposal's id
	 * @param size how many of each at most
	 * @return them, latest first
	 */
	@Transactional(readOnly = true)
	ProposalActivity activity(long id, int size) {
		List<ProposalActivity.PositionLine> positions = new ArrayList<>();
		List<ProposalActivity.RoundLine> rounds = new ArrayList<>();
		this.jdbc.query(ACTIVITY, (rs) -> {
			LocalDate day = rs.getObject("day", LocalDate.class);
			if ("position".equals(rs.getString("kind"))) {
				positions.add(new ProposalActivity.PositionLine(rs.getLong("id"), rs.getLong("party_id"),
						rs.getString("name"), stance(rs.getString("stance")), day,
						precision(rs.getString("precision"))));
			}
			else {
				rounds.add(new ProposalActivity.RoundLine(rs.getLong("id"), rs.getString("name"), day,
						rs.getObject("ends_on", LocalDate.class)));
			}
		}, id, size + 1, id, size + 1);
		return new ProposalActivity(List.copyOf(positions.subList(0, Math.min(size, positions.size()))),
				positions.size() > size, List.copyOf(rounds.subList(0, Math.min(size, rounds.size()))),
				rounds.size() > size);
	}

	private static Stance stance(String name) {
		return Arrays.stream(Stance.values()).filter((stance) -> stance.name().equals(name)).findFirst().orElse(null);
	}

	private static DatePrecision precision(String name) {
		return Arrays.stream(DatePrecision.values())
			.filter((precision) -> precision.name().equals(name))
			.findFirst()
			.orElse(DatePrecision.DAY);
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
	 * The names of the records the record and its parts refer to (by {@code Type#id}), in
	 * one statement, or none when they refer to none.
	 */
	private Map<String, String> names(HistoryKind kind, long id, List<RecordHistory.Event> events,
			Map<String, Map<String, String>> live) {
		Map<String, Set<Long>> ids = new HashMap<>();
		NAMED.forEach((type) -> ids.put(type, new TreeSet<>()));
		for (RecordHistory.Event event : events) {
			Map<String, String> references = event.own(kind, id) ? RecordFields.references(kind)
					: PartKind.ofEntityType(event.entityType()).map(PartKind::references).orElse(Map.of());
			references.forEach((field, type) -> {
				RecordHistory.Change change = event.changes().get(field);
				if (change != null) {
					RecordFields.ids(change.from()).forEach((value) -> addId(ids.get(type), value));
					RecordFields.ids(change.to()).forEach((value) -> addId(ids.get(type), value));
				}
			});
		}
		live.forEach((part, state) -> PartKind.ofEntityType(part.substring(0, part.indexOf('#')))
			.ifPresent((partKind) -> partKind.references()
				.forEach((field, type) -> addId(ids.get(type), state.get(field)))));
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
				if (name != null) {
					// As the trail writes text, so that the page shows both alike.
					return AuditText.escape(name, NAME_LENGTH);
				}
				String number = (id != null) ? id : "?";
				return messages.getMessage("history.value.deleted." + type, new Object[] { number },
						"(deleted #" + number + ")", locale);
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

	/**
	 * What the record is called now (a proposal's title, a person's full name), for a
	 * record without a history of its own; {@code null} for a kind without a name field
	 * or a record without one.
	 */
	@Transactional(readOnly = true)
	String currentName(HistoryKind kind, long id) {
		if (kind.labelField() == null) {
			return null;
		}
		// The column is the field's name in snake case; both are constants of the kind.
		String column = kind.labelField().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
		return this.jdbc.queryForList("select " + column + " from " + kind.table() + " where id = ?", String.class, id)
			.stream()
			.filter((name) -> name != null && !name.isBlank())
			.findFirst()
			.orElse(null);
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
