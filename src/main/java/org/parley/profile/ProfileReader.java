package org.parley.profile;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.negotiation.PartyRole;
import org.parley.party.PartyKind;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.source.Bearing;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the party and person pages, one statement per list whatever its length: the
 * positions of a page come with their evidence in two more (the citation links, then
 * every citation with its via chain).
 */
@Component
class ProfileReader {

	static final int PEOPLE_SHOWN = 100;

	static final int PROPOSED_SHOWN = 100;

	static final int ROLES_SHOWN = 100;

	private static final String POSITIONS = """
			select po.id, po.proposal_id, pr.title as proposal_title, po.party_id, pa.name as party_name, po.stance,
			       po.condition, po.stated_on, po.stated_on_precision, sp.id as speaker_id, sp.full_name as speaker_name,
			       po.quote, po.note, count(*) over () as total
			from position po
			join proposal pr on pr.id = po.proposal_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where %s
			order by %s
			limit :limit offset :offset
			""";

	private static final String BY_PARTY = "po.party_id = :id";

	private static final String BY_SPEAKER = "po.speaker_id = :id";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	ProfileReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	Optional<PartyProfile.Party> party(long id) {
		return this.jdbc
			.query("select id, name, short_name, kind, country_code from party where id = :id", parameters(id),
					(rs, row) -> new PartyProfile.Party(rs.getLong("id"), rs.getString("name"),
							rs.getString("short_name"), PartyKind.valueOf(rs.getString("kind")),
							rs.getString("country_code")))
			.stream()
			.findFirst();
	}

	List<PartyProfile.Role> roles(long partyId) {
		return this.jdbc.query("""
				select n.slug, n.title, np.role
				from negotiation_party np join negotiation n on n.id = np.negotiation_id
				where np.party_id = :id order by n.title, n.id limit :limit
				""", parameters(partyId).addValue("limit", ROLES_SHOWN),
				(rs, row) -> new PartyProfile.Role(rs.getString("slug"), rs.getString("title"),
						PartyRole.valueOf(rs.getString("role"))));
	}

	Counted<List<PartyProfile.PersonItem>> people(long partyId) {
		long[] total = { 0 };
		List<PartyProfile.PersonItem> people = this.jdbc.query("""
				select id, full_name, native_name, title, count(*) over () as total
				from person where party_id = :id order by full_name, id limit :limit
				""", parameters(partyId).addValue("limit", PEOPLE_SHOWN), (rs, row) -> {
			total[0] = rs.getLong("total");
			return new PartyProfile.PersonItem(rs.getLong("id"), rs.getString("full_name"), rs.getString("native_name"),
					rs.getString("title"));
		});
		return new Counted<>(people, total[0]);
	}

	Counted<List<PartyProfile.ProposedItem>> proposed(long partyId) {
		long[] total = { 0 };
		List<PartyProfile.ProposedItem> proposals = this.jdbc.query("""
				select pr.id, pr.title, pr.status, n.title as negotiation_title, count(*) over () as total
				from proposal_proposer pp
				join proposal pr on pr.id = pp.proposal_id
				join negotiation n on n.id = pr.negotiation_id
				where pp.party_id = :id order by pr.title, pr.id limit :limit
				""", parameters(partyId).addValue("limit", PROPOSED_SHOWN), (rs, row) -> {
			total[0] = rs.getLong("total");
			return new PartyProfile.ProposedItem(rs.getLong("id"), rs.getString("title"),
					ProposalStatus.valueOf(rs.getString("status")), rs.getString("negotiation_title"));
		});
		return new Counted<>(proposals, total[0]);
	}

	/** A party's positions, by proposal title, each proposal's over time. */
	Page<PositionEntry> positionsOfParty(long partyId, Pageable pageable) {
		return positions(BY_PARTY, "pr.title, pr.id, po.stated_on, po.id", partyId, pageable);
	}

