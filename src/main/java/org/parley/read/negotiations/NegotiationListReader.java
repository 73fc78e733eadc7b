package org.parley.read.negotiations;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of {@code /negotiations} by title: two statements, the page and the total.
 * The counts are taken for the page's negotiations only (its rounds read once for their
 * count and latest day), through the rounds' and proposals' negotiation indexes, so a
 * page costs the same however long the list.
 */
@Component
class NegotiationListReader {

	private static final String NEGOTIATIONS = """
			select n.slug, n.title, r.rounds, r.last_met,
			       (select count(*) from proposal p where p.negotiation_id = n.id) as proposals
			from (select id, slug, title from negotiation order by lower(title), id
			      limit :limit offset :offset) n
			cross join lateral (select count(*) as rounds, max(starts_on) as last_met
			                    from round where negotiation_id = n.id) r
			order by lower(n.title), n.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	NegotiationListReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<NegotiationListEntry> negotiations(Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<NegotiationListEntry> entries = this.jdbc.query(NEGOTIATIONS, parameters,
				(rs, row) -> new NegotiationListEntry(rs.getString("slug"), rs.getString("title"), rs.getLong("rounds"),
						rs.getLong("proposals"), rs.getObject("last_met", LocalDate.class)));
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.queryForObject("select count(*) from negotiation", parameters, Long.class));
	}

}
