package org.parley.read.proposals;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.parley.read.proposals.Dossier.Header;
import org.parley.read.proposals.Dossier.PartyStance;
import org.parley.read.proposals.Dossier.Point;
import org.parley.read.proposals.Dossier.Reference;
import org.parley.read.proposals.Dossier.RoundAppearance;
import org.parley.read.proposals.Dossier.Statement;
import org.parley.read.proposals.Lineage.Edge;
import org.parley.read.proposals.Lineage.End;
import org.parley.read.PositionArguments;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.position.StanceReader;
import org.parley.position.StanceView;
import org.parley.proposal.Disclosure;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.source.CitationView;
import org.parley.source.Evidence;
import org.parley.source.EvidenceReader;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a proposal's dossier in eight statements whatever its size: (1) the proposal and
 * its negotiation; (2) its points, proposers, topics, regions and the negotiation's
 * parties; (3) its lineage; (4) the citation links of the proposal, of its positions and
 * of its round appearances; (5) the cited reports with their via chains; (6) every
 * position; (7) the round appearances; (8) which positions are current.
 */
@Component
class DossierReader {

	private static final String HEADER = """
			select p.id, p.slug, p.title, p.summary, p.status, p.disclosure, p.first_reported_on,
			       p.first_reported_citation_id, n.id as negotiation_id, n.slug as negotiation_slug,
			       n.title as negotiation_title
			from proposal p
			join negotiation n on n.id = p.negotiation_id
			where p.id = :id
			""";

	/** Points, proposers, topics, regions and the negotiation's parties, in one go. */
	private static final String FACETS = """
			select 'point' as kind, pt.ordinal as ordinal, pt.id, pt.label as name, pt.text as detail
			from proposal_point pt where pt.proposal_id = :id
			union all
			select 'proposer', 0, pa.id, pa.name, null
			from proposal_proposer pp join party pa on pa.id = pp.party_id where pp.proposal_id = :id
			union all
			select 'topic', 0, t.id, t.name, null
			from proposal_topic pt join topic t on t.id = pt.topic_id where pt.proposal_id = :id
			union all
			select 'region', 0, r.id, r.name, parent.name
			from proposal_region pr join region r on r.id = pr.region_id
			left join region parent on parent.id = r.parent_id
			where pr.proposal_id = :id
			union all
			select 'party', 0, pa.id, pa.name, np.role
			from proposal p join negotiation_party np on np.negotiation_id = p.negotiation_id
			join party pa on pa.id = np.party_id
			where p.id = :id
			union all
			select 'conditioned', 0, w.id, w.title, pa.name
			from position_precondition c join current_position cp on cp.position_id = c.position_id
			join proposal w on w.id = cp.proposal_id join party pa on pa.id = cp.party_id
			where c.proposal_id = :id
			order by kind, ordinal, name
			""";

	/**
	 * Every relation among the proposals within {@link Lineage#DEPTH} relations of this
	 * one, in either direction, with both ends' titles.
	 */
	private static final String LINEAGE = """
			with recursive near(id, depth) as (
			    select cast(:id as bigint), 0
			    union
			    select case when r.proposal_id = near.id then r.related_proposal_id else r.proposal_id end,
			           near.depth + 1
			    from proposal_relation r
			    join near on near.id in (r.proposal_id, r.related_proposal_id)
			    where near.depth < :depth
			)
			select r.id, r.kind, r.note, a.id as from_id, a.title as from_title, a.status as from_status,
			       b.id as to_id, b.title as to_title, b.status as to_status
			from proposal_relation r
			join proposal a on a.id = r.proposal_id
			join proposal b on b.id = r.related_proposal_id
			where r.proposal_id in (select id from near) and r.related_proposal_id in (select id from near)
			order by r.id
			limit 500
			""";

	/**
	 * The citation links of the proposal, of each position on it and of each round
	 * appearance.
	 */
	private static final String LINKS = """
			select 'proposal' as kind, l.proposal_id as claim_id, l.citation_id, l.bearing, l.id
			from proposal_citation l where l.proposal_id = :id
			union all
			select 'position', l.position_id, l.citation_id, l.bearing, l.id
			from position_citation l join position po on po.id = l.position_id where po.proposal_id = :id
			union all
			select 'round', l.round_proposal_id, l.citation_id, l.bearing, l.id
			from round_proposal_citation l join round_proposal rp on rp.id = l.round_proposal_id
			where rp.proposal_id = :id
			union all
			select 'relation', l.relation_id, l.citation_id, l.bearing, l.id
			from proposal_relation_citation l where l.relation_id = any(:relations)
			union all
			select 'argument', l.argument_id, l.citation_id, l.bearing, l.id
			from position_argument_citation l join position_argument a on a.id = l.argument_id
			join position po on po.id = a.position_id where po.proposal_id = :id
			order by kind, claim_id, id
			""";

