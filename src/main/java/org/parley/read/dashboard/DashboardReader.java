package org.parley.read.dashboard;

import java.time.LocalDate;
import java.util.List;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** The start page's own reads: recent stance changes and the size of the record. */
@Component
class DashboardReader {

	// The current stances (current_position, kept by the database), most recently stated
	// first.
	private static final String LATEST_STANCES = """
			select cur.position_id, cur.proposal_id, pr.title as proposal_title, cur.party_id,
			       pa.name as party_name, cur.stance, cur.stated_on, po.stated_on_precision
			from current_position cur
			join position po on po.id = cur.position_id
			join proposal pr on pr.id = cur.proposal_id
			join party pa on pa.id = cur.party_id
			order by cur.stated_on desc, cur.position_id desc
			limit :limit
			""";

	// Kept current by the database as rows are added and removed (record_count); the
	// taxonomy and the actors are few enough to count (150 parties, 5,000 people at scale
	// 1).
	private static final String COUNTS = """
			select max(row_count) filter (where table_name = 'negotiation') as negotiations,
			       max(row_count) filter (where table_name = 'round') as rounds,
			       max(row_count) filter (where table_name = 'proposal') as proposals,
			       max(row_count) filter (where table_name = 'position') as positions,
			       max(row_count) filter (where table_name = 'source') as sources,
			       max(row_count) filter (where table_name = 'citation') as citations,
			       (select count(*) from party) as parties, (select count(*) from person) as people,
			       (select count(*) from topic) as topics, (select count(*) from region) as regions
			from record_count
			""";

	// Named by hand, as StanceReader's: DataClassRowMapper's lookup of camel-case names
	// costs the driver an exception per miss.
	private static final RowMapper<StanceChange> STANCE_CHANGE = (rs, row) -> new StanceChange(
			rs.getLong("position_id"), rs.getLong("proposal_id"), rs.getString("proposal_title"),
			rs.getLong("party_id"), rs.getString("party_name"), Stance.valueOf(rs.getString("stance")),
			rs.getObject("stated_on", LocalDate.class), DatePrecision.valueOf(rs.getString("stated_on_precision")));

	private static final RowMapper<RecordCounts> RECORD_COUNTS = new DataClassRowMapper<>(RecordCounts.class);

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
		return this.jdbc.query(LATEST_STANCES, new MapSqlParameterSource("limit", limit), STANCE_CHANGE);
	}

	/**
	 * How many negotiations, rounds, proposals, positions, sources and citations there
	 * are, in one statement.
	 */
	RecordCounts counts() {
		return this.jdbc.queryForObject(COUNTS, new MapSqlParameterSource(), RECORD_COUNTS);
	}

}
