package org.parley.read.changes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code /changes} from the audit trail, newest first, filtered and paged in the
 * database, one line per save of a record (its parts' rows counted as fields of it:
 * "points", "relations", "citations" …): one statement for the page (names, links and
 * each new position's previous stance joined in, the previous stance by a lateral join),
 * one for the count when the page does not tell it, one for the negotiations to filter
 * by.
 */
@Component
class ChangesReader {

	private static final List<String> TYPES = Arrays.stream(HistoryKind.values()).map(HistoryKind::entityType).toList();

	private final NamedParameterJdbcTemplate jdbc;

	ChangesReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Page<ChangeEntry> find(ChangeFilter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String saves = saves(filter, parameters);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<ChangeEntry> rows = this.jdbc
			.query(saves + ", page as (select s.id, s.occurred_at, s.actor, s.entity_type, s.rid, s.fields, "
					+ "case when h.part_of_type is null then h.action else 'UPDATE' end as action, "
					+ "case when h.part_of_type is null then h.changes else '{}'::jsonb end as changes "
					+ "from saves s join audit_event h on h.id = s.head_id "
					+ "order by s.occurred_at desc, s.id desc limit :limit offset :offset) "
					+ """
							select p.id, p.occurred_at, p.actor, p.action, p.entity_type, p.rid, p.fields,
							       coalesce(ng.title, pa.name, pe.full_name, ro.title, pr.title, ci.headline, so.name, tp.name,
							                p.changes->'title'->>'to', p.changes->'title'->>'from',
							                p.changes->'name'->>'to', p.changes->'name'->>'from',
							                p.changes->'fullName'->>'to', p.changes->'fullName'->>'from',
							                p.changes->'headline'->>'to', p.changes->'headline'->>'from') as label,
							       (coalesce(ng.id, pa.id, pe.id, ro.id, pr.id, ci.id, so.id, tp.id, po.id) is not null) as live,
							       ng.slug as negotiation_slug, ci.source_id as citation_source_id,
							       popa.id as party_id, popa.name as party_name, popr.id as proposal_id, popr.title as proposal_title,
							       case when p.action = 'UPDATE' then p.changes->'stance'->>'from' else prev.stance end
							           as previous_stance,
							       p.changes->'stance'->>'to' as stance,
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
							left join position po on p.entity_type = 'Position' and po.id = p.rid
							left join party popa on p.entity_type = 'Position' and popa.id = coalesce(po.party_id, %s)
							left join proposal popr on p.entity_type = 'Position' and popr.id = coalesce(po.proposal_id, %s)
							left join lateral (
							    select earlier.stance from position earlier
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
					parameters, (rs, n) -> entry(rs));
		long total = (pageable.getOffset() == 0 && rows.size() < pageable.getPageSize()) ? rows.size()
				: this.jdbc.queryForObject(saves + " select count(*) from saves", parameters, Long.class);
		return new PageImpl<>(rows, pageable, total);
	}

	/** The negotiations to filter by: slug and title, by title. */
	@Transactional(readOnly = true)
	List<NegotiationOption> negotiations() {
		return this.jdbc.query("select slug, title from negotiation order by title",
				(rs, n) -> new NegotiationOption(rs.getString("slug"), rs.getString("title")));
	}

	/**
	 * The saves of records with a history, with the filters applied, as the common table
	 * expression {@code saves}: one row per record per save (the rows one transaction
	 * wrote for the record and its parts, split where the record's own fields are written
	 * again, as {@link RecordHistory} reads them), with its first row's id and time, the
	 * row that stands for it ({@code head_id}: the record's own write where there is one)
	 * and the fields it changed (a part counts as its kind: "points", "citations" …). The
	 * joins that find a record's negotiation (live, or from what its deletion recorded)
	 * are made only when filtering by negotiation.
	 */
	private static String saves(ChangeFilter filter, MapSqlParameterSource parameters) {
		StringBuilder sql = new StringBuilder("""
				with rows as (
				    select e.id, e.occurred_at, e.actor, e.transaction_id, r.rtype, r.rid,
				           (e.part_of_type is null) as own,
				           (e.part_of_type is null and not (e.action = 'UPDATE' and (
				               select count(*) = 1 and bool_and(coalesce(v->>'from', '') like '[%]'
				                                                and coalesce(v->>'to', '') like '[%]')
				               from jsonb_each(e.changes) x(k, v)))) as write,
				           case when e.part_of_type is null
				                then (select string_agg(k, ',') from jsonb_object_keys(e.changes) k)
				                else case e.entity_type when 'ProposalPoint' then 'points'
				                                        when 'ProposalRelation' then 'relations'
				                                        when 'RoundProposal' then 'proposals'
				                                        else 'citations' end
				           end as names
				    from audit_event e
				    cross join lateral (select coalesce(e.part_of_type, e.entity_type) as rtype,
				        case when coalesce(e.part_of_id, e.entity_id) ~ '^[0-9]{1,18}$'
				             then coalesce(e.part_of_id, e.entity_id)::bigint end as rid) r
				""");
		List<String> conditions = new ArrayList<>();
		conditions.add("r.rtype in (:types)");
		conditions.add("r.rid is not null");
		parameters.addValue("types", TYPES);
		if (filter.negotiation() != null) {
			sql.append("""
					 left join round fro on r.rtype = 'Round' and fro.id = r.rid
					 left join proposal fpr on r.rtype = 'Proposal' and fpr.id = r.rid
					 left join position fpo on r.rtype = 'Position' and fpo.id = r.rid
					 left join proposal fpp on r.rtype = 'Position' and fpp.id = coalesce(fpo.proposal_id, %s)
					""".formatted(jsonId("e", "proposal")));
			conditions.add("coalesce(case when r.rtype = 'Negotiation' then r.rid end, fro.negotiation_id, "
					+ "fpr.negotiation_id, fpp.negotiation_id, case when r.rtype in ('Round', 'Proposal') then "
					+ jsonId("e", "negotiation") + " end) = (select id from negotiation where slug = :negotiation)");
			parameters.addValue("negotiation", filter.negotiation());
		}
		if (filter.kind() != null) {
			conditions.add("r.rtype = :type");
			parameters.addValue("type", filter.kind().entityType());
		}
		if (filter.editor() != null) {
			conditions.add("lower(e.actor) = lower(:editor)");
			parameters.addValue("editor", filter.editor());
		}
		if (filter.from() != null) {
			conditions.add("e.occurred_at >= :from");
			parameters.addValue("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("e.occurred_at < :to");
			parameters.addValue("to", startOf(filter.to().plusDays(1)));
		}
		sql.append(" where ").append(String.join(" and ", conditions)).append("""
				), numbered as (
				    select rows.*, greatest(count(*) filter (where write) over (
				        partition by transaction_id, rtype, rid, actor order by id), 1) as save
				    from rows
				), saves as (
				    select min(id) as id, min(occurred_at) as occurred_at, min(actor) as actor,
				           rtype as entity_type, rid,
				           coalesce(min(id) filter (where write), min(id) filter (where own), min(id)) as head_id,
				           string_agg(names, ',') as fields
				    from numbered
				    group by transaction_id, rtype, rid, actor, save
				)
				""");
		return sql.toString();
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

	private static ChangeEntry entry(ResultSet rs) throws SQLException {
		HistoryKind kind = HistoryKind.ofEntityType(rs.getString("entity_type")).orElseThrow();
		long id = rs.getLong("rid");
		String fields = rs.getString("fields");
		Long partyId = rs.getObject("party_id", Long.class);
		Long proposalId = rs.getObject("proposal_id", Long.class);
		Long sourceId = rs.getObject("citation_source_id", Long.class);
		String partyName = rs.getString("party_name");
		String proposalTitle = rs.getString("proposal_title");
		String label = rs.getString("label");
		if (kind == HistoryKind.POSITIONS && partyName != null && proposalTitle != null) {
			label = partyName + " on " + proposalTitle;
		}
		if (label == null || label.isBlank()) {
			label = kind.entityType() + " #" + id;
		}
		String readPage = rs.getBoolean("live") ? kind.readPage(id, rs.getString("negotiation_slug"),
				(proposalId != null) ? proposalId.toString() : null, (sourceId != null) ? sourceId.toString() : null)
				: null;
		return new ChangeEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), kind, id, RecordHistory.display(label),
				(fields != null) ? Arrays.stream(fields.split(",")).distinct().sorted().toList() : List.of(), readPage,
				partyId, partyName, proposalId, proposalTitle, rs.getString("previous_stance"), rs.getString("stance"),
				rs.getObject("stated_on", LocalDate.class));
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
