package org.parley.read.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code /changes} from the audit trail, newest first, filtered and paged in the
 * database, one line per save of a record (its parts' rows counted as fields of it:
 * "points", "relations", "citations" …), as the database keeps them in
 * {@code record_change} (V82), paged by key so a page costs the same however long the
 * trail grows: one statement for the page (names, links and each new position's previous
 * stance joined in, the previous stance by a lateral join), one for the negotiations to
 * filter by.
 */
@Component
class ChangesReader {

	private final NamedParameterJdbcTemplate jdbc;

	private final MessageSource messages;

	ChangesReader(NamedParameterJdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * One page of changes, newest first.
	 * @param filter what to show
	 * @param before the {@link ChangesPage#older() cursor} of the page before, or
	 * {@code null} for the newest
	 * @param size how many at most
	 * @return the changes and the cursor of the next older page, if there is one
	 */
	@Transactional(readOnly = true)
	ChangesPage find(ChangeFilter filter, Long before, int size) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("limit", size + 1);
		List<String> conditions = conditions(filter, parameters);
		if (before != null) {
			conditions.add("(s.occurred_at, s.first_event_id) < "
					+ "(select c.occurred_at, c.first_event_id from record_change c where c.id = :before)");
			parameters.addValue("before", before);
		}
		String page = """
				with page as (
				    select s.id as change_id, s.first_event_id as id, s.occurred_at, s.actor, s.entity_type,
				           s.record_id as rid, s.fields,
				           case when h.part_of_type is null then h.action else 'UPDATE' end as action,
				           case when h.part_of_type is null then h.changes else '{}'::jsonb end as changes
				    from %s s
				    join audit_event h on h.id = coalesce(s.write_event_id, s.own_event_id, s.first_event_id)
				    where %s
				    order by s.occurred_at desc, s.first_event_id desc
				    limit :limit
				)
				""".formatted(source(filter, parameters),
				conditions.isEmpty() ? "true" : String.join("\n      and ", conditions));
		List<Long> cursors = new ArrayList<>();
		PartKind.Context labels = labels(LocaleContextHolder.getLocale());
		List<ChangeEntry> rows = this.jdbc.query(
				page + """
						select p.change_id, p.id, p.occurred_at, p.actor, p.action, p.entity_type, p.rid, p.fields,
						       coalesce(ng.title, pa.name, pe.full_name, ro.title, pr.title, ci.headline, so.name, tp.name, rg.name,
						                p.changes->'title'->>'to', p.changes->'title'->>'from',
						                p.changes->'name'->>'to', p.changes->'name'->>'from',
						                p.changes->'fullName'->>'to', p.changes->'fullName'->>'from',
						                p.changes->'headline'->>'to', p.changes->'headline'->>'from') as label,
						       (coalesce(ng.id, pa.id, pe.id, ro.id, pr.id, ci.id, so.id, tp.id, rg.id, po.id) is not null) as live,
						       ng.slug as negotiation_slug, ci.source_id as citation_source_id,
						       popa.id as party_id, popa.name as party_name, popr.id as proposal_id, popr.title as proposal_title,
						       case when p.action = 'UPDATE' then coalesce(p.changes->'stance'->>'from',
						                case when p.changes->'condition' is not null then po.stance end)
						            else prev.stance end as previous_stance,
						       coalesce(p.changes->'stance'->>'to', case when p.action = 'UPDATE' and p.changes->'condition' is not null
						                then po.stance end) as stance,
						       case when p.action = 'UPDATE' then coalesce(p.changes->'condition'->>'from', po.condition)
						            else prev.condition end as previous_condition,
						       coalesce(p.changes->'condition'->>'to', po.condition) as condition,
						       coalesce(po.stated_on, %s) as stated_on
						from page p
						left join negotiation ng on p.entity_type = 'Negotiation' and ng.id = p.rid
						left join party pa on p.entity_type = 'Party' and pa.id = p.rid
						left join person pe on p.entity_type = 'Person' and pe.id = p.rid
						left join round ro on p.entity_type = 'Round' and ro.id = p.rid
						left join proposal pr on p.entity_type = 'Proposal' and pr.id = p.rid
						left join citation ci on p.entity_type = 'Citation' and ci.id = p.rid
						left join source so on p.entity_type = 'Source' and so.id = p.rid
						left join topic tp on p.entity_type = 'Topic' and tp.id = p.rid
						left join region rg on p.entity_type = 'Region' and rg.id = p.rid
						left join position po on p.entity_type = 'Position' and po.id = p.rid
						left join party popa on p.entity_type = 'Position' and popa.id = coalesce(po.party_id, %s)
						left join proposal popr on p.entity_type = 'Position' and popr.id = coalesce(po.proposal_id, %s)
						left join lateral (
						    select earlier.stance, earlier.condition from position earlier
						    where p.entity_type = 'Position' and p.action = 'CREATE'
						      and earlier.party_id = popa.id and earlier.proposal_id = popr.id and earlier.id <> p.rid
						      and (earlier.stated_on, earlier.id) < (coalesce(po.stated_on, %s), p.rid)
						    order by earlier.stated_on desc, earlier.id desc
						    limit 1
						) prev on true
						order by p.occurred_at desc, p.id desc
						"""
					.formatted(jsonDate("p", "statedOn"), jsonId("p", "party"), jsonId("p", "proposal"),
							jsonDate("p", "statedOn")),
				parameters, (rs, n) -> {
					cursors.add(rs.getLong("change_id"));
					return entry(rs, labels);
				});
		if (rows.size() <= size) {
			return new ChangesPage(rows, null);
		}
		return new ChangesPage(List.copyOf(rows.subList(0, size)), cursors.get(size - 1));
	}

	/** A proposal's title, if it exists. */
	Optional<String> proposalTitle(long id) {
		return name("select title from proposal where id = :key", id);
	}

	/** A party's name, if it exists. */
	Optional<String> partyName(long id) {
		return name("select name from party where id = :key", id);
	}

	/** A negotiation's title, if it exists. */
	Optional<String> negotiationTitle(String slug) {
		return name("select title from negotiation where slug = :key", slug);
	}

	private Optional<String> name(String sql, Object key) {
		return this.jdbc.query(sql, new MapSqlParameterSource("key", key), (rs, row) -> rs.getString(1))
			.stream()
			.findFirst();
	}

	/** The negotiations to filter by: slug and title, by title. */
	@Transactional(readOnly = true)
	List<NegotiationOption> negotiations() {
		return this.jdbc.query("select slug, title from negotiation order by title",
				(rs, n) -> new NegotiationOption(rs.getString("slug"), rs.getString("title")));
	}

	/**
	 * The filters as conditions on {@code record_change} (alias {@code s}), each served
	 * by one of its indexes: by negotiation, kind of record, editor, or time.
	 */
	private static List<String> conditions(ChangeFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (filter.negotiation() != null) {
			conditions.add("s.negotiation_id = (select id from negotiation where slug = :negotiation)");
			parameters.addValue("negotiation", filter.negotiation());
		}
		if (filter.kind() != null) {
			conditions.add("s.entity_type = :type");
			parameters.addValue("type", filter.kind().entityType());
		}
		if (filter.editor() != null) {
			conditions.add("lower(s.actor) = lower(:editor)");
			parameters.addValue("editor", filter.editor());
		}
		if (filter.from() != null) {
			conditions.add("s.occurred_at >= :from");
			parameters.addValue("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("s.occurred_at < :to");
			parameters.addValue("to", startOf(filter.to().plusDays(1)));
		}
		return conditions;
	}

	/**
	 * The saves to read: all of them, or for a proposal's or a party's feed the record's
	 * own and those of the positions on it (positions still on record), each part found
	 * by record ({@code record_change_record_ix}). Written as one condition with
	 * {@code or}, the planner walked every save newest first to find a quiet proposal's
	 * few (1.3 s).
	 */
	private static String source(ChangeFilter filter, MapSqlParameterSource parameters) {
		if (filter.proposal() != null) {
			parameters.addValue("record", filter.proposal());
			return ofRecordAndPositions("Proposal", "proposal_id");
		}
		if (filter.party() != null) {
			parameters.addValue("record", filter.party());
			return ofRecordAndPositions("Party", "party_id");
		}
		return "record_change";
	}

	private static String ofRecordAndPositions(String type, String positionColumn) {
		return "(select * from record_change where entity_type = '" + type + "' and record_id = :record "
				+ "union all select rc.* from position po join record_change rc on rc.entity_type = 'Position' "
				+ "and rc.record_id = po.id where po." + positionColumn + " = :record)";
	}

	/** A recorded reference (an id, as text) to another record, before or after. */
	private static String jsonId(String alias, String field) {
		String value = "coalesce(" + alias + ".changes->'" + field + "'->>'to', " + alias + ".changes->'" + field
				+ "'->>'from')";
		return "(case when " + value + " ~ '^[0-9]{1,18}$' then (" + value + ")::bigint end)";
	}

	private static String jsonDate(String alias, String field) {
		String value = alias + ".changes->'" + field + "'->>'to'";
		return "(case when " + value + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then (" + value + ")::date end)";
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay().atOffset(ZoneOffset.UTC);
	}

	/** The messages the fields' labels are read from (no record is named by them). */
	private PartKind.Context labels(Locale locale) {
		MessageSource messages = this.messages;
		return new PartKind.Context() {

			@Override
			public String name(String type, String id) {
				return "#" + id;
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

	private static ChangeEntry entry(ResultSet rs, PartKind.Context labels) throws SQLException {
		HistoryKind kind = HistoryKind.ofEntityType(rs.getString("entity_type")).orElseThrow();
		long id = rs.getLong("rid");
		String fields = rs.getString("fields");
		Long partyId = rs.getObject("party_id", Long.class);
		Long proposalId = rs.getObject("proposal_id", Long.class);
		Long sourceId = rs.getObject("citation_source_id", Long.class);
		String partyName = rs.getString("party_name");
		String proposalTitle = rs.getString("proposal_title");
		String label = rs.getString("label");
		if (kind == HistoryKind.POSITIONS && partyName != null) {
			// A position whose proposal went since (an undone log) is still named by its
			// party.
			label = partyName + " on " + ((proposalTitle != null) ? proposalTitle : "a proposal since deleted");
		}
		if (label == null || label.isBlank()) {
			label = kind.entityType() + " #" + id;
		}
		String readPage = rs.getBoolean("live") ? kind.readPage(id, rs.getString("negotiation_slug"),
				(proposalId != null) ? proposalId.toString() : null, (sourceId != null) ? sourceId.toString() : null)
				: null;
		List<String> names = (fields != null) ? Arrays.stream(fields.split(",")).distinct().sorted().toList()
				: List.of();
		return new ChangeEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), kind, id, RecordHistory.display(label), names,
				RecordFields.labels(kind, names, labels), readPage, partyId, partyName, proposalId, proposalTitle,
				rs.getString("previous_stance"), rs.getString("stance"), rs.getString("previous_condition"),
				rs.getString("condition"), rs.getObject("stated_on", LocalDate.class));
	}

	/**
	 * A negotiation to filter by.
	 *
	 * @param slug its slug
	 * @param title its title
	 */
	public record NegotiationOption(String slug, String title) {

	}

}
