package org.parley.read.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.read.Paging;
import org.parley.source.Reliability;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over the record: each group's best hits, ranked by {@code ts_rank_cd}
 * over the generated {@code search_vector} columns (GIN-indexed; English and Russian
 * stems and the words as written), limited and counted per group in the database, then
 * highlighted by {@code ts_headline} for the hits shown only. A common word matches a
 * large part of a large record, so each group ranks at most its first
 * {@value #CANDIDATES} matches (a proposal's points count apart from the proposals): the
 * cost of a search is bounded however large the record, and a group that reaches the
 * bound says so.
 * <p>
 * Forgiving: each term typed that is an editor's alias term is searched as any term of
 * its group ({@code alias_term}, looked up first), and names and titles (rounds,
 * proposals, people) also match by trigram similarity, ranked below the word matches.
 * When nothing matches, one more statement finds the nearest name, title or alias term to
 * suggest.
 */
@Component
class SearchReader {

	/** How many matches each group ranks at most. */
	static final int CANDIDATES = 200;

	/**
	 * The query in every language the vectors hold: English stems, the words as written
	 * ('ukrainian', a copy of 'simple') and Russian stems. A constant under the custom
	 * plan, so the planner sees it when it weighs the GIN index.
	 */
	private static final String MATCH = "(to_tsquery('english', :tsq) || to_tsquery('ukrainian', :tsq)"
			+ " || to_tsquery('russian', :tsq))";

	/** A report's place among its source's, as the source page orders them. */
	private static final String REPORT_PAGE = """
			(select count(*) from citation c2 where c2.source_id = c.source_id
			   and ((c2.published_on is not null and (c.published_on is null or c2.published_on > c.published_on))
			        or (c2.published_on is not distinct from c.published_on and c2.id > c.id))) / :sourcePageSize""";

	// {…} are filled by sql(…): the match, each group's trigram condition and filters.
	// Highlighted through 'russian': English stems for Latin words (as 'english' gives)
	// and Russian stems for Cyrillic ones, so "Росгвардии" is marked for "Росгвардия".
	private static final String QUERY = """
			with q as (
			    select {match} as query
			),
			round_hits as (
			    select r.id, ts_rank_cd(r.search_vector, q.query) + {roundSimilarity} as rank, count(*) over () as total
			    from (select r.id, r.title, r.search_vector from round r
			          where :rounds and (r.search_vector @@ {match}{roundFuzzy}){roundFilter}
			          order by r.starts_on desc, r.id desc limit :candidates) r cross join q
			    order by rank desc, r.id
			    limit :limit offset :offset
			),
			proposal_hits as (
			    select h.kind, h.id, h.rank, count(*) over () as total
			    from (select 'PROPOSAL' as kind, p.id, ts_rank_cd(p.search_vector, q.query) + {proposalSimilarity} as rank
			          from (select p.id, p.title, p.search_vector from proposal p
			                where :proposals and (p.search_vector @@ {match}{proposalFuzzy}){proposalFilter}
			                order by p.id desc limit :candidates) p cross join q
			          union all
			          select 'POINT', pp.id, ts_rank_cd(pp.search_vector, q.query)
			          from (select pp.id, pp.search_vector from proposal_point pp{pointJoin}
			                where :proposals and pp.search_vector @@ {match}{proposalFilter}
			                order by pp.id desc limit :candidates) pp cross join q) h
			    order by h.rank desc, h.kind desc, h.id
			    limit :limit offset :offset
			),
			position_hits as (
			    select po.id, ts_rank_cd(po.search_vector, q.query) as rank, count(*) over () as total
			    from (select po.id, po.stated_on, po.search_vector from position po
			          where :positions and po.search_vector @@ {match}{positionFilter}
			          order by po.stated_on desc, po.id desc limit :candidates) po cross join q
			    order by rank desc, po.stated_on desc, po.id desc
			    limit :limit offset :offset
			),
			person_hits as (
			    select pe.id, ts_rank_cd(pe.search_vector, q.query) + {personSimilarity} as rank, count(*) over () as total
			    from (select pe.id, pe.full_name, pe.native_name, pe.search_vector from person pe
			          where :people and (pe.search_vector @@ {match}{personFuzzy}){personFilter}
			          order by pe.id desc limit :candidates) pe cross join q
			    order by rank desc, pe.full_name, pe.id
			    limit :limit offset :offset
			),
			citation_hits as (
			    select c.id, ts_rank_cd(c.search_vector, q.query) as rank, count(*) over () as total
			    from (select c.id, c.published_on, c.search_vector from citation c
			          where :reports and c.search_vector @@ {match}{citationFilter}
			          order by c.published_on desc nulls last, c.id desc limit :candidates) c cross join q
			    order by rank desc, c.published_on desc nulls last, c.id desc
			    limit :limit offset :offset
			)
			select 1 as group_order, 'ROUND' as kind, r.id, r.id as link_id, h.rank, h.total,
			       ts_headline('russian', translate(r.title, :from, :to), q.query, :whole) as title,
			       ts_headline('russian', translate(concat_ws(' · ', r.place, r.summary), :from, :to), q.query,
			                   :passages) as snippet,
			       cast(null as text) as context, cast(null as text) as stance, r.starts_on as date,
			       cast(null as text) as date_precision, cast(null as text) as speaker, cast(null as text) as reliability,
			       cast(null as integer) as credibility, cast(null as bigint) as link_page
			from round_hits h join round r on r.id = h.id cross join q
			union all
			select 2, 'PROPOSAL', p.id, p.id, h.rank, h.total,
			       ts_headline('russian', translate(p.title, :from, :to), q.query, :whole),
			       ts_headline('russian', translate(p.summary, :from, :to), q.query, :passages),
			       p.status, null, null, null, null, null, null, null
			from proposal_hits h join proposal p on h.kind = 'PROPOSAL' and p.id = h.id cross join q
			union all
			select 2, 'POINT', pp.id, p.id, h.rank, h.total,
			       translate(p.title, :from, :to),
			       ts_headline('russian', translate(pp.text, :from, :to), q.query, :passages),
			       coalesce(pp.label, cast(pp.ordinal + 1 as text)), null, null, null, null, null, null, null
			from proposal_hits h join proposal_point pp on h.kind = 'POINT' and pp.id = h.id
			join proposal p on p.id = pp.proposal_id cross join q
			union all
			select 3, 'POSITION', po.id, p.id, h.rank, h.total,
			       translate(p.title, :from, :to),
			       ts_headline('russian', translate(concat_ws(' · ', po.condition, '“' || po.quote || '”', po.note),
			                   :from, :to), q.query, :passages),
			       pa.name, po.stance, po.stated_on, po.stated_on_precision, sp.full_name, null, null, null
			from position_hits h join position po on po.id = h.id join proposal p on p.id = po.proposal_id
			join party pa on pa.id = po.party_id left join person sp on sp.id = po.speaker_id cross join q
			union all
			select 4, 'PERSON', pe.id, pe.id, h.rank, h.total,
			       ts_headline('russian', translate(pe.full_name, :from, :to), q.query, :whole),
			       ts_headline('russian', translate(concat_ws(' · ', pe.native_name, pe.title), :from, :to), q.query,
			                   :whole),
			       pa.name, null, null, null, null, null, null, null
			from person_hits h join person pe on pe.id = h.id left join party pa on pa.id = pe.party_id cross join q
			union all
			select 5, 'CITATION', c.id, s.id, h.rank, h.total,
			       ts_headline('russian', translate(c.headline, :from, :to), q.query, :whole),
			       ts_headline('russian', translate(c.excerpt, :from, :to), q.query, :passages),
			       s.name, null, c.published_on, null, null, s.reliability, c.credibility, {reportPage}
			from citation_hits h join citation c on c.id = h.id join source s on s.id = c.source_id cross join q
			order by group_order, rank desc, id
			""";

	/** Each alias term typed (lower-cased) with every term of its group. */
	private static final String ALIASES = """
			select lower(t.term) as typed, m.term
			from alias_term t join alias_term m on m.alias_group_id = t.alias_group_id
			where lower(t.term) in (:candidates)
			order by lower(t.term), lower(m.term)
			""";

	/**
	 * The name, title or alias term nearest to what was typed, when nothing matched: each
	 * kind's nearest by word similarity (served by its trigram index), then the nearest
	 * of those.
	 */
	private static final String SUGGESTION = """
			select text from (
			    (select full_name as text, word_similarity(:fuzzy, full_name) as similarity from person
			     where :fuzzy <% full_name order by similarity desc limit 1)
			    union all
			    (select native_name, word_similarity(:fuzzy, native_name) from person
			     where :fuzzy <% native_name order by 2 desc limit 1)
			    union all
			    (select name, word_similarity(:fuzzy, name) from party where :fuzzy <% name order by 2 desc limit 1)
			    union all
			    (select title, word_similarity(:fuzzy, title) from proposal where :fuzzy <% title order by 2 desc limit 1)
			    union all
			    (select title, word_similarity(:fuzzy, title) from round where :fuzzy <% title order by 2 desc limit 1)
			    union all
			    (select name, word_similarity(:fuzzy, name) from topic where :fuzzy <% name order by 2 desc limit 1)
			    union all
			    (select name, word_similarity(:fuzzy, name) from region where :fuzzy <% name order by 2 desc limit 1)
			    union all
			    (select name, word_similarity(:fuzzy, name) from source where :fuzzy <% name order by 2 desc limit 1)
			    union all
			    (select term, word_similarity(:fuzzy, term) from alias_term where :fuzzy <% term order by 2 desc limit 1)
			) nearest
			where lower(text) <> lower(:fuzzy)
			order by similarity desc, length(text), text
			limit 1
			""";

	private final NamedParameterJdbcTemplate jdbc;

	SearchReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Searches the given groups.
	 * @param text what the user typed (web search syntax: words, "phrases", or, -not)
	 * @param groups the groups to search
	 * @param filter what narrows the search
	 * @param limit hits per group
	 * @param offset hits to skip per group
	 * @return each searched group's hits, best first, and its total number of matches;
	 * when nothing matched, the nearest name or title
	 */
	@Transactional(readOnly = true)
	public SearchResults search(String text, Set<SearchGroup> groups, SearchFilter filter, int limit, long offset) {
		this.jdbc.getJdbcTemplate().execute("set local plan_cache_mode = force_custom_plan");
		SearchQuery typed = SearchQuery.parse(text);
		SearchQuery query = typed.expand(aliases(typed));
		String fuzzy = typed.fuzzy();
		MapSqlParameterSource parameters = new MapSqlParameterSource().addValue("tsq", query.tsquery())
			.addValue("fuzzy", fuzzy)
			.addValue("rounds", groups.contains(SearchGroup.ROUNDS))
			.addValue("proposals", groups.contains(SearchGroup.PROPOSALS))
			.addValue("positions", groups.contains(SearchGroup.POSITIONS))
			.addValue("people", groups.contains(SearchGroup.PEOPLE) && !filter.dated())
			.addValue("reports", groups.contains(SearchGroup.REPORTS))
			.addValue("negotiation", filter.negotiation())
			.addValue("fromDay", filter.from(), Types.DATE)
			.addValue("toDay", filter.to(), Types.DATE)
			.addValue("candidates", CANDIDATES)
			.addValue("limit", limit)
			.addValue("offset", offset)
			.addValue("sourcePageSize", Paging.DEFAULT_SIZE)
			.addValue("from", Highlight.TRANSLATE_FROM)
			.addValue("to", Highlight.TRANSLATE_TO)
			.addValue("whole", Highlight.WHOLE)
			.addValue("passages", Highlight.PASSAGES);
		Map<SearchGroup, List<SearchHit>> hits = new EnumMap<>(SearchGroup.class);
		Map<SearchGroup, Long> totals = new EnumMap<>(SearchGroup.class);
		if (!query.isEmpty()) {
			this.jdbc.query(sql(fuzzy != null, filter), parameters, (rs) -> {
				SearchHit hit = hit(rs);
				SearchGroup group = hit.kind().group();
				hits.computeIfAbsent(group, (g) -> new ArrayList<>()).add(hit);
				totals.put(group, rs.getLong("total"));
			});
		}
		Map<SearchGroup, GroupHits> result = new EnumMap<>(SearchGroup.class);
		for (SearchGroup group : groups) {
			long total = totals.getOrDefault(group, 0L);
			result.put(group,
					new GroupHits(List.copyOf(hits.getOrDefault(group, List.of())), total, total >= CANDIDATES));
		}
		String suggestion = (totals.isEmpty() && fuzzy != null) ? suggestion(fuzzy) : null;
		return new SearchResults(result, suggestion);
	}

	/** Whether a negotiation by that slug is on record. */
	@Transactional(readOnly = true)
	public boolean negotiationExists(String slug) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from negotiation where slug = :slug)", Map.of("slug", slug), Boolean.class));
	}

	/** The negotiations to filter by, by title: the first 100 and the chosen one. */
	@Transactional(readOnly = true)
	public List<NegotiationChoice> negotiations(String chosen) {
		return this.jdbc.query("""
				(select slug, title from negotiation order by title, id limit 100)
				union
				(select slug, title from negotiation where slug = :chosen)
				order by title, slug
				""", new MapSqlParameterSource("chosen", chosen),
				(rs, n) -> new NegotiationChoice(rs.getString("slug"), rs.getString("title")));
	}

	/** A negotiation offered by the search form's filter. */
	public record NegotiationChoice(String slug, String title) {
	}

	private Map<String, List<String>> aliases(SearchQuery query) {
		if (query.isEmpty()) {
			return Map.of();
		}
		Map<String, List<String>> aliases = new HashMap<>();
		this.jdbc.query(ALIASES, new MapSqlParameterSource("candidates", query.aliasCandidates()), (rs) -> {
			aliases.computeIfAbsent(rs.getString("typed"), (t) -> new ArrayList<>()).add(rs.getString("term"));
		});
		return aliases;
	}

	private String suggestion(String fuzzy) {
		List<String> nearest = this.jdbc.queryForList(SUGGESTION, Map.of("fuzzy", fuzzy), String.class);
		return nearest.isEmpty() ? null : nearest.get(0);
	}

	/**
	 * The query with the trigram conditions when there are words to compare, and the
	 * filters.
	 */
	private static String sql(boolean fuzzy, SearchFilter filter) {
		String negotiation = "(select n.id from negotiation n where n.slug = :negotiation)";
		boolean byNegotiation = filter.negotiation() != null;
		return QUERY.replace("{match}", MATCH)
			.replace("{roundSimilarity}", fuzzy ? SIMILAR + "(:fuzzy, r.title)" : "0")
			.replace("{roundFuzzy}", fuzzy ? " or :fuzzy <<% r.title" : "")
			.replace("{proposalSimilarity}", fuzzy ? SIMILAR + "(:fuzzy, p.title)" : "0")
			.replace("{proposalFuzzy}", fuzzy ? " or :fuzzy <<% p.title" : "")
			.replace("{personSimilarity}",
					fuzzy ? "greatest(" + SIMILAR + "(:fuzzy, pe.full_name), " + SIMILAR
							+ "(:fuzzy, coalesce(pe.native_name, '')))" : "0")
			.replace("{personFuzzy}", fuzzy ? " or :fuzzy <<% pe.full_name or :fuzzy <<% pe.native_name" : "")
			.replace("{roundFilter}",
					and(byNegotiation ? "r.negotiation_id = " + negotiation : null,
							(filter.from() != null) ? "coalesce(r.ends_on, r.starts_on) >= :fromDay" : null,
							(filter.to() != null) ? "r.starts_on <= :toDay" : null))
			.replace("{proposalFilter}",
					and(byNegotiation ? "p.negotiation_id = " + negotiation : null,
							dateBetween("p.first_reported_on", filter)))
			.replace("{positionFilter}",
					and(byNegotiation ? "exists (select 1 from proposal p where p.id = po.proposal_id"
							+ " and p.negotiation_id = " + negotiation + ")" : null,
							dateBetween("po.stated_on", filter)))
			.replace("{personFilter}", and(byNegotiation ? PERSON_IN_NEGOTIATION.replace("{n}", negotiation) : null))
			.replace("{citationFilter}",
					and(byNegotiation ? REPORT_IN_NEGOTIATION.replace("{n}", negotiation) : null,
							dateBetween("c.published_on", filter)))
			.replace("{pointJoin}", filter.isEmpty() ? "" : " join proposal p on p.id = pp.proposal_id")
			.replace("{reportPage}", REPORT_PAGE);
	}

	/** A trigram hit ranks below a word hit: its similarity counts a tenth. */
	private static final String SIMILAR = "0.1 * strict_word_similarity";

	private static final String PERSON_IN_NEGOTIATION = """
			(exists (select 1 from round_delegate d join round r on r.id = d.round_id
			         where d.person_id = pe.id and r.negotiation_id = {n})
			 or exists (select 1 from position po join proposal p on p.id = po.proposal_id
			            where po.speaker_id = pe.id and p.negotiation_id = {n}))""";

	private static final String REPORT_IN_NEGOTIATION = """
			(exists (select 1 from round_citation rc join round r on r.id = rc.round_id
			         where rc.citation_id = c.id and r.negotiation_id = {n})
			 or exists (select 1 from proposal_citation pc join proposal p on p.id = pc.proposal_id
			            where pc.citation_id = c.id and p.negotiation_id = {n})
			 or exists (select 1 from position_citation pc join position po on po.id = pc.position_id
			            join proposal p on p.id = po.proposal_id where pc.citation_id = c.id and p.negotiation_id = {n})
			 or exists (select 1 from round_proposal_citation rpc join round_proposal rp on rp.id = rpc.round_proposal_id
			            join round r on r.id = rp.round_id where rpc.citation_id = c.id and r.negotiation_id = {n}))""";

	private static String dateBetween(String column, SearchFilter filter) {
		String from = (filter.from() != null) ? column + " >= :fromDay" : null;
		String to = (filter.to() != null) ? column + " <= :toDay" : null;
		return and(from, to).isEmpty() ? null : and(from, to).substring(" and ".length());
	}

	private static String and(String... conditions) {
		StringBuilder sql = new StringBuilder();
		for (String condition : conditions) {
			if (condition != null) {
				sql.append(" and ").append(condition);
			}
		}
		return sql.toString();
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
				(reliability != null) ? Reliability.valueOf(reliability) : null, credibilityOrNull,
				rs.getLong("link_page"));
	}

}
