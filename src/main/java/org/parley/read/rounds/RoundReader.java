package org.parley.read.rounds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.source.CitationView;
import org.parley.source.CitedClaim;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;
import org.parley.read.rounds.RoundView.Delegate;
import org.parley.read.rounds.RoundView.Delegation;
import org.parley.read.rounds.RoundView.Discussed;
import org.parley.read.rounds.RoundView.Stated;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads one round for its page in six statements whatever its size: the round, who was
 * there (parties and delegates together), the proposals discussed, the positions stated
 * there, every citation link (of the round, of each introduction, of each position) in
 * one union, and the cited reports with their whole via chains.
 */
@Component
class RoundReader {

	private static final String ROUND = """
			select r.id, r.title, r.place, r.starts_on, r.ends_on, r.format, r.outcome, r.summary,
			       n.slug as negotiation_slug, n.title as negotiation_title, m.id as mediator_id, m.name as mediator_name
			from round r
			join negotiation n on n.id = r.negotiation_id
			left join party m on m.id = r.mediator_party_id
			where r.id = :id
			""";

	private static final String PEOPLE = """
			select 'party' as kind, p.id as party_id, p.name as party_name,
			       cast(null as bigint) as person_id, cast(null as varchar) as person_name,
			       cast(null as varchar) as person_title, cast(null as varchar) as surname
			from round_party rp join party p on p.id = rp.party_id
			where rp.round_id = :id
			union all
			select 'delegate', pa.id, pa.name, pe.id, pe.full_name, coalesce(post.post, pe.title),
			       regexp_replace(pe.full_name, '^.* ', '')
			from round_delegate rd
			join person pe on pe.id = rd.person_id
			left join round_delegate_post post on post.round_id = rd.round_id and post.person_id = rd.person_id
			left join party pa on pa.id = pe.party_id
			where rd.round_id = :id
			order by kind desc, party_name nulls last, party_id, surname, person_name, person_id
			""";

	private static final String PROPOSALS = """
			select rp.id as entry_id, pr.id as proposal_id, pr.title, pr.status,
			       ib.id as introducer_id, ib.name as introducer_name, rp.note
			from round_proposal rp
			join proposal pr on pr.id = rp.proposal_id
			left join party ib on ib.id = rp.introduced_by_party_id
			where rp.round_id = :id
			order by rp.id
			""";

	private static final String POSITIONS = """
			select po.id, pr.id as proposal_id, pr.title as proposal_title, pa.id as party_id, pa.name as party_name,
			       count(*) over () as total,
			       po.stance, po.condition, po.stated_on, po.stated_on_precision,
			       sp.id as speaker_id, sp.full_name as speaker_name, sp.title as speaker_title, po.quote, po.note
			from position po
			join proposal pr on pr.id = po.proposal_id
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			where po.round_id = :id
			order by pa.name, pa.id, pr.title, po.stated_on, po.id
			limit :limit offset :offset
			""";

