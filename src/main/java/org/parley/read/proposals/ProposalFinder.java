package org.parley.read.proposals;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.parley.read.proposals.FilterOptions.Option;
import org.parley.position.StanceReader;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;
import org.parley.source.EvidenceFilter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

/**
 * Reads the proposal list: one query for the page of rows, one for their proposers, one
 * to count them (skipped when the page itself shows the total), one for every party's
 * current stance on the rows shown, and one for the filter form's choices. Only the
 * filters that are set reach the SQL, every value as a bound parameter.
 */
@Component
class ProposalFinder {

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	static final String FROM = """
			from proposal p
			join negotiation n on n.id = p.negotiation_id
			""";

	private static final String COLUMNS = """
			select p.id, p.title, p.status, p.first_reported_on, n.slug as negotiation_slug,
			       n.title as negotiation_title
			""";

	// For the rows shown only, not for every row a deep page skips.
	private static final String PROPOSERS = """
			select pp.proposal_id, string_agg(pa.name, ', ' order by pa.name) as proposed_by
			from proposal_proposer pp join party pa on pa.id = pp.party_id
			where pp.proposal_id = any(:ids)
			group by pp.proposal_id
			""";

	/**
	 * The filter's choices: the first {@value #OPTION_LIMIT} of each kind by name and the
	 * chosen ones, so the list page stays bounded however large the taxonomy grows (the
	 * filter also takes any slug typed into the address).
	 */
	private static final String OPTIONS = """
			select kind, value, label from (
			    select 'negotiation' as kind, n.slug as value, n.title as label,
			           row_number() over (order by n.title, n.slug) as n from negotiation n
			    union all
			    select 'topic', t.slug, t.name, row_number() over (order by t.name, t.slug) from topic t
			    union all
			    select 'region', r.slug, r.name, row_number() over (order by r.name, r.slug) from region r
			    union all
			    select 'party', pa.slug, pa.name, row_number() over (order by pa.name, pa.slug) from party pa
			) as options
			where n <= :limit or value in (:chosen)
			order by kind, label, value
			""";

	static final int OPTION_LIMIT = 100;

	private final NamedParameterJdbcTemplate jdbc;

	private final StanceReader stances;

	ProposalFinder(NamedParameterJdbcTemplate jdbc, StanceReader stances) {
		this.jdbc = jdbc;
		this.stances = stances;
	}

	/** The filter form's choices, in one query, keeping the ones the filter holds. */
	FilterOptions options(ProposalFilter filter) {
		List<String> chosen = java.util.stream.Stream
			.of(filter.negotiation(), filter.topic(), filter.region(), filter.proposedBy(), filter.party(), "")
			.filter(java.util.Objects::nonNull)
			.toList();
		Map<String, List<Option>> byKind = this.jdbc
			.query(OPTIONS, Map.of("limit", OPTION_LIMIT, "chosen", chosen),
					(rs, row) -> Map.entry(rs.getString("kind"),
							new Option(rs.getString("value"), rs.getString("label"))))
			.stream()
			.collect(groupingBy(Map.Entry::getKey, mapping(Map.Entry::getValue, toList())));
		return new FilterOptions(byKind.getOrDefault("negotiation", List.of()), byKind.getOrDefault("topic", List.of()),
				byKind.getOrDefault("region", List.of()), byKind.getOrDefault("party", List.of()));
	}

	/**
	 * One page of the proposals that pass the filter, each with every party's current
	 * stance.
	 */
	Page<ProposalRow> find(ProposalFilter filter, ProposalSort sort, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(filter, parameters);
		String count = where.isEmpty() ? "select row_count from record_count where table_name = 'proposal'"
				: evidenceAlone(filter)
						? "select count(*) from proposal_evidence evidenced where "
								+ filter.evidence().proposalCondition("evidenced", parameters)
						: "select count(*) " + FROM + where;
		if (pageable.getOffset() == 0) {
			List<ProposalRow> rows = withStances(
					rows(sort.orderBy(), where, sort, parameters, pageable.getPageSize(), 0), filter.evidence());
			return PageableExecutionUtils.getPage(rows, pageable,
					() -> this.jdbc.queryForObject(count, parameters, Long.class));
		}
		long total = this.jdbc.queryForObject(count, parameters, Long.class);
		long end = Math.min(pageable.getOffset() + pageable.getPageSize(), total);
		List<ProposalRow> rows;
		if (pageable.getOffset() >= total) {
			rows = List.of();
		}
		else if (pageable.getOffset() <= total / 2) {
			rows = rows(sort.orderBy(), where, sort, parameters, pageable.getPageSize(), pageable.getOffset());
		}
		else {
			// Nearer the end: read from the end of the index, and turn the page round.
			rows = new ArrayList<>(
					rows(sort.reversed(), where, sort, parameters, end - pageable.getOffset(), total - end));
			java.util.Collections.reverse(rows);
		}
		return new PageImpl<>(withStances(rows, filter.evidence()), pageable, total);
	}

	/**
	 * Whether the evidence is all the filter asks about: then the proposals are counted
	 * from their summed-up evidence alone (each row there is a proposal's), not joined.
	 */
	private static boolean evidenceAlone(ProposalFilter filter) {
		return filter.evidence().isActive() && new ProposalFilter(filter.negotiation(), filter.status(), filter.topic(),
				filter.region(), filter.proposedBy(), filter.party(), filter.stance(), filter.q(), null)
			.equals(ProposalFilter.none());
	}

