package org.parley.proposal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Cited;
import org.parley.topic.Region;
import org.parley.topic.RegionRepository;
import org.parley.topic.Topic;
import org.parley.topic.TopicRepository;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to proposals. Each method is one transaction; an edit or delete names
 * the version the editor saw, and is refused when the proposal changed since. A change to
 * its points, proposers, topics, regions, relations or citations counts as a change of
 * the proposal, so two editors changing only those still collide.
 */
@Service
@Transactional
public class ProposalEditing {

	/**
	 * Everything that refers to a proposal from outside it (its own points, relations,
	 * citations and classifications go with it), by plain SQL.
	 */
	static final References REFERENCES = References.of()
		.with("positions",
				"select pa.name || ' (' || p.stated_on || ')' as name from position p "
						+ "join party pa on pa.id = p.party_id where p.proposal_id = ?")
		.with("rounds",
				"select r.title as name from round_proposal rp join round r on r.id = rp.round_id "
						+ "where rp.proposal_id = ?")
		.with("arguedAbout",
				"select pa.name || ': ' || left(a.argument, 80) as name from position_argument a "
						+ "join position po on po.id = a.position_id join party pa on pa.id = po.party_id "
						+ "where a.about_proposal_id = ?")
		.with("conditionedBy",
				"select pa.name || ' (' || po.stated_on || ')' as name from position_precondition c "
						+ "join position po on po.id = c.position_id join party pa on pa.id = po.party_id "
						+ "where c.proposal_id = ?")
		.with("relatedProposals",
				"select pr.title as name from proposal_relation rel join proposal pr on pr.id = rel.proposal_id "
						+ "where rel.related_proposal_id = ?");

	/**
	 * Whether a proposal reaches another through "part of", over the stored relations
	 * except those of the proposal being edited (its form replaces them).
	 */
	private static final String REACHES_THROUGH_PART_OF = """
			with recursive reached (id) as (
			    select cast(? as bigint)
			    union
			    select r.related_proposal_id from proposal_relation r join reached on r.proposal_id = reached.id
			    where r.kind = 'PART_OF' and r.proposal_id <> ?
			)
			select exists (select 1 from reached where id = ?)
			""";

	/** What is deleted with the proposal, by kind: listed before the editor confirms. */
	static final References GOES_WITH = References.of()
		.with("citationLinks",
				"select s.name || coalesce(' · ' || c.headline, '') as name from proposal_citation l join citation c on c.id = l.citation_id join source s on s.id = c.source_id where l.proposal_id = ?")
		.with("points",
				"select coalesce(label || ' ', '') || left(text, 60) as name from proposal_point where proposal_id = ?")
		.with("relations",
				"select p.title as name from proposal_relation r join proposal p on p.id = r.related_proposal_id where r.proposal_id = ?")
		.with("proposers",
				"select p.name as name from proposal_proposer pp join party p on p.id = pp.party_id where pp.proposal_id = ?");

	private final ProposalRepository proposals;

	private final NegotiationRepository negotiations;

	private final PartyRepository parties;

	private final TopicRepository topics;

	private final RegionRepository regions;

	private final CitationRepository citations;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final SlugClaims slugClaims;

