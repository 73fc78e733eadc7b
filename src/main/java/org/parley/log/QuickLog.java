package org.parley.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.parley.log.QuickLogEntry.DelegateItem;
import org.parley.log.QuickLogEntry.PositionItem;
import org.parley.log.QuickLogEntry.ProposalItem;
import org.parley.log.QuickLogEntry.Report;
import org.parley.log.QuickLogEntry.RoundPart;
import org.parley.log.QuickLogRejectedException.Problem;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonDetails;
import org.parley.person.PersonEditing;
import org.parley.person.PersonRepository;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionRepository;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.round.Round;
import org.parley.round.RoundRepository;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.Cited;
import org.parley.source.CitationRepository;
import org.parley.source.Source;
import org.parley.source.SourceKind;
import org.parley.source.SourceRepository;
import org.parley.source.SourceStatus;
import org.parley.topic.TopicRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs a round from one report: the citation (and, when the editor names one, a new
 * source that waits for an admin, and the report it came via), the round, its delegates
 * (people on record or new ones), the proposals it discussed and the positions reported,
 * each cited to the report as supporting it. One transaction: when anything fails,
 * nothing is written.
 */
@Service
public class QuickLog {

	private final SourceRepository sources;

	private final CitationRepository citations;

	private final NegotiationRepository negotiations;

	private final RoundRepository rounds;

	private final ProposalRepository proposals;

	private final PositionRepository positions;

	private final PartyRepository parties;

	private final PersonRepository people;

	private final PersonEditing personEditing;

	private final SlugClaims slugClaims;

	private final TopicRepository topics;

	QuickLog(TopicRepository topics, SourceRepository sources, CitationRepository citations,
			NegotiationRepository negotiations, RoundRepository rounds, ProposalRepository proposals,
			PositionRepository positions, PartyRepository parties, PersonRepository people, PersonEditing personEditing,
			SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.topics = topics;
		this.sources = sources;
		this.citations = citations;
		this.negotiations = negotiations;
		this.rounds = rounds;
		this.proposals = proposals;
		this.positions = positions;
		this.parties = parties;
		this.people = people;
		this.personEditing = personEditing;
	}

	/**
	 * What is wrong with the records a log names, without writing anything: unknown ids,
	 * retired sources, proposals of another negotiation, a new source's name taken,
	 * positions about a proposal row the log does not have, a delegate named twice.
	 * @param entry the log
	 * @return the problems, each with its field; empty when the log may be recorded
	 */
	@Transactional(readOnly = true)
	public List<Problem> check(QuickLogEntry entry) {
		List<Problem> problems = new ArrayList<>();
		Report report = entry.report();
		if (report.sourceId() != null) {
			Optional<Source> source = this.sources.findById(report.sourceId());
			if (source.isEmpty()) {
				problems.add(new Problem("report.sourceId", "log.form.sourceId.unknown"));
			}
			else if (source.get().getStatus() == SourceStatus.RETIRED) {
				problems.add(new Problem("report.sourceId", "log.form.sourceId.retired"));
			}
		}
		else if (report.newSourceName() != null
				&& this.sources.findBySlug(Slugs.of(report.newSourceName(), "source")).isPresent()) {
			problems.add(new Problem("report.newSourceName", "log.form.newSourceName.taken"));
		}
		if (report.viaCitationId() != null && !this.citations.existsById(report.viaCitationId())) {
			problems.add(new Problem("viaCitationId", "log.form.viaCitationId.unknown"));
		}
		RoundPart round = entry.round();
		Long negotiationId = round.negotiationId();
		if (!this.negotiations.existsById(negotiationId)) {
			problems.add(new Problem("round.negotiationId", "log.form.negotiationId.unknown"));
		}
		if (round.mediatorId() != null && !this.parties.existsById(round.mediatorId())) {
			problems.add(new Problem("round.mediatorId", "log.form.party.unknown"));
		}
		if (round.partyIds().stream().anyMatch((id) -> id == null || !this.parties.existsById(id))) {
			problems.add(new Problem("round.partyIds", "log.form.partyIds.unknown"));
		}
		Set<Integer> rows = new HashSet<>();
		for (ProposalItem item : entry.proposals()) {
			rows.add(item.row());
			String prefix = "proposals[" + item.row() + "].";
			if (item.proposalId() != null) {
				checkProposal(item.proposalId(), negotiationId, prefix + "proposalId", problems);
			}
			if (item.introducedById() != null && !this.parties.existsById(item.introducedById())) {
				problems.add(new Problem(prefix + "introducedById", "log.form.party.unknown"));
			}
			if (this.topics.countByIdIn(item.topicIds()) != item.topicIds().size()) {
				problems.add(new Problem(prefix + "topicIds", "log.form.proposal.topicIds.unknown"));
			}
		}
		Set<Integer> newPeople = new HashSet<>();
		entry.delegates()
			.stream()
			.filter((delegate) -> delegate.personId() == null)
			.forEach((delegate) -> newPeople.add(delegate.row()));
		for (PositionItem item : entry.positions()) {
			String prefix = "positions[" + item.row() + "].";
			if (!this.parties.existsById(item.partyId())) {
				problems.add(new Problem(prefix + "partyId", "log.form.party.unknown"));
			}
			if (item.proposalRow() != null) {
				if (!rows.contains(item.proposalRow())) {
					problems.add(new Problem(prefix + "proposal", "log.form.position.proposal.emptyRow"));
				}
			}
			else if (item.proposalId() != null) {
				checkProposal(item.proposalId(), negotiationId, prefix + "proposal", problems);
			}
			else {
				problems.add(new Problem(prefix + "proposal", "log.form.position.proposal.required"));
			}
			if (item.speakerId() != null && !this.people.existsById(item.speakerId())) {
				problems.add(new Problem(prefix + "speakerId", "log.form.person.unknown"));
			}
			if (item.speakerRow() != null && !newPeople.contains(item.speakerRow())) {
				problems.add(new Problem(prefix + "speakerDelegate", "log.form.position.speakerDelegate.unknown"));
			}
		}
		checkDelegates(entry.delegates(), problems);
		return problems;
	}

