package org.parley.read.sources;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Bearing;
import org.parley.source.CitationView;
import org.parley.source.EvidenceReader;
import org.parley.source.Reliability;
import org.parley.source.SourceKind;
import org.parley.source.SourceStatus;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a source's page in four statements at most, whatever it reported: the outlet with
 * its number of reports, one page of report ids, those reports with their via chains
 * ({@link EvidenceReader}), and every claim they bear on.
 */
@Component
class SourcePageReader {

	private static final String SOURCE = """
			select s.id, s.name, s.kind, s.homepage, s.country_code, s.language, s.reliability, s.reliability_note,
			       s.status, (select count(*) from citation c where c.source_id = s.id) as citation_count
			from source s
			where s.id = :id
			""";

	// Newest first; undated reports after the dated ones.
	private static final String CITATION_IDS = """
			select c.id from citation c
			where c.source_id = :id
			order by c.published_on desc nulls last, c.id desc
			limit :limit offset :offset
			""";

	private static final String CLAIMS = """
			select rc.citation_id, 'ROUND' as kind, rc.bearing, r.id as round_id, r.title as round_title,
			       cast(null as bigint) as proposal_id, cast(null as text) as proposal_title,
			       cast(null as bigint) as position_id, cast(null as text) as party_name, cast(null as text) as stance,
			       cast(null as date) as stated_on, cast(null as text) as stated_on_precision, 1 as kind_order
			from round_citation rc join round r on r.id = rc.round_id
			where rc.citation_id = any(:ids)
			union all
			select rpc.citation_id, 'INTRODUCTION', rpc.bearing, r.id, r.title, p.id, p.title, null, ip.name, null,
			       null, null, 2
			from round_proposal_citation rpc join round_proposal rp on rp.id = rpc.round_proposal_id
			join round r on r.id = rp.round_id join proposal p on p.id = rp.proposal_id
			left join party ip on ip.id = rp.introduced_by_party_id
			where rpc.citation_id = any(:ids)
			union all
			select pc.citation_id, 'PROPOSAL', pc.bearing, null, null, p.id, p.title, null, null, null, null, null, 3
			from proposal_citation pc join proposal p on p.id = pc.proposal_id
			where pc.citation_id = any(:ids)
			union all
			select p.first_reported_citation_id, 'FIRST_REPORT', 'SUPPORTS', null, null, p.id, p.title, null, null,
			       null, null, null, 3
			from proposal p
			where p.first_reported_citation_id = any(:ids)
			union all
			select poc.citation_id, 'POSITION', poc.bearing, null, null, p.id, p.title, po.id, pa.name, po.stance,
			       po.stated_on, po.stated_on_precision, 4
			from position_citation poc join position po on po.id = poc.position_id
			join proposal p on p.id = po.proposal_id join party pa on pa.id = po.party_id
			where poc.citation_id = any(:ids)
			order by citation_id, kind_order, round_title, proposal_title, party_name, position_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	SourcePageReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	Optional<SourceDetails> source(long id) {
		return this.jdbc.query(SOURCE, new MapSqlParameterSource("id", id), (rs, row) -> details(rs))
			.stream()
			.findFirst();
	}

	/**
	 * One page of the source's reports, newest first, each with the claims it bears on.
	 * @param sourceId the source
	 * @param limit page size
	 * @param offset reports to skip
	 * @return the reports of the page
	 */
	List<ReportedCitation> reports(long sourceId, int limit, long offset) {
		List<Long> ids = this.jdbc.queryForList(CITATION_IDS,
				new MapSqlParameterSource().addValue("id", sourceId)
					.addValue("limit", limit)
					.addValue("offset", offset),
				Long.class);
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, CitationView> citations = this.evidence.citations(ids);
		Map<Long, List<Claim>> claims = new LinkedHashMap<>();
		this.jdbc.query(CLAIMS, new MapSqlParameterSource("ids", ids.toArray(Long[]::new)), (rs) -> {
			Claim claim = claim(rs);
			claims.computeIfAbsent(claim.citationId(), (key) -> new ArrayList<>()).add(claim);
		});
		return ids.stream()
			.map((id) -> new ReportedCitation(citations.get(id), List.copyOf(claims.getOrDefault(id, List.of()))))
			.toList();
	}

	private static SourceDetails details(ResultSet rs) throws SQLException {
		return new SourceDetails(rs.getLong("id"), rs.getString("name"), SourceKind.valueOf(rs.getString("kind")),
				rs.getString("homepage"), rs.getString("country_code"), rs.getString("language"),
				Reliability.valueOf(rs.getString("reliability")), rs.getString("reliability_note"),
				SourceStatus.valueOf(rs.getString("status")), rs.getLong("citation_count"));
	}

	private static Claim claim(ResultSet rs) throws SQLException {
		String stance = rs.getString("stance");
		String precision = rs.getString("stated_on_precision");
		Date statedOn = rs.getDate("stated_on");
		return new Claim(rs.getLong("citation_id"), Claim.Kind.valueOf(rs.getString("kind")),
				Bearing.valueOf(rs.getString("bearing")), nullableLong(rs, "round_id"), rs.getString("round_title"),
				nullableLong(rs, "proposal_id"), rs.getString("proposal_title"), nullableLong(rs, "position_id"),
				rs.getString("party_name"), (stance != null) ? Stance.valueOf(stance) : null,
				(statedOn != null) ? statedOn.toLocalDate() : null,
				(precision != null) ? DatePrecision.valueOf(precision) : null);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
