package org.parley.read.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The start page's own reads: recent stance changes and the size of the record. */
@Component
class DashboardReader {

	private static final String LATEST_STANCES = """
			select latest.* from (
			    select distinct on (po.proposal_id, po.party_id)
			           po.id, po.proposal_id, pr.title as proposal_title, po.party_id, pa.name as party_name,
			           po.stance, po.stated_on, po.stated_on_precision
			    from position po
			    join proposal pr on pr.id = po.proposal_id
			    join party pa on pa.id = po.party_id
			    order by po.proposal_id, po.party_id, po.stated_on desc, po.id desc
			) latest
			order by latest.stated_on desc, latest.id desc
			limit :limit
			""";

	private static final String COUNTS = """
			select (select count(*) from negotiation) as negotiations,
			       (select count(*) from round) as rounds,
			       (select count(*) from proposal) as proposals,
			       (select count(*) from position) as positions,
			       (select count(*) from source) as sources,
			       (select count(*) from citation) as citations
			""";

	private final NamedParameterJdbcTemplate jdbc;

	DashboardReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Each party's current stance on each proposal, the most recently stated first.
	 * @param limit how many to return
	 * @return at most {@code limit} stances
	 */
	List<StanceChange> latestStances(int limit) {
		return this.jdbc.query(LATEST_STANCES, new MapSqlParameterSource("limit", limit),
				(rs, row) -> new StanceChange(rs.getLong("id"), rs.getLong("proposal_id"),
						rs.getString("proposal_title"), rs.getLong("party_id"), rs.getString("party_name"),
						Stance.valueOf(rs.getString("stance")), rs.getObject("stated_on", LocalDate.class),
						DatePrecision.valueOf(rs.getString("stated_on_precision"))));
	}

	/**
	 * How many negotiations, rounds, proposals, positions, sources and citations there
	 * are, in one statement.
	 */
	RecordCounts counts() {
		return this.jdbc.queryForObject(COUNTS, new MapSqlParameterSource(),
				(rs, row) -> new RecordCounts(rs.getLong("negotiations"), rs.getLong("rounds"), rs.getLong("proposals"),
						rs.getLong("positions"), rs.getLong("sources"), rs.getLong("citations")));
	}

}
