package org.parley.read.matrix;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.parley.source.Reliability;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The best grade of the reports supporting each of some positions, in one statement: the
 * Admiralty code (e.g. "B2") of the supporting citation with the most reliable source,
 * then the most credible report. Disputing reports do not lend a grade.
 */
@Component
class BestGrades {

	// Reliability A–F and credibility 1–6 sort as the scale ranks them.
	private static final String BEST = """
			select distinct on (pc.position_id) pc.position_id, s.reliability, c.credibility
			from position_citation pc
			join citation c on c.id = pc.citation_id
			join source s on s.id = c.source_id
			where pc.position_id = any(:ids) and pc.bearing = 'SUPPORTS'
			order by pc.position_id, s.reliability, c.credibility, c.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	BestGrades(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The best grade by position id; positions without a supporting report are absent.
	 */
	Map<Long, Matrix.Grade> of(Collection<Long> positionIds) {
		Map<Long, Matrix.Grade> grades = new HashMap<>();
		if (positionIds.isEmpty()) {
			return grades;
		}
		this.jdbc.query(BEST, new MapSqlParameterSource("ids", positionIds.stream().distinct().toArray(Long[]::new)),
				(rs) -> {
					grades.put(rs.getLong("position_id"), new Matrix.Grade(
							Reliability.valueOf(rs.getString("reliability")), rs.getInt("credibility")));
				});
		return grades;
	}

}
