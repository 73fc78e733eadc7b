package org.parley.read.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Reliability;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the record in ONE statement: each group's best hits, ranked by
 * {@code ts_rank_cd} over the generated {@code search_vector} columns (GIN-indexed),
 * limited and counted per group in the database, then highlighted by {@code ts_headline}
 * for the hits shown only. A common word matches a large part of a large record, so each
 * group ranks at most its first {@value #CANDIDATES} matches (a proposal's points count
 * apart from the proposals): the cost of a search is bounded however large the record,
 * and a group that reaches the bound says so.
 */
@Component
class SearchReader {

	/** How many matches each group ranks at most. */
	static final int CANDIDATES = 200;

	// English stemming, plus the exact words (the 'simple' configuration keeps Cyrillic).
	private static final String QUERY = """
			with q as (
			    select websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q) as query
			),
			round_hits as (
			    select r.id, ts_rank_cd(r.search_vector, q.query) as rank, count(*) over () as total
			    from (select r.id, r.search_vector from round r
			          where :rounds and r.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			          order by r.starts_on desc, r.id desc limit :candidates) r cross join q
			    order by rank desc, r.id
			    limit :limit offset :offset
			),
			proposal_hits as (
			    select h.kind, h.id, h.rank, count(*) over () as total
			    from (select 'PROPOSAL' as kind, p.id, ts_rank_cd(p.search_vector, q.query) as rank
			          from (select p.id, p.search_vector from proposal p
			                where :proposals and p.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			                order by p.id desc limit :candidates) p cross join q
			          union all
			          select 'POINT', pp.id, ts_rank_cd(pp.search_vector, q.query)
			          from (select pp.id, pp.search_vector from proposal_point pp
			                where :proposals and pp.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			                order by pp.id desc limit :candidates) pp cross join q) h
			    order by h.rank desc, h.kind desc, h.id
			    limit :limit offset :offset
			),
			position_hits as (
			    select po.id, ts_rank_cd(po.search_vector, q.query) as rank, count(*) over () as total
			    from (select po.id, po.stated_on, po.search_vector from position po
			          where :positions and po.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			          order by po.stated_on desc, po.id desc limit :candidates) po cross join q
			    order by rank desc, po.stated_on desc, po.id desc
			    limit :limit offset :offset
			),
			person_hits as (
			    select pe.id, ts_rank_cd(pe.search_vector, q.query) as rank, count(*) over () as total
			    from (select pe.id, pe.full_name, pe.search_vector from person pe
			          where :people and pe.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			          order by pe.id desc limit :candidates) pe cross join q
			    order by rank desc, pe.full_name, pe.id
			    limit :limit offset :offset
			),
			citation_hits as (
			    select c.id, ts_rank_cd(c.search_vector, q.query) as rank, count(*) over () as total
			    from (select c.id, c.published_on, c.search_vector from citation c
			          where :reports and c.search_vector @@ (websearch_to_tsquery('english', :q) || websearch_to_tsquery('simple', :q))
			          order by c.published_on desc nulls last, c.id desc limit :candidates) c cross join q
			    order by rank desc, c.published_on desc nulls last, c.id desc
			    limit :limit offset :offset
			)
			select 1 as group_order, 'ROUND' as kind, r.id, r.id as link_id, h.rank, h.total,
			       ts_headline('english', translate(r.title, :from, :to), q.query, :whole) as title,
			       ts_headline('english', translate(concat_ws(' · ', r.place, r.summary), :from, :to), q.query,
			                   :passages) as snippet,
			       cast(null as text) as context, cast(null as text) as stance, r.starts_on as date,
			       cast(null as text) as date_precision, cast(null as text) as speaker, cast(null as text) as reliability,
			       cast(null as integer) as credibility
			from round_hits h join round r on r.id = h.id cross join q
			union all
			select 2, 'PROPOSAL', p.id, p.id, h.rank, h.total,
			       ts_headline('english', translate(p.title, :from, :to), q.query, :whole),
			       ts_headline('english', translate(p.summary, :from, :to), q.query, :passages),
			       p.status, null, null, null, null, null, null
			from proposal_hits h join proposal p on h.kind = 'PROPOSAL' and p.id = h.id cross join q
			union all
			select 2, 'POINT', pp.id, p.id, h.rank, h.total,
			       translate(p.title, :from, :to),
			       ts_headline('english', translate(pp.text, :from, :to), q.query, :passages),
			       coalesce(pp.label, cast(pp.ordinal + 1 as text)), null, null, null, null, null, null
			from proposal_hits h join proposal_point pp on h.kind = 'POINT' and pp.id = h.id
			join proposal p on p.id = pp.proposal_id cross join q
			union all
			select 3, 'POSITION', po.id, p.id, h.rank, h.total,
			       translate(p.title, :from, :to),
			       ts_headline('english', translate(concat_ws(' · ', po.condition, '“' || po.quote || '”', po.note),
			                   :from, :to), q.query, :passages),
			       pa.name, po.stance, po.stated_on, po.stated_on_precision, sp.full_name, null, null
			from position_hits h join position po on po.id = h.id join proposal p on p.id = po.proposal_id
			join party pa on pa.id = po.party_id left join person sp on sp.id = po.speaker_id cross join q
			union all
			select 4, 'PERSON', pe.id, pe.id, h.rank, h.total,
			       ts_headline('english', translate(pe.full_name, :from, :to), q.query, :whole),
			       ts_headline('english', translate(concat_ws(' · ', pe.native_name, pe.title), :from, :to), q.query,
			                   :whole),
			       pa.name, null, null, null, null, null, null
			from person_hits h join person pe on pe.id = h.id left join party pa on pa.id = pe.party_id cross join q
			union all
			select 5, 'CITATION', c.id, s.id, h.rank, h.total,
			       ts_headline('english', translate(c.headline, :from, :to), q.query, :whole),
			       ts_headline('english', translate(c.excerpt, :from, :to), q.query, :passages),
			       s.name, null, c.published_on, null, null, s.reliability, c.credibility
			from citation_hits h join citation c on c.id = h.id join source s on s.id = c.source_id cross join q
			order by group_order, rank desc, id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	SearchReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Searches the given groups.
	 * @param text what the user typed (web search syntax: words, "phrases", or, -not)
	 * @param groups the groups to search
	 * @param limit hits per group
	 * @param offset hits to skip per group
	 * @return each searched group's hits, best first, and its total number of matches
	 */
	@Transactional(readOnly = true)
	public Map<SearchGroup, GroupHits> search(String text, Set<SearchGroup> groups, int limit, long offset) {
		this.jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("q", text)
			.addValue("rounds", groups.contains(SearchGroup.ROUNDS))
			.addValue("proposals", groups.contains(SearchGroup.PROPOSALS))
			.addValue("positions", groups.contains(SearchGroup.POSITIONS))
			.addValue("people", groups.contains(SearchGroup.PEOPLE))
			.addValue("reports", groups.contains(SearchGroup.REPORTS))
			.addValue("candidates", CANDIDATES)
			.addValue("limit", limit)
			.addValue("offset", offset)
			.addValue("from", Highlight.TRANSLATE_FROM)
			.addValue("to", Highlight.TRANSLATE_TO)
			.addValue("whole", Highlight.WHOLE)
			.addValue("passages", Highlight.PASSAGES);
		Map<SearchGroup, List<SearchHit>> hits = new EnumMap<>(SearchGroup.class);
		Map<SearchGroup, Long> totals = new EnumMap<>(SearchGroup.class);
		this.jdbc.query(QUERY, parameters, (rs) -> {
			SearchHit hit = hit(rs);
			SearchGroup group = hit.kind().group();
			hits.computeIfAbsent(group, (g) -> new ArrayList<>()).add(hit);
			totals.put(group, rs.getLong("total"));
		});
		Map<SearchGroup, GroupHits> result = new EnumMap<>(SearchGroup.class);
		for (SearchGroup group : groups) {
			long total = totals.getOrDefault(group, 0L);
			result.put(group,
					new GroupHits(List.copyOf(hits.getOrDefault(group, List.of())), total, total >= CANDIDATES));
		}
		return result;
	}

	private static SearchHit hit(ResultSet rs) throws SQLException {
		String stance = rs.getString("stance");
		String precision = rs.getString("date_precision");
		Date date = rs.getDate("date");
		String reliability = rs.getString("reliability");
		int credibility = rs.getInt("credibility");
		Integer credibilityOrNull = rs.wasNull() ? null : credibility;
		return new SearchHit(SearchHit.Kind.valueOf(rs.getString("kind")), rs.getLong("id"), rs.getLong("link_id"),
				Highlight.toHtml(rs.getString("title")), Highlight.toHtml(rs.getString("snippet")),
				rs.getString("context"), (stance != null) ? Stance.valueOf(stance) : null,
				(date != null) ? date.toLocalDate() : null,
				(precision != null) ? DatePrecision.valueOf(precision) : null, rs.getString("speaker"),
				(reliability != null) ? Reliability.valueOf(reliability) : null, credibilityOrNull);
	}

}
