package org.parley.round;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonRepository;
import org.parley.person.PersonTitle;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalRepository;
import org.parley.shared.BaseEntity;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to rounds. Each method is one transaction, so a round is saved with the
 * people and proposals created inline for it, or nothing is. An edit or delete names the
 * version the editor saw and is refused when the round changed since; changing only who
 * was there, what was discussed or what is cited counts as a change of the round too.
 */
@Service
@Transactional
public class RoundEditing {

	/**
	 * What refers to a round and would stop its delete. Its parties, delegates, proposal
	 * entries and citation links are its own and go with it.
	 */
	static final References REFERENCES = References.of()
		.with("positions", "select pr.title || ' (' || pa.name || ', ' || p.stated_on || ')' as name from position p "
				+ "join proposal pr on pr.id = p.proposal_id join party pa on pa.id = p.party_id where p.round_id = ?");

	/** What is deleted with the round, by kind: listed before the editor confirms. */
	static final References GOES_WITH = References.of()
		.with("citationLinks",
				"select s.name || coalesce(' · ' || c.headline, '') as name from round_citation l join citation c on c.id = l.citation_id join source s on s.id = c.source_id where l.round_id = ?")
		.with("delegates",
				"select p.full_name as name from round_delegate d join person p on p.id = d.person_id where d.round_id = ?")
		.with("parties",
				"select p.name as name from round_party rp join party p on p.id = rp.party_id where rp.round_id = ?")
		.with("discussed",
				"select p.title as name from round_proposal rp join proposal p on p.id = rp.proposal_id where rp.round_id = ?");

	private final RoundRepository rounds;

	private final NegotiationRepository negotiations;

	private final PartyRepository parties;

	private final PersonRepository people;

	private final ProposalRepository proposals;

	private final CitationRepository citations;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final SlugClaims slugClaims;