	private static final String LINKS = """
			select 'round' as kind, rc.round_id as claim_id, rc.citation_id, rc.bearing, rc.id as link_id
			from round_citation rc
			where rc.round_id = :id
			union all
			select 'introduction', rpc.round_proposal_id, rpc.citation_id, rpc.bearing, rpc.id
			from round_proposal_citation rpc
			join round_proposal rp on rp.id = rpc.round_proposal_id
			where rp.round_id = :id
			union all
			select 'position', pc.position_id, pc.citation_id, pc.bearing, pc.id
			from position_citation pc
			where pc.position_id = any(:shown)
			order by kind, link_id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	RoundReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence) {
		this.jdbc = jdbc;
		this.evidence = evidence;
	}

	/**
	 * The round for its page.
	 * @param id the round's id
	 * @return the round, or empty if there is none with that id
	 */
	Optional<RoundView> find(long id, Pageable positionsPage) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("id", id)
			.addValue("limit", positionsPage.getPageSize())
			.addValue("offset", positionsPage.getOffset());
		List<RoundView> found = this.jdbc.query(ROUND, parameters,
				(rs, row) -> new RoundView(rs.getLong("id"), rs.getString("title"), rs.getString("negotiation_slug"),
						rs.getString("negotiation_title"), rs.getString("place"),
						rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
						RoundFormat.valueOf(rs.getString("format")), RoundOutcome.valueOf(rs.getString("outcome")),
						party(rs.getObject("mediator_id", Long.class), rs.getString("mediator_name")),
						rs.getString("summary"), List.of(), List.of(), List.of(), Evidence.NONE, Page.empty()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RoundView round = found.get(0);

		List<PartyRef> parties = new ArrayList<>();
		Map<Long, List<Delegate>> delegates = new LinkedHashMap<>();
		Map<Long, PartyRef> delegationParties = new HashMap<>();
		this.jdbc.query(PEOPLE, parameters, (rs) -> {
			PartyRef party = party(rs.getObject("party_id", Long.class), rs.getString("party_name"));
			if ("party".equals(rs.getString("kind"))) {
				parties.add(party);
				return;
			}
			Long key = (party != null) ? party.id() : null;
			delegationParties.put(key, party);
			delegates.computeIfAbsent(key, (k) -> new ArrayList<>())
				.add(new Delegate(rs.getLong("person_id"), rs.getString("person_name"), rs.getString("person_title")));
		});
		List<Delegation> delegations = delegates.entrySet()
			.stream()
			.map((entry) -> new Delegation(delegationParties.get(entry.getKey()), List.copyOf(entry.getValue())))
			.toList();

		// Keyed by the round_proposal id, which the introductions' citations refer to.
		Map<Long, Discussed> discussed = new LinkedHashMap<>();
		this.jdbc.query(PROPOSALS, parameters, (rs) -> {
			discussed.put(rs.getLong("entry_id"),
					new Discussed(rs.getLong("proposal_id"), rs.getString("title"),
							ProposalStatus.valueOf(rs.getString("status")),
							party(rs.getObject("introducer_id", Long.class), rs.getString("introducer_name")),
							rs.getString("note"), Evidence.NONE));
		});

		long[] total = { 0 };
		List<Stated> positions = this.jdbc.query(POSITIONS, parameters, (rs, row) -> {
			total[0] = rs.getLong("total");
			return new Stated(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("proposal_title"),
					new PartyRef(rs.getLong("party_id"), rs.getString("party_name")),
					Stance.valueOf(rs.getString("stance")), rs.getString("condition"),
					rs.getObject("stated_on", LocalDate.class),
					DatePrecision.valueOf(rs.getString("stated_on_precision")), rs.getObject("speaker_id", Long.class),
					rs.getString("speaker_name"), rs.getString("speaker_title"), rs.getString("quote"),
					rs.getString("note"), Evidence.NONE);
		});
		parameters.addValue("shown", positions.stream().map(Stated::id).toArray(Long[]::new));

		Map<String, List<CitedClaim>> links = new HashMap<>();
		this.jdbc.query(LINKS, parameters, (rs) -> {
			links.computeIfAbsent(rs.getString("kind"), (kind) -> new ArrayList<>())
				.add(new CitedClaim(rs.getLong("claim_id"), rs.getLong("citation_id"),
						Bearing.valueOf(rs.getString("bearing"))));
		});
		Map<Long, CitationView> citations = this.evidence
			.citations(links.values().stream().flatMap(List::stream).map(CitedClaim::citationId).toList());
		Map<Long, Evidence> ofRound = evidence(links.get("round"), citations);
		Map<Long, Evidence> ofIntroduction = evidence(links.get("introduction"), citations);
		Map<Long, Evidence> ofPosition = evidence(links.get("position"), citations);

		List<Discussed> proposals = discussed.entrySet().stream().map((entry) -> {
			Discussed d = entry.getValue();
			return new Discussed(d.proposalId(), d.title(), d.status(), d.introducedBy(), d.note(),
					ofIntroduction.getOrDefault(entry.getKey(), Evidence.NONE));
		}).toList();
		List<Stated> stated = positions.stream()
			.map((p) -> new Stated(p.id(), p.proposalId(), p.proposalTitle(), p.party(), p.stance(), p.condition(),
					p.statedOn(), p.statedOnPrecision(), p.speakerId(), p.speakerName(), p.speakerTitle(), p.quote(),
					p.note(), ofPosition.getOrDefault(p.id(), Evidence.NONE)))
			.toList();

		return Optional.of(new RoundView(round.id(), round.title(), round.negotiationSlug(), round.negotiationTitle(),
				round.place(), round.startsOn(), round.endsOn(), round.format(), round.outcome(), round.mediator(),
				round.summary(), List.copyOf(parties), delegations, proposals,
				ofRound.getOrDefault(round.id(), Evidence.NONE),
				new PageImpl<>(stated, positionsPage, positions.isEmpty() ? countPositions(id) : total[0])));
	}

	/** Only when the page asked for lies past the end, or the round has none. */
	private long countPositions(long roundId) {
		return this.jdbc.queryForObject("select count(*) from position where round_id = :id",
				new MapSqlParameterSource("id", roundId), Long.class);
	}

	/** Evidence per claim from links whose citations are already read. */
	private static Map<Long, Evidence> evidence(List<CitedClaim> links, Map<Long, CitationView> citations) {
		if (links == null) {
			return Map.of();
		}
		Map<Long, List<Evidence.Item>> items = new LinkedHashMap<>();
		for (CitedClaim link : links) {
			items.computeIfAbsent(link.claimId(), (id) -> new ArrayList<>())
				.add(new Evidence.Item(citations.get(link.citationId()), link.bearing()));
		}
		Map<Long, Evidence> evidence = new HashMap<>();
		items.forEach((claim, list) -> evidence.put(claim, new Evidence(List.copyOf(list))));
		return evidence;
	}

	private static PartyRef party(Long id, String name) {
		return (id != null) ? new PartyRef(id, name) : null;
	}

}
