package org.parley.alias;

import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The alias groups a page at a time, by their first term: one statement for the page
 * (terms aggregated in the database) and one for the count.
 */
@Component
public class AliasList {

	private static final String PAGE = """
			select g.id, g.version, g.note, string_agg(t.term, chr(10) order by lower(t.term)) as terms
			from alias_group g join alias_term t on t.alias_group_id = g.id
			group by g.id
			order by min(lower(t.term)), g.id
			limit :limit offset :offset
			""";

	private final NamedParameterJdbcTemplate jdbc;

	AliasList(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page<Entry> page(Pageable pageable) {
		List<Entry> entries = this.jdbc.query(PAGE,
				new MapSqlParameterSource("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset()),
				(rs, n) -> new Entry(rs.getLong("id"), rs.getLong("version"), rs.getString("note"),
						Arrays.asList(rs.getString("terms").split("\n"))));
		Long total = this.jdbc.getJdbcTemplate().queryForObject("select count(*) from alias_group", Long.class);
		return new PageImpl<>(entries, pageable, (total != null) ? total : 0);
	}

	/**
	 * One group as listed.
	 *
	 * @param id its id
	 * @param version its version, for removing it as shown
	 * @param note why its terms are one, or {@code null}
	 * @param terms its terms, alphabetically
	 */
	public record Entry(long id, long version, String note, List<String> terms) {

		public String describe() {
			return String.join(" ↔ ", this.terms);
		}

	}

}
