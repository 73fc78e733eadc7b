package org.parley.read.topics;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a page of {@code /topics} or {@code /regions} by name (from
 * {@code topic_name_ix}, {@code region_name_ix}), each with how many proposals are on it:
 * two statements, the page and the total.
 */
@Component
class ListReader {

	/** How much of a topic's description its line in the list shows. */
	static final int NOTE_LENGTH = 160;

	private static final String TOPICS = """
			select t.id, t.name,
			       case when length(t.description) > %1$d then left(t.description, %1$d) || '…' else t.description end
			           as note,
			       null::bigint as parent_id, null as parent_name,
			       (select count(*) from proposal_topic pt where pt.topic_id = t.id) as proposals
			from topic t
			order by lower(t.name), t.id
			limit :limit offset :offset
			""".formatted(NOTE_LENGTH);

	private static final String REGIONS = """
			select r.id, r.name, r.country_code as note, pa.id as parent_id, pa.name as parent_name,
			       (select count(*) from proposal_region pr where pr.region_id = r.id) as proposals
			from region r
			left join region pa on pa.id = r.parent_id
			order by lower(r.name), r.id
			limit :limit offset :offset
			""";

	private final NamedParameterJdbcTemplate jdbc;

	ListReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Page<ListEntry> topics(Pageable pageable) {
		return page(TOPICS, "topic", pageable);
	}

	Page<ListEntry> regions(Pageable pageable) {
		return page(REGIONS, "region", pageable);
	}

	private Page<ListEntry> page(String sql, String table, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<ListEntry> entries = this.jdbc.query(sql, parameters,
				(rs, row) -> new ListEntry(rs.getLong("id"), rs.getString("name"), rs.getString("note"),
						rs.getObject("parent_id", Long.class), rs.getString("parent_name"), rs.getLong("proposals")));
		return PageableExecutionUtils.getPage(entries, pageable,
				() -> this.jdbc.queryForObject("select count(*) from " + table, parameters, Long.class));
	}

}