	RoundEditing(RoundRepository rounds, NegotiationRepository negotiations, PartyRepository parties,
			PersonRepository people, ProposalRepository proposals, CitationRepository citations,
			EntityManager entityManager, JdbcTemplate jdbc, SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.rounds = rounds;
		this.negotiations = negotiations;
		this.parties = parties;
		this.people = people;
		this.proposals = proposals;
		this.citations = citations;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The round as its edit form starts from. */
	@Transactional(readOnly = true)
	public Optional<EditableRound> find(long id) {
		return this.rounds.findById(id)
			.map((round) -> new EditableRound(id, round.getVersion(), round.getTitle(),
					new RoundDetails(round.getNegotiation().getId(), round.getTitle(), round.getPlace(),
							round.getStartsOn(), round.getEndsOn(), round.getFormat(), round.getOutcome(),
							idOf(round.getMediator()), round.getParties().stream().map(Party::getId).sorted().toList(),
							Map.of(),
							round.getDelegates()
								.stream()
								.map((person) -> RoundDetails.Delegate.existing(person.getId(), round.postOf(person)))
								.toList(),
							round.getProposals()
								.stream()
								.map((entry) -> new RoundDetails.Discussed(entry.getProposal().getId(), null,
										idOf(entry.getIntroducedBy()), entry.getNote()))
								.toList(),
							round.getSummary(),
							round.getCitations()
								.stream()
								.map((link) -> new RoundDetails.Cited(link.getCitation().getId(), link.getBearing()))
								.toList())));
	}

	// --- what the form's choices name, each kind in one statement

	@Transactional(readOnly = true)
	public boolean negotiationExists(long id) {
		return this.negotiations.existsById(id);
	}

	/** Those of the ids that name a party. */
	@Transactional(readOnly = true)
	public Set<Long> existingParties(Collection<Long> ids) {
		return existing("party", ids);
	}

	/**
	 * The parties among the ids not yet in the negotiation, by name: those a round of it
	 * would bring in.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> newToNegotiation(long negotiationId, Collection<Long> partyIds) {
		Long[] wanted = partyIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
		Map<Long, String> newcomers = new LinkedHashMap<>();
		if (wanted.length > 0) {
			this.jdbc.query("""
					select p.id, p.name from party p where p.id = any(?) and not exists
					    (select 1 from negotiation_party np where np.negotiation_id = ? and np.party_id = p.id)
					order by p.name, p.id
					""", (rs) -> {
				newcomers.put(rs.getLong("id"), rs.getString("name"));
			}, wanted, negotiationId);
		}
		return newcomers;
	}

	/** Those of the ids that name a person. */
	@Transactional(readOnly = true)
	public Set<Long> existingPeople(Collection<Long> ids) {
		return existing("person", ids);
	}

	/** The negotiation of each of the ids that names a proposal. */
	@Transactional(readOnly = true)
	public Map<Long, Long> proposalNegotiations(Collection<Long> ids) {
		Map<Long, Long> found = new HashMap<>();
		Long[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
		if (wanted.length > 0) {
			this.jdbc.query("select id, negotiation_id from proposal where id = any(?)",
					(RowCallbackHandler) (rs) -> found.put(rs.getLong(1), rs.getLong(2)), (Object) wanted);
		}
		return found;
	}

	private Set<Long> existing(String table, Collection<Long> ids) {
		Long[] wanted = ids.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
		if (wanted.length == 0) {
			return Set.of();
		}
		return new HashSet<>(
				this.jdbc.queryForList("select id from " + table + " where id = any(?)", Long.class, (Object) wanted));
	}

	// --- writes

	/**
	 * Adds a round with the people and proposals created for it; the slug comes from the
	 * title, numbered if the negotiation has it already.
	 * @throws IllegalArgumentException if a record named does not exist, or a proposal
	 * belongs to another negotiation
	 */
	public Round create(RoundDetails details) {
		Negotiation negotiation = negotiation(details.negotiationId());
		Round round = new Round(negotiation, slugFor(negotiation, details.title(), null), details.title(),
				details.startsOn(), details.endsOn(), details.format());
		apply(round, details);
		return this.rounds.save(round);
	}

	/**
	 * Changes a round and what belongs to it.
	 * @throws StaleVersionException if it changed since {@code version}
	 * @throws IllegalArgumentException if a record named does not exist, or a proposal
	 * belongs to another negotiation
	 */
	public Round update(long id, long version, RoundDetails details) {
		Round round = current(id, version);
		List<Object> rowsBefore = rows(round);
		boolean moved = !round.getNegotiation().getId().equals(details.negotiationId());
		if (moved || !round.getTitle().equals(details.title())) {
			Negotiation negotiation = moved ? negotiation(details.negotiationId()) : round.getNegotiation();
			String slug = slugFor(negotiation, details.title(), id);
			if (moved) {
				// Proposals of the old negotiation cannot stay: drop them before moving.
				Set<Long> kept = discussedIds(details);
				for (RoundProposal entry : List.copyOf(round.getProposals())) {
					if (!kept.contains(entry.getProposal().getId())) {
						round.removeProposal(entry.getProposal());
					}
				}
				round.moveTo(negotiation, slug);
			}
			else if (!slug.equals(round.getSlug())) {
				round.changeSlug(slug);
			}
		}
		round.retitle(details.title());
		round.reschedule(details.startsOn(), details.endsOn());
		round.changeFormat(details.format());
		apply(round, details);
		if (!rowsBefore.equals(rows(round))) {
			// The rows live in their own tables: make the change count against the
			// round's
			// version, so two editors changing only rows still collide.
			try {
				this.entityManager.lock(round, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
			catch (OptimisticLockException ex) {
				throw new StaleVersionException("Round", id);
			}
		}
		return round;
	}

	/**
	 * Deletes a round nothing refers to, with its parties, delegates, proposal entries
	 * and citation links; the audit trail keeps its history.
	 * @throws RecordInUseException if positions were stated at it
	 * @throws StaleVersionException if it changed since {@code version}
	 */
	public void delete(long id, long version) {
		Round round = current(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Round", id, references);
		}
		this.rounds.delete(round);
		this.rounds.flush();
	}

	/** What refers to the round, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	private void apply(Round round, RoundDetails details) {
		round.relocate(details.place());
		round.recordOutcome(details.outcome());
		round.summarise(details.summary());
		Party mediator = (details.mediatorId() != null) ? party(details.mediatorId()) : null;

		Set<Long> wantedParties = new LinkedHashSet<>(details.partyIds());
		if (mediator != null) {
			wantedParties.add(mediator.getId());
		}
		for (Party party : List.copyOf(round.getParties())) {
			if (!wantedParties.contains(party.getId())) {
				round.removeParty(party);
			}
		}
		// The mediator first, so a mediator new to the negotiation joins it as mediator.
		round.mediatedBy(mediator);
		Set<Long> present = ids(round.getParties());
		for (Long partyId : wantedParties) {
			if (!present.contains(partyId)) {
				round.addParty(party(partyId), details.joining().getOrDefault(partyId, PartyRole.PARTY));
			}
		}

		Map<Long, String> wantedPeople = new LinkedHashMap<>();
		Map<Person, String> newPeople = new LinkedHashMap<>();
		for (RoundDetails.Delegate delegate : details.delegates()) {
			if (delegate.personId() != null) {
				wantedPeople.put(delegate.personId(), delegate.post());
			}
			else {
				newPeople.put(newPerson(delegate, details), delegate.post());
			}
		}
		for (Person person : List.copyOf(round.getDelegates())) {
			if (person.getId() != null && !wantedPeople.containsKey(person.getId())) {
				round.removeDelegate(person);
			}
		}
		Map<Long, Person> attending = new HashMap<>();
		round.getDelegates().forEach((person) -> attending.put(person.getId(), person));
		wantedPeople
			.forEach((personId, post) -> round.addDelegate(attending.computeIfAbsent(personId, this::person), post));
		newPeople.forEach(round::addDelegate);

		Set<Long> kept = discussedIds(details);
		for (RoundProposal entry : List.copyOf(round.getProposals())) {
			if (entry.getProposal().getId() != null && !kept.contains(entry.getProposal().getId())) {
				round.removeProposal(entry.getProposal());
			}
		}
		for (RoundDetails.Discussed discussed : details.proposals()) {
			Party introducedBy = (discussed.introducedById() != null) ? party(discussed.introducedById()) : null;
			Proposal proposal = (discussed.proposalId() != null) ? proposal(discussed.proposalId())
					: newProposal(round.getNegotiation(), discussed.title());
			Optional<RoundProposal> entry = round.proposalEntry(proposal);
			if (entry.isPresent()) {
				entry.get().attributeTo(introducedBy);
				entry.get().annotate(discussed.note());
			}
			else {
				round.addProposal(proposal, introducedBy, discussed.note());
			}
		}

		Set<Long> cited = new HashSet<>();
		details.citations().forEach((c) -> cited.add(c.citationId()));
		for (RoundCitation link : List.copyOf(round.getCitations())) {
			if (!cited.contains(link.getCitation().getId())) {
				round.uncite(link.getCitation());
			}
		}
		for (RoundDetails.Cited c : details.citations()) {
			round.cite(citation(c.citationId()), c.bearing());
		}
	}

	private Citation citation(long id) {
		return this.citations.findById(id).orElseThrow(() -> new IllegalArgumentException("no citation #" + id));
	}

	/** A fingerprint of the rows, to tell whether they changed. */
	private static List<Object> rows(Round round) {
		List<Object> rows = new ArrayList<>();
		rows.add(ids(round.getParties()));
		rows.add(new HashSet<>(round.getDelegates()));
		rows.add(round.getDelegates()
			.stream()
			.filter((p) -> round.postOf(p) != null)
			.map((p) -> p.getId() + ":" + round.postOf(p))
			.collect(java.util.stream.Collectors.toSet()));
		Set<List<Object>> discussed = new HashSet<>();
		round.getProposals()
			.forEach((entry) -> discussed
				.add(java.util.Arrays.asList(entry.getProposal(), idOf(entry.getIntroducedBy()), entry.getNote())));
		rows.add(discussed);
		Set<List<Object>> cited = new HashSet<>();
		round.getCitations()
			.forEach((link) -> cited.add(java.util.Arrays.asList(link.getCitation().getId(), link.getBearing())));
		rows.add(cited);
		// Unsaved people and proposals have no id, and equal nothing stored.
		rows.add(round.getDelegates().stream().filter((p) -> p.getId() == null).count());
		rows.add(round.getProposals().stream().filter((e) -> e.getProposal().getId() == null).count());
		return rows;
	}

	private Person person(long id) {
		return this.people.findById(id).orElseThrow(() -> new IllegalArgumentException("no person #" + id));
	}

	/**
	 * A delegate new to the record; the post typed for this round is also their title,
	 * held as of the round's first day on the round's reports, so the person page says
	 * it.
	 */
	private Person newPerson(RoundDetails.Delegate delegate, RoundDetails details) {
		String slug = this.slugClaims.unique("person", Slugs.of(delegate.fullName(), "person"),
				(candidate) -> this.people.findBySlug(candidate).isPresent());
		Person person = new Person(slug, delegate.fullName());
		person.appoint(delegate.post(), (delegate.partyId() != null) ? party(delegate.partyId()) : null);
		if (delegate.post() != null) {
			PersonTitle held = person.addTitle(delegate.post(), details.startsOn());
			details.citations()
				.stream()
				.limit(PersonTitle.MAX_CITATIONS)
				.forEach((cited) -> held.cite(citation(cited.citationId()), Bearing.SUPPORTS));
		}
		return this.people.save(person);
	}

	private Proposal newProposal(Negotiation negotiation, String title) {
		String slug = this.slugClaims.unique("proposal", Slugs.of(title, "proposal"),
				(candidate) -> this.proposals.findByNegotiationAndSlug(negotiation, candidate).isPresent());
		return this.proposals.save(new Proposal(negotiation, slug, title));
	}

	private String slugFor(Negotiation negotiation, String title, Long self) {
		return this.slugClaims.unique("round", Slugs.of(title, "round"),
				(candidate) -> this.rounds.findByNegotiationAndSlug(negotiation, candidate)
					.filter((other) -> !other.getId().equals(self))
					.isPresent());
	}

	private static Set<Long> discussedIds(RoundDetails details) {
		Set<Long> ids = new HashSet<>();
		details.proposals().stream().map(RoundDetails.Discussed::proposalId).filter(Objects::nonNull).forEach(ids::add);
		return ids;
	}

	private Negotiation negotiation(long id) {
		return this.negotiations.findById(id).orElseThrow(() -> new IllegalArgumentException("no negotiation #" + id));
	}

	private Party party(long id) {
		return this.parties.findById(id).orElseThrow(() -> new IllegalArgumentException("no party #" + id));
	}

	private Proposal proposal(long id) {
		return this.proposals.findById(id).orElseThrow(() -> new IllegalArgumentException("no proposal #" + id));
	}

	private Round current(long id, long version) {
		Round round = this.rounds.findById(id).orElseThrow(() -> new StaleVersionException("Round", id));
		if (round.getVersion() != version) {
			throw new StaleVersionException("Round", id);
		}
		return round;
	}

	private static Set<Long> ids(Collection<? extends BaseEntity> entities) {
		Set<Long> ids = new HashSet<>();
		entities.forEach((entity) -> ids.add(entity.getId()));
		return ids;
	}

	private static Long idOf(BaseEntity entity) {
		return (entity != null) ? entity.getId() : null;
	}

	/** What would be deleted with the round, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> goesWith(long id) {
		return GOES_WITH.find(this.jdbc, id);
	}

}
