package org.parley.position;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonRepository;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.StaleVersionException;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Cited;
import org.parley.topic.Topic;
import org.parley.topic.TopicRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to positions. A new statement is a new position (the time series
 * grows); correcting a mistyped record edits it, and the audit trail keeps what it said
 * before. Each method is one transaction; a correction or delete names the version the
 * editor saw.
 */
@Service
@Transactional
public class PositionEditing {

	/** What is deleted with the position, by kind: listed before the editor confirms. */
	static final References GOES_WITH = References.of()
		.with("citationLinks",
				"select s.name || coalesce(' · ' || c.headline, '') as name from position_citation l join citation c on c.id = l.citation_id join source s on s.id = c.source_id where l.position_id = ?")
		.with("arguments", "select left(a.argument, 80) as name from position_argument a where a.position_id = ?")
		.with("preconditions",
				"select p.title as name from position_precondition c join proposal p on p.id = c.proposal_id where c.position_id = ?");

	private final PositionRepository positions;

	private final ProposalRepository proposals;

	private final PartyRepository parties;

	private final PersonRepository people;

	private final CitationRepository citations;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final TopicRepository topics;

	/** A form opened at no known time: only statements of the same day are its rivals. */
	private static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

	PositionEditing(PositionRepository positions, ProposalRepository proposals, PartyRepository parties,
			PersonRepository people, CitationRepository citations, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
			TopicRepository topics) {
		this.topics = topics;
		this.jdbcTemplate = jdbcTemplate;
		this.jdbc = jdbc;
		this.positions = positions;
		this.proposals = proposals;
		this.parties = parties;
		this.people = people;
		this.citations = citations;
	}

	@Transactional(readOnly = true)
	public Optional<PositionRecord> find(long id) {
		return this.positions.findById(id).map(PositionRecord::of);
	}

