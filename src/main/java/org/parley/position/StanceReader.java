package org.parley.position;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.parley.source.EvidenceFilter;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where parties stand, defined once. The current stance of a party on a proposal is its
 * latest position (the latest date, the later id winning a tie), kept in
 * {@code current_position} by the database as positions are written. The stance as of a
 * date is the latest position stated on or before it: one index probe per party and
 * proposal ({@code position_stance_order_ix}), for the pairs {@code current_position}
 * knows. Either way one query for any number of proposals, ordered by proposal then
 * party.
 */
@Component
public class StanceReader {

	// Named by hand: Spring's DataClassRowMapper looks each camel-case name up as written
	// first, and the driver builds an exception (with its stack) for every miss, nine a
	// row: 30 % of the matrix page's time.
	private static final RowMapper<StanceView> VIEW = (rs, row) -> new StanceView(rs.getLong("position_id"),
			rs.getLong("proposal_id"), rs.getLong("party_id"), rs.getString("party_name"),
			Stance.valueOf(rs.getString("stance")), rs.getString("condition"),
			rs.getObject("stated_on", LocalDate.class), DatePrecision.valueOf(rs.getString("stated_on_precision")),
			rs.getObject("speaker_id", Long.class), rs.getString("speaker_name"), rs.getString("speaker_title"),
			rs.getString("quote"));

	private static final String COLUMNS = """
			select po.id as position_id, po.proposal_id, po.party_id, pa.name as party_name, po.stance, po.condition,
			       po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name,
			       sp.title as speaker_title, po.quote
			""";

	private static final String CURRENT = COLUMNS + """
			from current_position cur
			join position po on po.id = cur.position_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where cur.proposal_id = any(:proposals) and %s
			order by cur.proposal_id, cur.party_id
			""";

	// The positions are found first, then named: joined per pair, the party's table was
	// hashed again for every pair.
	private static final String AS_OF = """
			with as_of as materialized (
			    select cur.proposal_id, cur.party_id, stated.id
			    from current_position cur
			    cross join lateral stance_as_of(cur.proposal_id, cur.party_id, :asOf) stated
			    where cur.proposal_id = any(:proposals)
			)
			""" + COLUMNS + """
			from as_of
			join position po on po.id = as_of.id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			left join position_evidence ev on ev.position_id = po.id
			where %s
			order by as_of.proposal_id, as_of.party_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	StanceReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The current stances of every party on the given proposals. */
	public List<StanceView> current(Collection<Long> proposalIds) {
		return current(proposalIds, EvidenceFilter.NONE);
	}

	/**
	 * The current stances of every party on the given proposals that pass the evidence
	 * filter; a stance left out is not replaced by an earlier one.
	 */
	public List<StanceView> current(Collection<Long> proposalIds, EvidenceFilter evidence) {
		if (proposalIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource parameters = proposals(proposalIds);
		return this.jdbc.query(CURRENT.formatted(evidence.condition("cur", parameters)), parameters, VIEW);
	}

	/** The stances as they stood on {@code asOf}; positions stated later are ignored. */
	public List<StanceView> asOf(Collection<Long> proposalIds, LocalDate asOf) {
		return asOf(proposalIds, asOf, EvidenceFilter.NONE);
	}

	/**
	 * The stances as they stood on {@code asOf} that pass the evidence filter; a stance
	 * left out is not replaced by an earlier one.
	 */
	public List<StanceView> asOf(Collection<Long> proposalIds, LocalDate asOf, EvidenceFilter evidence) {
		if (proposalIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource parameters = proposals(proposalIds).addValue("asOf", asOf);
		return this.jdbc.query(AS_OF.formatted(evidence.condition("ev", parameters)), parameters, VIEW);
	}

	private static MapSqlParameterSource proposals(Collection<Long> proposalIds) {
		return new MapSqlParameterSource("proposals", proposalIds.stream().distinct().toArray(Long[]::new));
	}

}
