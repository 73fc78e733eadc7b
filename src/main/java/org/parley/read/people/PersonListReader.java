package org.parley.read.people;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of {@code /people} by full name (from {@code person_name_ix}), each with
 * the party they speak for: two statements, the page and the total.
 */
@Component
class PersonListReader {

	private static final String PEOPLE = """
			select pe.id, pe.full_name, pe.title, pa.id as party_id, pa.name as party_name
			from person pe
			left join party pa on pa.id = pe.party_id
			order by pe.full_name, pe.id
			limit :limit offset :offset
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PersonListReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<PersonListEntry> people(Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<PersonListEntry> entries = this.jdbc.query(PEOPLE, parameters,
				(rs, row) -> new PersonListEntry(rs.getLong("id"), rs.getString("full_name"), rs.getString("title"),
						rs.getObject("party_id", Long.class), rs.getString("party_name")));
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.queryForObject("select count(*) from person", parameters, Long.class));
	}

}
