package org.parley.read.sources;

import java.util.List;

import org.parley.source.Reliability;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of {@code /sources} by name ({@code source_name_ix}), each with its grade:
 * two statements, the page and the total. Sources still pending an admin's acceptance are
 * left out: nobody has graded them yet. How many reports each has is left to its own
 * page: counted here, 50 sources of a million citations cost 50 ms a page at scale 1.
 */
@Component
class SourceListReader {

	private static final String LISTED = "from source s where s.status <> 'PENDING'";

	private static final String SOURCES = """
			select s.id, s.name, s.kind, s.country_code, s.reliability, s.status
			""" + LISTED + """

			order by lower(s.name), s.id
			limit :limit offset :offset
			""";

	private final NamedParameterJdbcTemplate jdbc;

	SourceListReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<SourceListEntry> sources(Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<SourceListEntry> entries = this.jdbc.query(SOURCES, parameters,
				(rs, row) -> new SourceListEntry(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
						rs.getString("country_code"), Reliability.valueOf(rs.getString("reliability")),
						rs.getString("status")));
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.queryForObject("select count(*) " + LISTED, parameters, Long.class));
	}

}