	private static final String POSITIONS = """
			select po.id, po.party_id, pa.name as party_name, po.stated_on, po.stated_on_precision, po.stance,
			       po.condition, po.speaker_id, sp.full_name as speaker_name, sp.title as speaker_title, po.quote,
			       po.note, po.round_id, r.title as round_title, %s
			from position po
			join party pa on pa.id = po.party_id
			left join person sp on sp.id = po.speaker_id
			left join round r on r.id = po.round_id
			where po.proposal_id = :id
			order by po.stated_on, po.id
			""".formatted(PositionArguments.SELECT);

	private static final String ROUNDS = """
			select rp.id as appearance_id, r.id, r.title, r.place, r.starts_on, r.ends_on, r.outcome,
			       rp.introduced_by_party_id, pa.name as introduced_by_name, rp.note
			from round_proposal rp
			join round r on r.id = rp.round_id
			left join party pa on pa.id = rp.introduced_by_party_id
			where rp.proposal_id = :id
			order by r.starts_on, r.id
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final EvidenceReader evidence;

	private final StanceReader stances;

	DossierReader(NamedParameterJdbcTemplate jdbc, EvidenceReader evidence, StanceReader stances) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.stances = stances;
	}

	/**
	 * The dossier of a proposal.
	 * @param id the proposal's id
	 * @return the dossier, or empty if there is no such proposal
	 */
	Optional<Dossier> read(long id) {
		MapSqlParameterSource byId = new MapSqlParameterSource("id", id);
		List<Header> headers = this.jdbc.query(HEADER, byId, (rs, row) -> header(rs));
		if (headers.isEmpty()) {
			return Optional.empty();
		}
		Header header = headers.get(0);

		Facets facets = new Facets();
		this.jdbc.query(FACETS, byId, (rs) -> {
			facets.add(rs);
		});

		record EdgeRow(long id, Edge edge) {
		}
		List<EdgeRow> edgeRows = this.jdbc.query(LINEAGE,
				new MapSqlParameterSource("id", id).addValue("depth", Lineage.DEPTH), (rs,
						row) -> new EdgeRow(rs.getLong("id"),
								new Edge(
										new End(rs.getLong("from_id"), rs.getString("from_title"),
												ProposalStatus.valueOf(rs.getString("from_status"))),
										RelationKind.valueOf(rs.getString("kind")),
										new End(rs.getLong("to_id"), rs.getString("to_title"),
												ProposalStatus.valueOf(rs.getString("to_status"))),
										rs.getString("note"))));

		List<Link> links = this.jdbc.query(LINKS,
				new MapSqlParameterSource("id", id).addValue("relations",
						edgeRows.stream().map(EdgeRow::id).toArray(Long[]::new)),
				(rs, row) -> new Link(rs.getString("kind"), rs.getLong("claim_id"), rs.getLong("citation_id"),
						Bearing.valueOf(rs.getString("bearing"))));
		Set<Long> citationIds = new LinkedHashSet<>();
		links.forEach((link) -> citationIds.add(link.citationId()));
		if (header.firstReportedCitationId() != null) {
			citationIds.add(header.firstReportedCitationId());
		}
		Map<Long, CitationView> citations = this.evidence.citations(citationIds);
		Map<String, Map<Long, Evidence>> evidence = evidence(links, citations);
		Map<Long, Evidence> relationEvidence = evidence.getOrDefault("relation", Map.of());
		List<Edge> edges = edgeRows.stream()
			.map((row) -> new Edge(row.edge().from(), row.edge().kind(), row.edge().to(), row.edge().note(),
					relationEvidence.getOrDefault(row.id(), Evidence.NONE)))
			.toList();
		LineageNode lineage = Lineage.tree(new End(header.id(), header.title(), header.status()), edges);

		Map<Long, Evidence> positionEvidence = evidence.getOrDefault("position", Map.of());
		Map<Long, Evidence> argumentEvidence = evidence.getOrDefault("argument", Map.of());
		List<Statement> history = this.jdbc.query(POSITIONS, byId, (rs, row) -> statement(rs,
				positionEvidence.getOrDefault(rs.getLong("id"), Evidence.NONE), argumentEvidence));

		Map<Long, Evidence> roundEvidence = evidence.getOrDefault("round", Map.of());
		List<RoundAppearance> rounds = this.jdbc.query(ROUNDS, byId,
				(rs, row) -> appearance(rs, roundEvidence.getOrDefault(rs.getLong("appearance_id"), Evidence.NONE)));

		CitationView firstReportedBy = (header.firstReportedCitationId() != null)
				? citations.get(header.firstReportedCitationId()) : null;
		return Optional.of(new Dossier(header, List.copyOf(facets.points), List.copyOf(facets.proposers),
				List.copyOf(facets.topics), List.copyOf(facets.regions), firstReportedBy, lineage,
				stances(facets.parties, history, current(id)), history, rounds,
				evidence.getOrDefault("proposal", Map.of()).getOrDefault(id, Evidence.NONE),
				List.copyOf(facets.conditioned)));
	}

	/** The id of each party's current position on the proposal ({@link StanceReader}). */
	private Set<Long> current(long proposalId) {
		return this.stances.current(List.of(proposalId))
			.stream()
			.map(StanceView::positionId)
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * Each party's current stance (the position {@link StanceReader} calls current) with
	 * the other statements of that date. Parties of the negotiation that have stated none
	 * come without a stance.
	 */
	static List<PartyStance> stances(Map<Long, Reference> negotiationParties, List<Statement> history,
			Set<Long> currentIds) {
		Map<Long, Statement> currentByParty = new LinkedHashMap<>();
		history.stream()
			.filter((statement) -> currentIds.contains(statement.id()))
			.forEach((statement) -> currentByParty.put(statement.partyId(), statement));
		List<PartyStance> stances = new ArrayList<>();
		currentByParty.forEach((party, current) -> {
			Reference role = negotiationParties.get(party);
			stances.add(new PartyStance(party, current.partyName(), (role != null) ? role.detail() : null, current,
					history.stream()
						.filter((s) -> s.partyId() == party && s.statedOn().equals(current.statedOn()))
						.toList()));
		});
		negotiationParties.forEach((party, reference) -> {
			if (!currentByParty.containsKey(party)) {
				stances.add(new PartyStance(party, reference.name(), reference.detail(), null, List.of()));
			}
		});
		stances.sort(Comparator.comparing(PartyStance::partyName, String.CASE_INSENSITIVE_ORDER));
		return List.copyOf(stances);
	}

	private static Map<String, Map<Long, Evidence>> evidence(List<Link> links, Map<Long, CitationView> citations) {
		Map<String, Map<Long, List<Evidence.Item>>> items = new HashMap<>();
		for (Link link : links) {
			items.computeIfAbsent(link.kind(), (kind) -> new LinkedHashMap<>())
				.computeIfAbsent(link.claimId(), (claim) -> new ArrayList<>())
				.add(new Evidence.Item(citations.get(link.citationId()), link.bearing()));
		}
		Map<String, Map<Long, Evidence>> evidence = new HashMap<>();
		items.forEach((kind, claims) -> {
			Map<Long, Evidence> byClaim = new HashMap<>();
			claims.forEach((claim, list) -> byClaim.put(claim, new Evidence(List.copyOf(list))));
			evidence.put(kind, byClaim);
		});
		return evidence;
	}

	private static Header header(ResultSet rs) throws SQLException {
		return new Header(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("summary"),
				ProposalStatus.valueOf(rs.getString("status")), Disclosure.valueOf(rs.getString("disclosure")),
				date(rs, "first_reported_on"), nullableLong(rs, "first_reported_citation_id"),
				rs.getLong("negotiation_id"), rs.getString("negotiation_slug"), rs.getString("negotiation_title"));
	}

	private static Statement statement(ResultSet rs, Evidence evidence, Map<Long, Evidence> argumentEvidence)
			throws SQLException {
		return new Statement(rs.getLong("id"), rs.getLong("party_id"), rs.getString("party_name"),
				date(rs, "stated_on"), DatePrecision.valueOf(rs.getString("stated_on_precision")),
				Stance.valueOf(rs.getString("stance")), rs.getString("condition"), nullableLong(rs, "speaker_id"),
				rs.getString("speaker_name"), rs.getString("speaker_title"), rs.getString("quote"),
				rs.getString("note"), nullableLong(rs, "round_id"), rs.getString("round_title"), evidence,
				PositionArguments.arguments(rs.getString("arguments"), argumentEvidence),
				PositionArguments.preconditions(rs.getString("preconditions")));
	}

	private static RoundAppearance appearance(ResultSet rs, Evidence evidence) throws SQLException {
		return new RoundAppearance(rs.getLong("id"), rs.getString("title"), rs.getString("place"),
				date(rs, "starts_on"), date(rs, "ends_on"), RoundOutcome.valueOf(rs.getString("outcome")),
				nullableLong(rs, "introduced_by_party_id"), rs.getString("introduced_by_name"), rs.getString("note"),
				evidence);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	/** One citation link: the kind of claim, its id, the citation and its bearing. */
	private record Link(String kind, long claimId, long citationId, Bearing bearing) {
	}

	/** The facets query's rows, sorted by kind. */
	private static final class Facets {

		private final List<Point> points = new ArrayList<>();

		private final List<Reference> proposers = new ArrayList<>();

		private final List<Reference> topics = new ArrayList<>();

		private final List<Reference> regions = new ArrayList<>();

		private final Map<Long, Reference> parties = new LinkedHashMap<>();

		private final List<Reference> conditioned = new ArrayList<>();

		void add(ResultSet rs) throws SQLException {
			long id = rs.getLong("id");
			String name = rs.getString("name");
			String detail = rs.getString("detail");
			switch (rs.getString("kind")) {
				case "point" -> this.points.add(new Point(rs.getInt("ordinal") + 1, name, detail));
				case "proposer" -> this.proposers.add(new Reference(id, name, null));
				case "topic" -> this.topics.add(new Reference(id, name, null));
				case "region" -> this.regions.add(new Reference(id, name, detail));
				case "party" -> this.parties.put(id, new Reference(id, name, detail));
				case "conditioned" -> this.conditioned.add(new Reference(id, name, detail));
				default -> throw new IllegalStateException("unexpected facet " + rs.getString("kind"));
			}
		}

	}

}