	ProposalEditing(ProposalRepository proposals, NegotiationRepository negotiations, PartyRepository parties,
			TopicRepository topics, RegionRepository regions, CitationRepository citations, EntityManager entityManager,
			JdbcTemplate jdbc, SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.proposals = proposals;
		this.negotiations = negotiations;
		this.parties = parties;
		this.topics = topics;
		this.regions = regions;
		this.citations = citations;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/** The proposal as its edit form needs it. */
	@Transactional(readOnly = true)
	public Optional<EditableProposal> find(long id) {
		return this.proposals.findById(id).map(EditableProposal::of);
	}

	/**
	 * The targets among {@code targets} that a "part of" relation from {@code self} would
	 * lead back to {@code self}, through the stored relations.
	 * @param self the proposal being edited, or {@code null} for a new one (nothing leads
	 * back to it yet)
	 * @param targets the proposals it would be part of
	 * @return those that would close a cycle
	 */
	@Transactional(readOnly = true)
	public Set<Long> partOfCycles(Long self, Collection<Long> targets) {
		Set<Long> closing = new HashSet<>();
		if (self == null) {
			return closing;
		}
		for (Long target : new HashSet<>(targets)) {
			if (Boolean.TRUE
				.equals(this.jdbc.queryForObject(REACHES_THROUGH_PART_OF, Boolean.class, target, self, self))) {
				closing.add(target);
			}
		}
		return closing;
	}

	/**
	 * Adds a proposal; its slug comes from the title, numbered if taken in the
	 * negotiation.
	 * @throws IllegalArgumentException if a record it refers to does not exist, or a
	 * relation is not allowed
	 */
	public Proposal create(ProposalDetails details) {
		Negotiation negotiation = negotiation(details.negotiationId());
		Proposal proposal = new Proposal(negotiation, slugFor(details.title(), negotiation, null), details.title());
		apply(proposal, details);
		return this.proposals.save(proposal);
	}

	/**
	 * Changes a proposal and everything it holds.
	 * @throws StaleVersionException if it changed since {@code version}
	 * @throws IllegalArgumentException if a record it refers to does not exist, or a
	 * relation is not allowed
	 */
	public Proposal update(long id, long version, ProposalDetails details) {
		Proposal proposal = current(id, version);
		ProposalDetails before = ProposalDetails.of(proposal);
		Negotiation negotiation = negotiation(details.negotiationId());
		boolean moved = !negotiation.getId().equals(before.negotiationId());
		if (moved || !details.title().equals(proposal.getTitle())) {
			String slug = slugFor(details.title(), negotiation, id);
			if (moved) {
				proposal.moveTo(negotiation, slug);
			}
			else if (!slug.equals(proposal.getSlug())) {
				proposal.changeSlug(slug);
			}
		}
		apply(proposal, details);
		try {
			this.entityManager.flush();
			if (!ProposalDetails.of(proposal).equals(before) && proposal.getVersion() == version) {
				// Only rows of its own changed: make that count against the proposal's
				// version.
				this.entityManager.lock(proposal, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
			}
		}
		catch (OptimisticLockException | StaleStateException ex) {
			throw new StaleVersionException("Proposal", id);
		}
		return proposal;
	}

	/**
	 * Deletes a proposal nothing refers to, with its points, relations and citations.
	 * @throws RecordInUseException if positions, rounds or other proposals refer to it
	 * @throws StaleVersionException if it changed since {@code version}
	 */
	public void delete(long id, long version) {
		Proposal proposal = current(id, version);
		List<Reference> references = references(id);
		if (!references.isEmpty()) {
			throw new RecordInUseException("Proposal", id, references);
		}
		this.proposals.delete(proposal);
		this.proposals.flush();
	}

	/**
	 * Whether rounds tie the proposal to its negotiation: discussed at one, or positions
	 * on it stated at one. Such a proposal stays in its negotiation, as its rounds do.
	 */
	@Transactional(readOnly = true)
	public boolean tiedToRounds(long id) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject(
				"select exists (select 1 from round_proposal where proposal_id = ?) "
						+ "or exists (select 1 from position where proposal_id = ? and round_id is not null)",
				Boolean.class, id, id));
	}

