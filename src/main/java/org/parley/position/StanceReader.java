package org.parley.position;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads where parties stand: for each (proposal, party) the latest position stated on or
 * before a date, the later id winning a tie. One query for any number of proposals,
 * served by the index on (proposal_id, party_id, stated_on).
 */
@Component
public class StanceReader {

	private static final String AS_OF = """
			select distinct on (po.proposal_id, po.party_id)
			       po.id, po.proposal_id, po.party_id, pa.name as party_name, po.stance, po.condition,
			       po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name,
			       sp.title as speaker_title, po.quote
			from position po
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where po.proposal_id = any(:proposals) and po.stated_on <= :asOf
			order by po.proposal_id, po.party_id, po.stated_on desc, po.id desc
			""";

	private final NamedParameterJdbcTemplate jdbc;

	StanceReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The current stances, as of today, ordered by proposal then party id. */
	public List<StanceView> current(Collection<Long> proposalIds) {
		return asOf(proposalIds, LocalDate.now());
	}

	/** The stances as they stood on {@code asOf}; positions stated later are ignored. */
	public List<StanceView> asOf(Collection<Long> proposalIds, LocalDate asOf) {
		if (proposalIds.isEmpty()) {
			return List.of();
		}
		MapSqlParameterSource parameters = new MapSqlParameterSource()
			.addValue("proposals", proposalIds.stream().distinct().toArray(Long[]::new))
			.addValue("asOf", asOf);
		return this.jdbc.query(AS_OF, parameters, (rs, row) -> view(rs));
	}

	private static StanceView view(ResultSet rs) throws SQLException {
		long speaker = rs.getLong("speaker_id");
		Long speakerId = rs.wasNull() ? null : speaker;
		return new StanceView(rs.getLong("id"), rs.getLong("proposal_id"), rs.getLong("party_id"),
				rs.getString("party_name"), Stance.valueOf(rs.getString("stance")), rs.getString("condition"),
				rs.getDate("stated_on").toLocalDate(), DatePrecision.valueOf(rs.getString("stated_on_precision")),
				speakerId, rs.getString("speaker_name"), rs.getString("speaker_title"), rs.getString("quote"));
	}

}
