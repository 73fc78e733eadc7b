package org.parley.read.people;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.person.Person;
import org.parley.source.Bearing;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The titles one person held, by date, with the reports behind each: two statements (the
 * titles with their links, then the cited reports with their chains), bounded by the caps
 * on titles and on reports per title.
 */
@Component
class PersonTitleReader {

	private static final String TITLES = """
			select t.id, t.title, t.held_on, l.citation_id, l.bearing
			from (select * from person_title where person_id = :id order by held_on, id limit :limit) t
			left join person_title_citation l on l.title_id = t.id
			order by t.held_on, t.id, l.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	PersonTitleReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	List<PersonTitleView> titles(long personId) {
		record Row(long id, String title, LocalDate heldOn, Long citationId, Bearing bearing) {
		}
		List<Row> rows = this.jdbc.query(TITLES,
				new MapSqlParameterSource("id", personId).addValue("limit", Person.MAX_TITLES),
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
						rs.getObject("citation_id", Long.class),
						(rs.getString("bearing") != null) ? Bearing.valueOf(rs.getString("bearing")) : null));
		Map<Long, Evidence> evidence = this.evidence.evidenceByClaim(rows.stream()
			.filter((row) -> row.citationId() != null)
			.map((row) -> new CitedClaim(row.id(), row.citationId(), row.bearing()))
			.toList());
		Map<Long, Row> distinct = new LinkedHashMap<>();
		rows.forEach((row) -> distinct.putIfAbsent(row.id(), row));
		return distinct.values()
			.stream()
			.map((row) -> new PersonTitleView(row.id(), row.title(), row.heldOn(),
					evidence.getOrDefault(row.id(), Evidence.NONE)))
			.toList();
	}

}