	private List<ProposalRow> rows(String orderBy, String where, ProposalSort sort, MapSqlParameterSource parameters,
			long limit, long offset) {
		MapSqlParameterSource page = new MapSqlParameterSource(parameters.getValues()).addValue("limit", limit)
			.addValue("offset", offset);
		return this.jdbc.query(
				COLUMNS + FROM + sort.join() + where + "order by " + orderBy + "\nlimit :limit offset :offset", page,
				(rs, row) -> {
					Date firstReported = rs.getDate("first_reported_on");
					return new ProposalRow(rs.getLong("id"), rs.getString("title"),
							ProposalStatus.valueOf(rs.getString("status")),
							(firstReported != null) ? firstReported.toLocalDate() : null,
							rs.getString("negotiation_slug"), rs.getString("negotiation_title"), null, List.of());
				});
	}

	/**
	 * The rows with their proposers and every party's current stance passing the evidence
	 * filter, by party name.
	 */
	private List<ProposalRow> withStances(List<ProposalRow> rows, EvidenceFilter evidence) {
		Map<Long, String> proposers = proposers(rows);
		Map<Long, List<StanceView>> stances = this.stances
			.current(rows.stream().map(ProposalRow::id).toList(), evidence)
			.stream()
			.collect(groupingBy(StanceView::proposalId));
		return rows.stream()
			.map((row) -> row.withProposers(proposers.get(row.id())))
			.map((row) -> row.withStances(stances.getOrDefault(row.id(), List.of())
				.stream()
				.sorted((a, b) -> a.partyName().compareToIgnoreCase(b.partyName()))
				.toList()))
			.toList();
	}

	private Map<Long, String> proposers(List<ProposalRow> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> proposers = new java.util.HashMap<>();
		this.jdbc.query(PROPOSERS,
				new MapSqlParameterSource("ids", rows.stream().map(ProposalRow::id).toArray(Long[]::new)), (rs) -> {
					proposers.put(rs.getLong("proposal_id"), rs.getString("proposed_by"));
				});
		return proposers;
	}

	static String where(ProposalFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (filter.negotiation() != null) {
			conditions.add("n.slug = :negotiation");
			parameters.addValue("negotiation", filter.negotiation());
		}
		if (filter.status() != null) {
			conditions.add("p.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (filter.topic() != null) {
			conditions.add("exists (select 1 from proposal_topic pt join topic t on t.id = pt.topic_id "
					+ "where pt.proposal_id = p.id and " + reference("t", "topic", filter.topic(), parameters) + ")");
		}
		if (filter.region() != null) {
			// The region asked for and every region lying within it (Donetsk Oblast
			// within
			// the Donbas).
			conditions.add("exists (select 1 from proposal_region pr where pr.proposal_id = p.id and pr.region_id in ("
					+ "with recursive within_region(id) as (select r.id from region r where "
					+ reference("r", "region", filter.region(), parameters)
					+ " union select c.id from region c join within_region w on c.parent_id = w.id) "
					+ "select id from within_region))");
		}
		if (filter.proposedBy() != null) {
			conditions
				.add("exists (select 1 from proposal_proposer pp join party proposer on proposer.id = pp.party_id "
						+ "where pp.proposal_id = p.id and "
						+ reference("proposer", "proposedBy", filter.proposedBy(), parameters) + ")");
		}
		if (filter.party() != null || filter.stance() != null) {
			// The current stance, as the database keeps it (StanceReader).
			StringBuilder stance = new StringBuilder("exists (select 1 from current_position current_stance");
			List<String> stanceConditions = new ArrayList<>(List.of("current_stance.proposal_id = p.id"));
			if (filter.party() != null) {
				stance.append(" join party stance_party on stance_party.id = current_stance.party_id");
				stanceConditions.add(reference("stance_party", "party", filter.party(), parameters));
			}
			if (filter.stance() != null) {
				stanceConditions.add("current_stance.stance = :stance");
				parameters.addValue("stance", filter.stance().name());
			}
			if (filter.evidence().isActive()) {
				stanceConditions.add(filter.evidence().condition("current_stance", parameters));
			}
			conditions
				.add(stance.append(" where ").append(String.join(" and ", stanceConditions)).append(")").toString());
		}
		else if (filter.evidence().isActive()) {
			// Summed up per proposal over its current stances (V114): no stance is read.
			conditions.add("exists (select 1 from proposal_evidence evidenced where evidenced.proposal_id = p.id and "
					+ filter.evidence().proposalCondition("evidenced", parameters) + ")");
		}
		if (filter.q() != null) {
			conditions.add("(p.title ilike :q or p.summary ilike :q or exists (select 1 from proposal_point point "
					+ "where point.proposal_id = p.id and point.text ilike :q))");
			parameters.addValue("q", "%" + escapeLike(filter.q()) + "%");
		}
		return conditions.isEmpty() ? "" : "where " + String.join("\n  and ", conditions) + "\n";
	}

	/** A condition matching a row by id when the value is a number, else by slug. */
	private static String reference(String alias, String parameter, String value, MapSqlParameterSource parameters) {
		if (ID.matcher(value).matches()) {
			parameters.addValue(parameter, Long.parseLong(value));
			return alias + ".id = :" + parameter;
		}
		parameters.addValue(parameter, value);
		return alias + ".slug = :" + parameter;
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
