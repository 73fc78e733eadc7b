package org.parley.read.topics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.source.Bearing;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;
import org.parley.topic.Topic;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What is said about one topic, with the reports behind each claim: two statements (the
 * claims with their links, then the cited reports with their chains), bounded by the cap
 * on claims and on reports per claim.
 */
@Component
class TopicClaimReader {

	private static final String CLAIMS = """
			select c.id, c.claim, c.party_id, pa.name as party_name, c.stated_on, l.citation_id, l.bearing
			from (select * from topic_claim where topic_id = :id order by id limit :limit) c
			left join party pa on pa.id = c.party_id
			left join topic_claim_citation l on l.claim_id = c.id
			order by c.id, l.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	TopicClaimReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	List<TopicClaimView> claims(long topicId) {
		record Row(long id, String claim, Long partyId, String partyName, LocalDate statedOn, Long citationId,
				Bearing bearing) {
		}
		List<Row> rows = this.jdbc.query(CLAIMS,
				new MapSqlParameterSource("id", topicId).addValue("limit", Topic.MAX_CLAIMS),
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("claim"), rs.getObject("party_id", Long.class),
						rs.getString("party_name"), rs.getObject("stated_on", LocalDate.class),
						rs.getObject("citation_id", Long.class),
						(rs.getString("bearing") != null) ? Bearing.valueOf(rs.getString("bearing")) : null));
		Map<Long, Evidence> evidence = this.evidence.evidenceByClaim(rows.stream()
			.filter((row) -> row.citationId() != null)
			.map((row) -> new CitedClaim(row.id(), row.citationId(), row.bearing()))
			.toList());
		Map<Long, Row> distinct = new LinkedHashMap<>();
		rows.forEach((row) -> distinct.putIfAbsent(row.id(), row));
		return distinct.values()
			.stream()
			.map((row) -> new TopicClaimView(row.id(), row.claim(), row.partyId(), row.partyName(), row.statedOn(),
					evidence.getOrDefault(row.id(), Evidence.NONE)))
			.toList();
	}

}
