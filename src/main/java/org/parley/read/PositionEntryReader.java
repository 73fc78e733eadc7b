package org.parley.read;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Bearing;
import org.parley.source.CitationView;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one page of positions for the party and person pages in one statement, newest
 * first from an index ({@code position_party_latest_ix},
 * {@code position_speaker_latest_ix}), with their count from the same index when the page
 * does not tell it, and their evidence in two more (the citation links, then every
 * citation with its via chain).
 */
@Component
public class PositionEntryReader {

	private static final String POSITIONS = """
			select po.id, po.proposal_id, pr.title as proposal_title, po.party_id, pa.name as party_name, po.stance,
			       po.condition, po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name,
			       po.quote, po.note, %s
			from position po
			join proposal pr on pr.id = po.proposal_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where %s
			order by %s
			limit :limit offset :offset
			"""
		.formatted(PositionArguments.SELECT, "%s", "%s");

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	PositionEntryReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	/**
	 * One page of the positions matching {@code where} (a condition on {@code po} with
	 * the parameter {@code :id}), in the order {@code orderBy}, with their evidence.
	 */
	public Page<PositionEntry> positions(String where, String orderBy, long id, Pageable pageable) {
		return positions(where, orderBy, parameters(id), pageable);
	}

	/**
	 * One page of the positions matching {@code where} (a condition on {@code po} with
	 * the given parameters), in the order {@code orderBy}, with their evidence.
	 */
	public Page<PositionEntry> positions(String where, String orderBy, MapSqlParameterSource bound, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource(bound.getValues())
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		List<PositionEntry> positions = this.jdbc.query(POSITIONS.formatted(where, orderBy), parameters,
				(rs, row) -> entry(rs));
		// Counted apart, from the index alone, and only when the page does not tell.
		Page<PositionEntry> page = PageableExecutionUtils.getPage(positions, pageable, () -> this.jdbc
			.queryForObject("select count(*) from position po where " + where, parameters, Long.class));
		if (positions.isEmpty()) {
			return page;
		}
		// The positions' links and their arguments' in one statement, the reports in one
		// more.
		List<CitedClaim> links = new java.util.ArrayList<>();
		List<CitedClaim> argumentLinks = new java.util.ArrayList<>();
		this.jdbc.query(
				"select 'position' as kind, position_id as claim_id, citation_id, bearing, id "
						+ "from position_citation where position_id = any(:ids) union all select 'argument', x.* from ("
						+ PositionArguments.links("po.id = any(:ids)") + ") x order by kind, id",
				new MapSqlParameterSource("ids", positions.stream().map(PositionEntry::id).toArray(Long[]::new)),
				(rs) -> {
					CitedClaim link = new CitedClaim(rs.getLong("claim_id"), rs.getLong("citation_id"),
							Bearing.valueOf(rs.getString("bearing")));
					("position".equals(rs.getString("kind")) ? links : argumentLinks).add(link);
				});
		List<Long> citationIds = new java.util.ArrayList<>();
		links.forEach((link) -> citationIds.add(link.citationId()));
		argumentLinks.forEach((link) -> citationIds.add(link.citationId()));
		Map<Long, CitationView> citations = this.evidence.citations(citationIds);
		Map<Long, Evidence> evidence = PositionArguments.evidence(links, citations);
		Map<Long, Evidence> argumentEvidence = PositionArguments.evidence(argumentLinks, citations);
		List<PositionEntry> withEvidence = positions.stream()
			.map((position) -> position.withEvidence(evidence.getOrDefault(position.id(), Evidence.NONE),
					argumentEvidence))
			.toList();
		return new PageImpl<>(withEvidence, pageable, page.getTotalElements());
	}

	private static PositionEntry entry(ResultSet rs) throws SQLException {
		long speaker = rs.getLong("speaker_id");
		Long speakerId = rs.wasNull() ? null : speaker;
		Date statedOn = rs.getDate("stated_on");
		LocalDate date = statedOn.toLocalDate();
		return new PositionEntry(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("proposal_title"),
				rs.getLong("party_id"), rs.getString("party_name"), Stance.valueOf(rs.getString("stance")),
				rs.getString("condition"), date, DatePrecision.valueOf(rs.getString("stated_on_precision")), speakerId,
				rs.getString("speaker_name"), rs.getString("quote"), rs.getString("note"), Evidence.NONE,
				rs.getString("arguments"), List.of(), PositionArguments.preconditions(rs.getString("preconditions")));
	}

	private static MapSqlParameterSource parameters(long id) {
		return new MapSqlParameterSource("id", id);
	}

}
