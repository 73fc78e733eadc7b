package org.parley.read.parties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.negotiation.PartyRole;
import org.parley.party.PartyKind;
import org.parley.proposal.ProposalStatus;
import org.parley.read.PositionEntry;
import org.parley.read.PositionEntryReader;
import org.parley.source.EvidenceFilter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the party page, one statement per list whatever its length: the positions of a
 * page come with their evidence in two more (the citation links, then every citation with
 * its via chain).
 */
@Component
class PartyPageReader {

	static final int PEOPLE_SHOWN = 100;

	static final int PROPOSED_SHOWN = 100;

	static final int ROLES_SHOWN = 100;

	private static final String BY_PARTY = "po.party_id = :id";

	private final NamedParameterJdbcTemplate jdbc;

	private final PositionEntryReader positions;

	PartyPageReader(NamedParameterJdbcTemplate jdbc, PositionEntryReader positions) {
		this.jdbc = jdbc;
		this.positions = positions;
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

	/**
	 * A party's positions that pass the evidence filter, newest first; the page groups
	 * them by proposal.
	 */
	Page<PositionEntry> positionsOfParty(long partyId, EvidenceFilter evidence, Pageable pageable) {
		MapSqlParameterSource parameters = parameters(partyId);
		String where = evidence.isActive() ? BY_PARTY + " and " + evidence.positionCondition("po.id", parameters)
				: BY_PARTY;
		return this.positions.positions(where, "po.stated_on desc, po.id desc", parameters, pageable);
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

	private static MapSqlParameterSource parameters(long id) {
		return new MapSqlParameterSource("id", id);
	}

	/** Some of a list, and how long the whole list is. */
	record Counted<T>(T shown, long total) {
	}

}