	/** What refers to the proposal, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> references(long id) {
		return REFERENCES.find(this.jdbc, id);
	}

	private void apply(Proposal proposal, ProposalDetails details) {
		proposal.retitle(details.title());
		proposal.summarise(details.summary());
		proposal.changeStatus(details.status());
		proposal.disclose(details.disclosure());
		Citation firstReport = (details.firstReportedCitationId() != null)
				? this.citations.findById(details.firstReportedCitationId())
					.orElseThrow(
							() -> new IllegalArgumentException("no citation #" + details.firstReportedCitationId()))
				: null;
		proposal.firstReported(details.firstReportedOn(), firstReport);
		proposal.rewritePoints(details.points());
		syncProposers(proposal, details.proposerIds());
		syncTopics(proposal, details.topicIds());
		syncRegions(proposal, details.regionIds());
		syncRelations(proposal, details.relations());
		syncCitations(proposal, details.citations());
	}

	private void syncProposers(Proposal proposal, List<Long> wanted) {
		for (Party party : List.copyOf(proposal.getProposers())) {
			if (!wanted.contains(party.getId())) {
				proposal.removeProposer(party);
			}
		}
		Set<Long> present = ids(proposal.getProposers().stream().map(Party::getId).toList());
		for (Long id : wanted) {
			if (!present.contains(id)) {
				proposal.addProposer(
						this.parties.findById(id).orElseThrow(() -> new IllegalArgumentException("no party #" + id)));
			}
		}
	}

	private void syncTopics(Proposal proposal, List<Long> wanted) {
		for (Topic topic : List.copyOf(proposal.getTopics())) {
			if (!wanted.contains(topic.getId())) {
				proposal.removeTopic(topic);
			}
		}
		Set<Long> present = ids(proposal.getTopics().stream().map(Topic::getId).toList());
		for (Long id : wanted) {
			if (!present.contains(id)) {
				proposal.addTopic(
						this.topics.findById(id).orElseThrow(() -> new IllegalArgumentException("no topic #" + id)));
			}
		}
	}

	private void syncRegions(Proposal proposal, List<Long> wanted) {
		for (Region region : List.copyOf(proposal.getRegions())) {
			if (!wanted.contains(region.getId())) {
				proposal.removeRegion(region);
			}
		}
		Set<Long> present = ids(proposal.getRegions().stream().map(Region::getId).toList());
		for (Long id : wanted) {
			if (!present.contains(id)) {
				proposal.addRegion(
						this.regions.findById(id).orElseThrow(() -> new IllegalArgumentException("no region #" + id)));
			}
		}
	}

	private void syncRelations(Proposal proposal, List<ProposalDetails.Link> wanted) {
		for (ProposalRelation relation : List.copyOf(proposal.getRelations())) {
			if (wanted.stream().noneMatch((link) -> link.same(relation))) {
				proposal.removeRelation(relation.getKind(), relation.getRelated());
			}
		}
		Map<Long, Citation> cited = this.citations
			.findAllById(wanted.stream().flatMap((link) -> link.citations().stream()).map(Cited::citationId).toList())
			.stream()
			.collect(Collectors.toMap(Citation::getId, (citation) -> citation));
		Set<Long> partOf = new HashSet<>();
		for (ProposalDetails.Link link : wanted) {
			if (link.kind() == RelationKind.PART_OF) {
				partOf.add(link.targetId());
			}
			Optional<ProposalRelation> present = proposal.getRelations()
				.stream()
				.filter((relation) -> link.same(relation))
				.findFirst();
			ProposalRelation relation = present.orElseGet(() -> {
				Proposal target = this.proposals.findById(link.targetId())
					.orElseThrow(() -> new IllegalArgumentException("no proposal #" + link.targetId()));
				return proposal.addRelation(link.kind(), target, link.note());
			});
			relation.annotate(link.note());
			relation.recite(link.citations(), cited);
		}
		if (!partOfCycles(proposal.getId(), partOf).isEmpty()) {
			throw new IllegalArgumentException("a proposal cannot be part of itself, even through others");
		}
	}

	private void syncCitations(Proposal proposal, List<ProposalDetails.Cited> wanted) {
		Set<Long> wantedIds = ids(wanted.stream().map(ProposalDetails.Cited::citationId).toList());
		for (ProposalCitation link : List.copyOf(proposal.getCitations())) {
			if (!wantedIds.contains(link.getCitation().getId())) {
				proposal.uncite(link.getCitation());
			}
		}
		for (ProposalDetails.Cited cited : wanted) {
			Optional<ProposalCitation> present = proposal.getCitations()
				.stream()
				.filter((link) -> link.getCitation().getId().equals(cited.citationId()))
				.findFirst();
			if (present.isPresent()) {
				if (present.get().getBearing() != cited.bearing()) {
					proposal.cite(present.get().getCitation(), cited.bearing());
				}
			}
			else {
				proposal.cite(
						this.citations.findById(cited.citationId())
							.orElseThrow(() -> new IllegalArgumentException("no citation #" + cited.citationId())),
						cited.bearing());
			}
		}
	}

	private static Set<Long> ids(Collection<Long> ids) {
		return new HashSet<>(ids);
	}

	private Negotiation negotiation(long id) {
		return this.negotiations.findById(id).orElseThrow(() -> new IllegalArgumentException("no negotiation #" + id));
	}

	private String slugFor(String title, Negotiation negotiation, Long self) {
		return this.slugClaims.unique("proposal", Slugs.of(title, "proposal"),
				(candidate) -> this.proposals.findByNegotiationAndSlug(negotiation, candidate)
					.filter((other) -> !other.getId().equals(self))
					.isPresent());
	}

	/**
	 * The proposal at the version the editor saw, its row locked until the end of the
	 * transaction: its points and relations are written only under that lock, so two
	 * saves of one proposal queue up instead of deadlocking on its points, and the second
	 * finds the version changed.
	 */
	private Proposal current(long id, long version) {
		Proposal proposal = this.proposals.findById(id).orElseThrow(() -> new StaleVersionException("Proposal", id));
		if (proposal.getVersion() != version) {
			throw new StaleVersionException("Proposal", id);
		}
		try {
			this.entityManager.lock(proposal, LockModeType.PESSIMISTIC_WRITE);
		}
		catch (OptimisticLockException | StaleStateException ex) {
			throw new StaleVersionException("Proposal", id);
		}
		return proposal;
	}

	/** What would be deleted with the proposal, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> goesWith(long id) {
		return GOES_WITH.find(this.jdbc, id);
	}

}