	/**
	 * Whether a position may be moved to a proposal: a position made at a round stays in
	 * that round's negotiation.
	 * @param id the position
	 * @param proposalId the proposal it would be about
	 * @return false if it was made at a round of another negotiation
	 */
	/**
	 * The party's other statements on the proposal an editor should see before saving
	 * theirs: recorded since {@code openedAt}, when the editor opened the form, or stated
	 * on the same day (for a new statement: a correction only fixes a record). Two
	 * editors logging one report at once are told, instead of both saving contradicting
	 * statements.
	 * @param self the position being corrected, or {@code null} for a new one
	 */
	@Transactional(readOnly = true)
	public List<RivalStatement> rivals(long proposalId, long partyId, LocalDate statedOn, Instant openedAt, Long self) {
		return this.jdbc.sql("""
				select p.id, p.stance, p.stated_on, p.condition, p.created_at,
				  (select a.actor from audit_event a where a.entity_type = 'Position' and a.entity_id = p.id::text
				   and a.action = 'CREATE' order by a.id limit 1) as recorded_by
				from position p
				where p.proposal_id = :proposal and p.party_id = :party and p.id <> :self
				  and (p.created_at > :openedAt or (:new and p.stated_on = :statedOn))
				order by p.created_at desc, p.id desc limit 10
				""")
			.param("new", self == null)
			.param("proposal", proposalId)
			.param("party", partyId)
			.param("self", (self != null) ? self : -1L)
			.param("statedOn", statedOn)
			.param("openedAt", Timestamp.from((openedAt != null) ? openedAt : NEVER))
			.query((rs, row) -> new RivalStatement(rs.getLong("id"), Stance.valueOf(rs.getString("stance")),
					rs.getObject("stated_on", LocalDate.class), rs.getString("condition"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("recorded_by")))
			.list();
	}

	@Transactional(readOnly = true)
	public boolean fitsItsRound(long id, long proposalId) {
		Position position = this.positions.findById(id).orElse(null);
		Proposal proposal = this.proposals.findById(proposalId).orElse(null);
		if (position == null || proposal == null || position.getRound() == null) {
			return true;
		}
		return position.getRound().getNegotiation().getId().equals(proposal.getNegotiation().getId());
	}

	/**
	 * The latest position of a party on a proposal, the starting point of a new
	 * statement.
	 * @param proposalId the proposal
	 * @param partyId the party
	 * @return the current position, if the party has stated one
	 */
	@Transactional(readOnly = true)
	public Optional<PositionDetails> current(long proposalId, long partyId) {
		Optional<Proposal> proposal = this.proposals.findById(proposalId);
		Optional<Party> party = this.parties.findById(partyId);
		if (proposal.isEmpty() || party.isEmpty()) {
			return Optional.empty();
		}
		List<Position> series = this.positions.findByProposalAndPartyOrderByStatedOnAscIdAsc(proposal.get(),
				party.get());
		return series.isEmpty() ? Optional.empty() : Optional.of(PositionRecord.details(series.get(series.size() - 1)));
	}

	/**
	 * Records a new statement.
	 * @throws IllegalArgumentException if a record it names does not exist
	 */
	public Position create(PositionDetails details) {
		Position position = new Position(proposal(details.proposalId()), party(details.partyId()), details.statedOn(),
				details.precision(), details.stance(), details.condition());
		apply(position, details);
		return this.positions.save(position);
	}

	/**
	 * Corrects a record; the audit trail keeps what it said before.
	 * @throws StaleVersionException if the position changed since {@code version}
	 * @throws IllegalArgumentException if a record it names does not exist
	 */
	public Position correct(long id, long version, PositionDetails details) {
		Position position = stored(id, version);
		Set<String> citedBefore = cited(position);
		PositionDetails before = PositionRecord.details(position);
		position.reassign(proposal(details.proposalId()), party(details.partyId()));
		position.redate(details.statedOn(), details.precision());
		position.correctStance(details.stance(), details.condition());
		apply(position, details);
		PositionDetails after = PositionRecord.details(position);
		if (!citedBefore.equals(cited(position)) || !before.arguments().equals(after.arguments())
				|| !before.preconditionOf().equals(after.preconditionOf())) {
			// The links live in their own table: make the change a new version of the
			// position, so two editors changing only its citations collide.
			position.recite();
		}
		this.positions.flush();
		return position;
	}

	private static Set<String> cited(Position position) {
		return position.getCitations()
			.stream()
			.map((link) -> link.getCitation().getId() + ":" + link.getBearing())
			.collect(Collectors.toSet());
	}

	/**
	 * Deletes a record entered by mistake; its citation links go with it, the audit trail
	 * keeps it. Nothing else refers to a position.
	 * @throws StaleVersionException if the position changed since {@code version}
	 */
	public void delete(long id, long version) {
		Position position = stored(id, version);
		this.positions.delete(position);
		this.positions.flush();
	}

	private void apply(Position position, PositionDetails details) {
		Person speaker = (details.speakerId() != null) ? this.people.findById(details.speakerId())
			.orElseThrow(() -> new IllegalArgumentException("no person #" + details.speakerId())) : null;
		position.attributeTo(speaker, details.quote());
		position.annotate(details.note());
		Set<Long> wanted = details.citations()
			.stream()
			.map(PositionDetails.Cited::citationId)
			.collect(Collectors.toCollection(HashSet::new));
		Map<Long, Citation> found = this.citations.findAllById(wanted)
			.stream()
			.collect(Collectors.toMap(Citation::getId, Function.identity()));
		for (PositionCitation link : List.copyOf(position.getCitations())) {
			if (!wanted.contains(link.getCitation().getId())) {
				position.uncite(link.getCitation());
			}
		}
		for (PositionDetails.Cited cited : details.citations()) {
			Citation citation = found.get(cited.citationId());
			if (citation == null) {
				throw new IllegalArgumentException("no citation #" + cited.citationId());
			}
			position.cite(citation, cited.bearing());
		}
		if (details.arguments() != null) {
			argue(position, details.arguments());
		}
		if (details.preconditionOf() != null) {
			position.conditions(details.preconditionOf().stream().map(this::proposal).toList());
		}
	}

	/**
	 * Makes the position's arguments those wanted: one with the id of a stored one
	 * corrects it, one without is added, a stored one not named goes.
	 * @throws IllegalArgumentException if a proposal, topic or report named does not
	 * exist
	 */
	private void argue(Position position, List<PositionDetails.Argument> wanted) {
		List<Long> kept = wanted.stream().map(PositionDetails.Argument::id).filter((id) -> id != null).toList();
		for (PositionArgument argument : List.copyOf(position.getArguments())) {
			if (!kept.contains(argument.getId())) {
				position.removeArgument(argument);
			}
		}
		Map<Long, Citation> cited = this.citations.findAllById(
				wanted.stream().flatMap((argument) -> argument.citations().stream()).map(Cited::citationId).toList())
			.stream()
			.collect(Collectors.toMap(Citation::getId, Function.identity()));
		for (PositionDetails.Argument wish : wanted) {
			PositionArgument argument = position.getArguments()
				.stream()
				.filter((stored) -> wish.id() != null && wish.id().equals(stored.getId()))
				.findFirst()
				.orElseGet(() -> position.addArgument(wish.kind(), wish.argument()));
			argument.restate(wish.kind(), wish.argument(), wish.quote());
			argument.about((wish.aboutProposalId() != null) ? proposal(wish.aboutProposalId()) : null,
					(wish.aboutTopicId() != null) ? topic(wish.aboutTopicId()) : null);
			argument.recite(wish.citations(), cited);
		}
	}

	private Topic topic(long id) {
		return this.topics.findById(id).orElseThrow(() -> new IllegalArgumentException("no topic #" + id));
	}

	private Position stored(long id, long version) {
		Position position = this.positions.findById(id).orElseThrow(() -> new StaleVersionException("Position", id));
		if (position.getVersion() != version) {
			throw new StaleVersionException("Position", id);
		}

		return position;
	}

	private Proposal proposal(long id) {
		return this.proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("no proposal #" + id));
	}

	private Party party(long id) {
		return this.parties.findById(id).orElseThrow(() -> new IllegalArgumentException("no party #" + id));
	}

	/** What would be deleted with the position, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> goesWith(long id) {
		return GOES_WITH.find(this.jdbcTemplate, id);
	}

}
