package org.parley.read.rounds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the rounds timeline: one page of rounds, latest first, paginated in the database.
 * The page, its total and the parties of every round on it take three statements at most,
 * however many rounds there are.
 */
@Component
class TimelineReader {

	static final String FROM = """
			from round r
			join negotiation n on n.id = r.negotiation_id
			left join party m on m.id = r.mediator_party_id
			""";

	private static final String PAGE = """
			select r.id, r.title, n.slug as negotiation_slug, n.title as negotiation_title, r.place,
			       r.starts_on, r.ends_on, r.format, r.outcome, m.id as mediator_id, m.name as mediator_name,
			       (select count(*) from round_proposal rp where rp.round_id = r.id) as proposal_count
			""";

	private static final String PARTIES = """
			select rp.round_id, p.id, p.name
			from round_party rp join party p on p.id = rp.party_id
			where rp.round_id = any(:rounds)
			order by p.name, p.id
			""";

	private static final String OPTIONS = """
			select 'negotiation' as kind, slug as value, title as label from negotiation
			union all
			select 'party', slug, name from party
			order by kind, label
			""";

	private final NamedParameterJdbcTemplate jdbc;

	TimelineReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the rounds that pass the filter, latest first.
	 * @param filter what to keep
	 * @param pageable which page; its sort is ignored
	 * @return the page, each round with its participating parties
	 */
	Page<TimelineEntry> page(TimelineFilter filter, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String where = where(filter, parameters);
		parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
		List<TimelineEntry> rounds = this.jdbc.query(
				PAGE + FROM + where + " order by r.starts_on desc, r.id desc limit :limit offset :offset", parameters,
				(rs, row) -> entry(rs));
		List<TimelineEntry> content = withParties(rounds);
		// Unfiltered, the total is the one the database keeps (record_count).
		String count = where.isBlank() ? "select row_count from record_count where table_name = 'round'"
				: "select count(*) " + FROM + where;
		return PageableExecutionUtils.getPage(content, pageable,
				() -> this.jdbc.queryForObject(count, parameters, Long.class));
	}

	/** Negotiations and parties to choose from, each by slug, in name order. */
	Map<String, List<FilterOption>> options() {
		Map<String, List<FilterOption>> options = new LinkedHashMap<>();
		options.put("negotiation", new ArrayList<>());
		options.put("party", new ArrayList<>());
		this.jdbc.query(OPTIONS, (rs) -> {
			options.get(rs.getString("kind")).add(new FilterOption(rs.getString("value"), rs.getString("label")));
		});
		return options;
	}

	static String where(TimelineFilter filter, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (filter.negotiation() != null) {
			conditions.add("n.slug = :negotiation");
			parameters.addValue("negotiation", filter.negotiation());
		}
		if (filter.party() != null) {
			conditions.add("exists (select 1 from round_party fp join party fpa on fpa.id = fp.party_id "
					+ "where fp.round_id = r.id and fpa.slug = :party)");
			parameters.addValue("party", filter.party());
		}
		if (filter.place() != null) {
			conditions.add("r.place ilike :place escape '\\'");
			parameters.addValue("place", "%" + escapeLike(filter.place()) + "%");
		}
		if (filter.outcome() != null) {
			conditions.add("r.outcome = :outcome");
			parameters.addValue("outcome", filter.outcome().name());
		}
		if (filter.from() != null) {
			// A round overlaps the range when its last day is not before the range
			// starts.
			conditions.add("coalesce(r.ends_on, r.starts_on) >= :from");
			parameters.addValue("from", filter.from());
		}
		if (filter.to() != null) {
			conditions.add("r.starts_on <= :to");
			parameters.addValue("to", filter.to());
		}
		return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private List<TimelineEntry> withParties(List<TimelineEntry> rounds) {
		if (rounds.isEmpty()) {
			return rounds;
		}
		Map<Long, List<PartyRef>> parties = new LinkedHashMap<>();
		this.jdbc.query(PARTIES,
				new MapSqlParameterSource("rounds", rounds.stream().map(TimelineEntry::id).toArray(Long[]::new)),
				(rs) -> {
					parties.computeIfAbsent(rs.getLong("round_id"), (id) -> new ArrayList<>())
						.add(new PartyRef(rs.getLong("id"), rs.getString("name")));
				});
		return rounds.stream().map((round) -> round.withParties(parties.getOrDefault(round.id(), List.of()))).toList();
	}

	private static TimelineEntry entry(ResultSet rs) throws SQLException {
		long mediatorId = rs.getLong("mediator_id");
		PartyRef mediator = rs.wasNull() ? null : new PartyRef(mediatorId, rs.getString("mediator_name"));
		return new TimelineEntry(rs.getLong("id"), rs.getString("title"), rs.getString("negotiation_slug"),
				rs.getString("negotiation_title"), rs.getString("place"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), RoundFormat.valueOf(rs.getString("format")),
				RoundOutcome.valueOf(rs.getString("outcome")), mediator, rs.getInt("proposal_count"), List.of());
	}

}
