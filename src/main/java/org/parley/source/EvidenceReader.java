package org.parley.source;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns citation links into evidence ready for a page. The citations and every report
 * they relay come back in one recursive query, however long the "via" chains and however
 * many claims a page shows.
 */
@Component
public class EvidenceReader {

	private static final String CHAIN_QUERY = """
			with recursive chain as (
			    select c.id, c.source_id, c.url, c.headline, c.published_on, c.excerpt, c.credibility, c.anonymous,
			           c.anonymous_description, c.via_citation_id
			    from citation c where c.id = any(:ids)
			    union
			    select v.id, v.source_id, v.url, v.headline, v.published_on, v.excerpt, v.credibility, v.anonymous,
			           v.anonymous_description, v.via_citation_id
			    from citation v join chain on v.id = chain.via_citation_id
			)
			select chain.id, chain.source_id, s.name as source_name, s.reliability, chain.url, chain.headline,
			       chain.published_on, chain.excerpt, chain.credibility, chain.anonymous,
			       chain.anonymous_description, chain.via_citation_id
			from chain join source s on s.id = chain.source_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	EvidenceReader(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Evidence per claim id; claims without links are absent (use {@link Evidence#NONE}).
	 */
	public Map<Long, Evidence> evidenceByClaim(Collection<CitedClaim> links) {
		Map<Long, CitationView> citations = citations(links.stream().map(CitedClaim::citationId).toList());
		Map<Long, List<Evidence.Item>> items = new LinkedHashMap<>();
		for (CitedClaim link : links) {
			items.computeIfAbsent(link.claimId(), (id) -> new ArrayList<>())
				.add(new Evidence.Item(citations.get(link.citationId()), link.bearing()));
		}
		return items.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> new Evidence(List.copyOf(entry.getValue())),
					(a, b) -> a, LinkedHashMap::new));
	}

	/** The given citations with their chains, by id. */
	public Map<Long, CitationView> citations(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Row> rows = new HashMap<>();
		this.jdbc.query(CHAIN_QUERY, new MapSqlParameterSource("ids", ids.stream().distinct().toArray(Long[]::new)),
				(rs) -> {
					long viaColumn = rs.getLong("via_citation_id");
					Long viaId = rs.wasNull() ? null : viaColumn;
					Date published = rs.getDate("published_on");
					rows.put(rs.getLong("id"),
							new Row(rs.getLong("id"), rs.getLong("source_id"), rs.getString("source_name"),
									Reliability.valueOf(rs.getString("reliability")), rs.getString("url"),
									rs.getString("headline"), (published != null) ? published.toLocalDate() : null,
									rs.getString("excerpt"), rs.getInt("credibility"), rs.getBoolean("anonymous"),
									rs.getString("anonymous_description"), viaId));
				});
		Map<Long, CitationView> views = new HashMap<>();
		for (Long id : ids) {
			views.put(id, view(id, rows));
		}
		return views;
	}

	private static CitationView view(long id, Map<Long, Row> rows) {
		Row row = rows.get(id);
		List<CitationView> via = new ArrayList<>();
		Long next = row.viaId();
		// The database refuses a citation relaying itself; the size bound guards against
		// longer loops.
		while (next != null && via.size() < rows.size()) {
			Row relayed = rows.get(next);
			via.add(relayed.toView(List.of()));
			next = relayed.viaId();
		}
		return row.toView(List.copyOf(via));
	}

	private record Row(long id, long sourceId, String sourceName, Reliability reliability, String url, String headline,
			LocalDate publishedOn, String excerpt, int credibility, boolean anonymous, String anonymousDescription,
			Long viaId) {

		CitationView toView(List<CitationView> via) {
			return new CitationView(this.id, this.sourceId, this.sourceName, this.reliability, this.url, this.headline,
					this.publishedOn, this.excerpt, this.credibility, this.anonymous, this.anonymousDescription, via);
		}

	}

}
