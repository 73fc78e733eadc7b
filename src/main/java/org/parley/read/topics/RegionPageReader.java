package org.parley.read.topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what a region's page shows beside its proposals and positions (read as a topic's
 * are, {@link TopicPageReader}): the region with its counts, then in one statement the
 * regions it lies within and the first of those lying within it.
 */
@Component
class RegionPageReader {

	/** Regions lying within one that its page names; the list of regions has them all. */
	static final int WITHIN_SHOWN = 100;

	private static final String REGION = """
			select r.id, r.slug, r.name, r.country_code,
			       (select count(*) from proposal_region pr where pr.region_id = r.id) as proposal_count,
			       (select count(*) from region c where c.parent_id = r.id) as within_count
			from region r
			where r.id = :id
			""";

	// Outermost first; a loop the schema cannot rule out ends after 50 steps.
	private static final String NEIGHBOURS = """
			with recursive up (id, name, parent_id, depth) as (
			    select p.id, p.name, p.parent_id, 1 from region r join region p on p.id = r.parent_id where r.id = :id
			    union all
			    select p.id, p.name, p.parent_id, up.depth + 1 from up join region p on p.id = up.parent_id
			    where up.depth < 50)
			select 'up' as side, id, name, -depth as ord from up
			union all
			select 'down', id, name, row_number() over (order by lower(name), id)
			from (select id, name from region where parent_id = :id order by lower(name), id limit :limit) within_it
			order by side desc, ord
			""";

	/** The regions a region lies within (outermost first) and those within it. */
	record Neighbours(List<RegionRef> within, List<RegionRef> inside) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	RegionPageReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<RegionView> region(long id) {
		return this.jdbc
			.query(REGION, new MapSqlParameterSource("id", id),
					(rs, row) -> new RegionView(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
							rs.getString("country_code"), rs.getLong("proposal_count"), rs.getLong("within_count")))
			.stream()
			.findFirst();
	}

	Neighbours neighbours(long id) {
		List<RegionRef> within = new ArrayList<>();
		List<RegionRef> inside = new ArrayList<>();
		this.jdbc.query(NEIGHBOURS, new MapSqlParameterSource().addValue("id", id).addValue("limit", WITHIN_SHOWN),
				(rs) -> {
					RegionRef region = new RegionRef(rs.getLong("id"), rs.getString("name"));
					("up".equals(rs.getString("side")) ? within : inside).add(region);
				});
		return new Neighbours(List.copyOf(within), List.copyOf(inside));
	}

}