	private void checkDelegates(List<DelegateItem> delegates, List<Problem> problems) {
		Set<Long> people = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (DelegateItem item : delegates) {
			String prefix = "delegates[" + item.row() + "].";
			if (item.personId() != null) {
				if (!this.people.existsById(item.personId())) {
					problems.add(new Problem(prefix + "personId", "log.form.person.unknown"));
				}
				else if (!people.add(item.personId())) {
					problems.add(new Problem(prefix + "personId", "log.form.delegate.twice"));
				}
			}
			else if (item.fullName() != null && !names.add(item.fullName().toLowerCase(java.util.Locale.ROOT))) {
				problems.add(new Problem(prefix + "fullName", "log.form.delegate.twice"));
			}
			if (item.personId() == null && item.partyId() != null && !this.parties.existsById(item.partyId())) {
				problems.add(new Problem(prefix + "partyId", "log.form.party.unknown"));
			}
		}
	}

	private void checkProposal(long id, Long negotiationId, String field, List<Problem> problems) {
		Optional<Proposal> proposal = this.proposals.findById(id);
		if (proposal.isEmpty()) {
			problems.add(new Problem(field, "log.form.proposal.unknown"));
		}
		else if (!proposal.get().getNegotiation().getId().equals(negotiationId)) {
			problems.add(new Problem(field, "log.form.proposal.otherNegotiation"));
		}
	}

	/**
	 * Records the log: everything or, when anything fails, nothing. Each step is flushed
	 * as it is made, so the database's own checks run before the next.
	 * @param entry the log
	 * @return the new round
	 * @throws QuickLogRejectedException when a record it names is not (or no longer)
	 * there or does not fit
	 * @throws IllegalArgumentException when a value breaks a record's rule
	 */
	@Transactional
	public Round record(QuickLogEntry entry) {
		return log(entry, null).round();
	}

	/** A log recorded, and what it created, to undo it by. */
	public record Logged(Round round, LoggedRecords records) {
	}

	/**
	 * Records the log as {@link #record} does, noting what it created so that
	 * {@link #undo} can remove it again.
	 * @param editor who logs it
	 */
	@Transactional
	public Logged log(QuickLogEntry entry, String editor) {
		Map<String, Map<Long, Object>> made = new HashMap<>();
		Round round = write(entry, made);
		this.positions.flush();
		Map<String, Map<Long, Long>> versions = new HashMap<>();
		made.forEach((kind, records) -> {
			Map<Long, Long> byId = new java.util.LinkedHashMap<>();
			records.forEach((id, entity) -> byId.put(id, ((org.parley.shared.BaseEntity) entity).getVersion()));
			versions.put(kind, byId);
		});
		return new Logged(round, new LoggedRecords(editor, java.time.Instant.now(), round.getId(), versions));
	}

	/**
	 * Removes everything one log created, in one transaction, each record through its
	 * repository so the audit trail records the removal.
	 * @throws QuickLogUndoRefusedException if anything it created was changed since, or
	 * is now referred to by something else; then nothing is removed
	 */
	@Transactional(rollbackFor = QuickLogUndoRefusedException.class)
	public void undo(LoggedRecords logged) {
		for (String kind : LoggedRecords.KINDS) {
			logged.created().get(kind).forEach((id, version) -> remove(kind, id, version));
		}
	}