	Optional<PersonProfile.Person> person(long id) {
		return this.jdbc.query("""
				select p.id, p.full_name, p.native_name, p.title, pa.id as party_id, pa.name as party_name
				from person p left join party pa on pa.id = p.party_id
				where p.id = :id
				""", parameters(id), (rs, row) -> {
			long party = rs.getLong("party_id");
			Long partyId = rs.wasNull() ? null : party;
			return new PersonProfile.Person(rs.getLong("id"), rs.getString("full_name"), rs.getString("native_name"),
					rs.getString("title"), partyId, rs.getString("party_name"));
		}).stream().findFirst();
	}

	/** The positions a person voiced, latest first. */
	Page<PositionEntry> positionsOfSpeaker(long personId, Pageable pageable) {
		return positions(BY_SPEAKER, "po.stated_on desc, po.id desc", personId, pageable);
	}

	private Page<PositionEntry> positions(String where, String orderBy, long id, Pageable pageable) {
		MapSqlParameterSource parameters = parameters(id).addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		long[] total = { 0 };
		List<PositionEntry> positions = this.jdbc.query(POSITIONS.formatted(where, orderBy), parameters, (rs, row) -> {
			total[0] = rs.getLong("total");
			return entry(rs);
		});
		if (positions.isEmpty()) {
			if (pageable.getOffset() > 0) {
				total[0] = this.jdbc.queryForObject("select count(*) from position po where " + where, parameters,
						Long.class);
			}
			return new PageImpl<>(positions, pageable, total[0]);
		}
		List<CitedClaim> links = this.jdbc.query(
				"select position_id, citation_id, bearing from position_citation where position_id = any(:ids) order by id",
				new MapSqlParameterSource("ids", positions.stream().map(PositionEntry::id).toArray(Long[]::new)),
				(rs, row) -> new CitedClaim(rs.getLong("position_id"), rs.getLong("citation_id"),
						Bearing.valueOf(rs.getString("bearing"))));
		Map<Long, Evidence> evidence = this.evidence.evidenceByClaim(links);
		List<PositionEntry> withEvidence = positions.stream()
			.map((position) -> position.withEvidence(evidence.getOrDefault(position.id(), Evidence.NONE)))
			.toList();
		return new PageImpl<>(withEvidence, pageable, total[0]);
	}

	/** Groups consecutive positions by proposal, keeping their order. */
	static List<PartyProfile.ProposalPositions> byProposal(List<PositionEntry> positions) {
		Map<Long, List<PositionEntry>> groups = new LinkedHashMap<>();
		Map<Long, String> titles = new LinkedHashMap<>();
		for (PositionEntry position : positions) {
			groups.computeIfAbsent(position.proposalId(), (id) -> new ArrayList<>()).add(position);
			titles.putIfAbsent(position.proposalId(), position.proposalTitle());
		}
		List<PartyProfile.ProposalPositions> result = new ArrayList<>();
		groups.forEach((proposalId, entries) -> result
			.add(new PartyProfile.ProposalPositions(proposalId, titles.get(proposalId), List.copyOf(entries))));
		return result;
	}

	private static PositionEntry entry(ResultSet rs) throws SQLException {
		long speaker = rs.getLong("speaker_id");
		Long speakerId = rs.wasNull() ? null : speaker;
		Date statedOn = rs.getDate("stated_on");
		LocalDate date = statedOn.toLocalDate();
		return new PositionEntry(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("proposal_title"),
				rs.getLong("party_id"), rs.getString("party_name"), Stance.valueOf(rs.getString("stance")),
				rs.getString("condition"), date, DatePrecision.valueOf(rs.getString("stated_on_precision")), speakerId,
				rs.getString("speaker_name"), rs.getString("quote"), rs.getString("note"), Evidence.NONE);
	}

	private static MapSqlParameterSource parameters(long id) {
		return new MapSqlParameterSource("id", id);
	}

	/** Some of a list, and how long the whole list is. */
	record Counted<T>(T shown, long total) {
	}

}
