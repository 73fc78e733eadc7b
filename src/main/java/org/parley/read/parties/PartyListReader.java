package org.parley.read.parties;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of {@code /parties} by name, each with how many positions it took: two
 * statements, the page and the total. The count reads {@code position_party_ix} alone, so
 * a page costs at most one pass over that index however the positions lie among parties
 * (parties are few: 150 at scale 1, beside 500,000 positions).
 */
@Component
class PartyListReader {

	private static final String PARTIES = """
			select p.id, p.name, p.short_name, p.kind, p.country_code,
			       (select count(*) from position po where po.party_id = p.id) as positions
			from party p
			order by lower(p.name), p.id
			limit :limit offset :offset
			""";

	private final NamedParameterJdbcTemplate jdbc;

	PartyListReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<PartyListEntry> parties(Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<PartyListEntry> entries = this.jdbc.query(PARTIES, parameters,
				(rs, row) -> new PartyListEntry(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
						rs.getString("kind"), rs.getString("country_code"), rs.getLong("positions")));
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.queryForObject("select count(*) from party", parameters, Long.class));
	}

}