	private void remove(String kind, long id, long version) {
		org.springframework.data.jpa.repository.JpaRepository<? extends org.parley.shared.BaseEntity, Long> repository = switch (kind) {
			case "Position" -> this.positions;
			case "Round" -> this.rounds;
			case "Proposal" -> this.proposals;
			case "Person" -> this.people;
			case "Citation" -> this.citations;
			default -> this.sources;
		};
		org.parley.shared.BaseEntity entity = repository.findById(id)
			.orElseThrow(() -> new QuickLogUndoRefusedException(kind, id, null));
		if (entity.getVersion() != version) {
			throw new QuickLogUndoRefusedException(kind, id, null);
		}
		try {
			deleteAndFlush(repository, entity);
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			throw new QuickLogUndoRefusedException(kind, id, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T extends org.parley.shared.BaseEntity> void deleteAndFlush(
			org.springframework.data.jpa.repository.JpaRepository<T, Long> repository, Object entity) {
		repository.delete((T) entity);
		repository.flush();
	}

	/**
	 * A delegate new to the record: the post typed for this round is also their title,
	 * held as of the round's first day on the log's report, so the person page says it.
	 */
	private static PersonDetails newDelegate(DelegateItem item, RoundPart round, Citation report) {
		if (item.post() == null) {
			return new PersonDetails(item.fullName(), null, null, item.partyId());
		}
		return new PersonDetails(item.fullName(), null, item.post(), item.partyId(),
				List.of(new PersonDetails.Held(null, item.post(), round.startsOn(),
						List.of(new Cited(report.getId(), Bearing.SUPPORTS)))));
	}

	private Round write(QuickLogEntry entry, Map<String, Map<Long, Object>> made) {
		List<Problem> problems = check(entry);
		if (!problems.isEmpty()) {
			throw new QuickLogRejectedException(problems);
		}
		Citation citation = this.citations.save(citation(entry.report()));
		Round round = this.rounds.save(round(entry.round(), citation));
		this.rounds.flush();
		made(made, "Citation", citation);
		if (entry.report().sourceId() == null) {
			made(made, "Source", citation.getSource());
		}
		made(made, "Round", round);

		Map<Integer, Person> delegates = new HashMap<>();
		for (DelegateItem item : entry.delegates()) {
			String prefix = "delegates[" + item.row() + "].";
			Person delegate;
			if (item.personId() != null) {
				delegate = this.people.findById(item.personId())
					.orElseThrow(rejected(prefix + "personId", "log.form.person.unknown"));
			}
			else {
				if (item.partyId() != null && !this.parties.existsById(item.partyId())) {
					throw rejected(prefix + "partyId", "log.form.party.unknown").get();
				}
				delegate = this.personEditing.create(newDelegate(item, entry.round(), citation));
				made(made, "Person", delegate);
			}
			round.addDelegate(delegate, item.post());
			delegates.put(item.row(), delegate);
		}
		this.rounds.flush();

		Map<Integer, Proposal> byRow = new HashMap<>();
		Set<String> slugs = new HashSet<>();
		for (ProposalItem item : entry.proposals()) {
			String prefix = "proposals[" + item.row() + "].";
			Proposal proposal = (item.proposalId() != null)
					? this.proposals.findById(item.proposalId())
						.orElseThrow(rejected(prefix + "proposalId", "log.form.proposal.unknown"))
					: newProposal(item, round, citation, slugs);
			Party introducedBy = (item.introducedById() != null) ? this.parties.findById(item.introducedById())
				.orElseThrow(rejected(prefix + "introducedById", "log.form.party.unknown")) : null;
			round.addProposal(proposal, introducedBy, null).cite(citation, Bearing.SUPPORTS);
			byRow.put(item.row(), proposal);
			if (item.proposalId() == null) {
				made(made, "Proposal", proposal);
			}
		}
		this.rounds.flush();

		for (PositionItem item : entry.positions()) {
			String prefix = "positions[" + item.row() + "].";
			Party party = this.parties.findById(item.partyId())
				.orElseThrow(rejected(prefix + "partyId", "log.form.party.unknown"));
			Proposal proposal = (item.proposalRow() != null) ? byRow.get(item.proposalRow())
					: this.proposals.findById(item.proposalId()).orElse(null);
			if (proposal == null) {
				throw rejected(prefix + "proposal", "log.form.proposal.unknown").get();
			}
			Person speaker = (item.speakerId() != null)
					? this.people.findById(item.speakerId())
						.orElseThrow(rejected(prefix + "speakerId", "log.form.person.unknown"))
					: (item.speakerRow() != null) ? delegates.get(item.speakerRow()) : null;
			Position position = new Position(proposal, party,
					(item.statedOn() != null) ? item.statedOn() : round.getStartsOn(),
					(item.precision() != null) ? item.precision() : DatePrecision.DAY, item.stance(), item.condition());
			position.attributeTo(speaker, item.quote());
			position.annotate(item.note());
			position.madeAt(round);
			position.cite(citation, Bearing.SUPPORTS);
			made(made, "Position", this.positions.saveAndFlush(position));
		}
		return round;
	}

	private static void made(Map<String, Map<Long, Object>> made, String kind, org.parley.shared.BaseEntity entity) {
		made.computeIfAbsent(kind, (k) -> new java.util.LinkedHashMap<>()).put(entity.getId(), entity);
	}

	private Citation citation(Report report) {
		Source source;
		if (report.sourceId() != null) {
			source = this.sources.findById(report.sourceId())
				.orElseThrow(rejected("report.sourceId", "log.form.sourceId.unknown"));
		}
		else {
			String slug = this.slugClaims.unique("source", Slugs.of(report.newSourceName(), "source"),
					(candidate) -> this.sources.findBySlug(candidate).isPresent());
			source = new Source(slug, report.newSourceName(), SourceKind.OTHER);
			// Proposed by an editor: citable, but waiting for an admin to accept and
			// grade it.
			source.suspend();
			source = this.sources.saveAndFlush(source);
		}
		Citation citation = new Citation(source, report.url(), report.headline(), report.publishedOn(),
				report.credibility());
		citation.quote(report.excerpt());
		if (report.anonymous()) {
			citation.attributeToAnonymous(report.anonymousDescription());
		}
		if (report.viaCitationId() != null) {
			citation.relay(this.citations.findById(report.viaCitationId())
				.orElseThrow(rejected("viaCitationId", "log.form.viaCitationId.unknown")));
		}
		return citation;
	}

	private Round round(RoundPart part, Citation citation) {
		Negotiation negotiation = this.negotiations.findById(part.negotiationId())
			.orElseThrow(rejected("round.negotiationId", "log.form.negotiationId.unknown"));
		String slug = this.slugClaims.unique("round", Slugs.of(part.title(), "round"),
				(candidate) -> this.rounds.findByNegotiationAndSlug(negotiation, candidate).isPresent());
		Round round = new Round(negotiation, slug, part.title(), part.startsOn(), part.endsOn(), part.format());
		round.relocate(part.place());
		round.recordOutcome(part.outcome());
		round.summarise(part.summary());
		// The mediator first, so a mediator new to the negotiation joins it as mediator.
		if (part.mediatorId() != null) {
			round.mediatedBy(this.parties.findById(part.mediatorId())
				.orElseThrow(rejected("round.mediatorId", "log.form.party.unknown")));
		}
		for (Long partyId : part.partyIds()) {
			round.addParty(
					this.parties.findById(partyId).orElseThrow(rejected("round.partyIds", "log.form.partyIds.unknown")),
					part.joining().getOrDefault(partyId, PartyRole.PARTY));
		}
		round.cite(citation, Bearing.SUPPORTS);
		return round;
	}

	private Proposal newProposal(ProposalItem item, Round round, Citation citation, Set<String> slugs) {
		Negotiation negotiation = round.getNegotiation();
		String slug = this.slugClaims.unique("proposal", Slugs.of(item.title(), "proposal"),
				(candidate) -> slugs.contains(candidate)
						|| this.proposals.findByNegotiationAndSlug(negotiation, candidate).isPresent());
		slugs.add(slug);
		Proposal proposal = new Proposal(negotiation, slug, item.title());
		proposal.summarise(item.summary());
		if (item.status() != null) {
			proposal.changeStatus(item.status());
		}
		if (item.introducedById() != null) {
			this.parties.findById(item.introducedById()).ifPresent(proposal::addProposer);
		}
		this.topics.findAllById(item.topicIds()).forEach(proposal::addTopic);
		// First reported by this report: on its date, or the round's when it has none.
		proposal.firstReported((citation.getPublishedOn() != null) ? null : round.getStartsOn(), citation);
		proposal.cite(citation, Bearing.SUPPORTS);
		return this.proposals.save(proposal);
	}

	private static Supplier<QuickLogRejectedException> rejected(String field, String code) {
		return () -> new QuickLogRejectedException(List.of(new Problem(field, code)));
	}

}
