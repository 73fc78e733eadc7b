package org.parley.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;
import org.parley.audit.Change;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;
import org.parley.source.Citation;
import org.parley.source.CitationRepository;
import org.parley.source.Cited;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors and admins do to topics: add one, rename one, merge a duplicate into the
 * topic to keep. Each method is one transaction; a rename or merge names the version the
 * admin saw, and is refused when the topic changed since. No two topics share a name,
 * whatever the case: names are checked one writer at a time ({@link SlugClaims}).
 */
@Service
@Transactional
public class TopicEditing {

	static final String KIND = "topic";

	/** What is said about a topic merged away: it moves to the one kept. */
	private static final References CLAIMS_MOVING = References.of()
		.with("mergeClaimsMove", "select left(claim, 80) as name from topic_claim where topic_id = ? order by id");

	private final TopicRepository topics;

	private final SlugClaims slugClaims;

	private final ProposalLinks links;

	private final RecordLocks locks;

	private final AuditTrail audit;

	private final PartyRepository parties;

	private final CitationRepository citations;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	TopicEditing(TopicRepository topics, SlugClaims slugClaims, ProposalLinks links, RecordLocks locks,
			AuditTrail audit, PartyRepository parties, CitationRepository citations, EntityManager entityManager,
			JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.parties = parties;
		this.citations = citations;
		this.entityManager = entityManager;
		this.topics = topics;
		this.slugClaims = slugClaims;
		this.links = links;
		this.locks = locks;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<Topic> find(long id) {
		return this.topics.findById(id);
	}

	/**
	 * Adds a topic; its slug comes from the name, numbered if taken.
	 * @throws NameTakenException if a topic has that name already
	 */
	public Topic create(TopicDetails details) {
		String slug = this.slugClaims.unique(KIND, Slugs.of(details.name(), KIND),
				(candidate) -> this.topics.findBySlug(candidate).isPresent());
		// Under the claim: a topic of this name saved meanwhile is seen.
		refuseTakenName(details.name(), null);
		Topic topic = new Topic(slug, details.name());
		topic.describe(details.description());
		syncClaims(topic, details.claims());
		return this.topics.save(topic);
	}

	/**
	 * Renames and describes a topic; its slug stays, so links keep working.
	 * @throws StaleVersionException if the topic changed since {@code version}
	 * @throws NameTakenException if another topic has that name
	 */
	public Topic update(long id, long version, TopicDetails details) {
		Topic topic = current(id, version);
		this.slugClaims.hold(KIND);
		refuseTakenName(details.name(), id);
		TopicDetails before = TopicDetails.of(topic);
		topic.rename(details.name());
		topic.describe(details.description());
		syncClaims(topic, details.claims());
		this.entityManager.flush();
		if (!TopicDetails.of(topic).equals(before) && topic.getVersion() == version) {
			// Only its claims changed: make that count against the topic's version.
			this.entityManager.lock(topic, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
		}
		return topic;
	}

	/** The topic as an editor sets it, with its claims. */
	@Transactional(readOnly = true)
	public Optional<TopicDetails> details(long id) {
		return this.topics.findById(id).map(TopicDetails::of);
	}

	/**
	 * Makes the topic's claims those wanted: a claim with the id of a stored one corrects
	 * it, one without is added, a stored one not named goes.
	 * @throws IllegalArgumentException if a party or report named does not exist
	 */
	private void syncClaims(Topic topic, List<TopicDetails.Claim> wanted) {
		List<Long> kept = wanted.stream().map(TopicDetails.Claim::id).filter((id) -> id != null).toList();
		for (TopicClaim claim : List.copyOf(topic.getClaims())) {
			if (!kept.contains(claim.getId())) {
				topic.removeClaim(claim);
			}
		}
		Map<Long, Citation> cited = new LinkedHashMap<>();
		this.citations
			.findAllById(wanted.stream().flatMap((claim) -> claim.citations().stream()).map(Cited::citationId).toList())
			.forEach((citation) -> cited.put(citation.getId(), citation));
		for (TopicDetails.Claim wish : wanted) {
			TopicClaim claim = topic.getClaims()
				.stream()
				.filter((stored) -> wish.id() != null && wish.id().equals(stored.getId()))
				.findFirst()
				.orElseGet(() -> topic.addClaim(wish.claim()));
			claim.restate(wish.claim(), party(wish.partyId()), wish.statedOn());
			claim.recite(wish.citations(), cited);
		}
	}

	private Party party(Long id) {
		return (id == null) ? null
				: this.parties.findById(id).orElseThrow(() -> new IllegalArgumentException("no party #" + id));
	}

	/** What merging one topic into another would move, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> whatMerging(long mergedId, long keptId) {
		List<Reference> moves = new java.util.ArrayList<>(
				this.links.whatMoves(ProposalLinks.Kind.TOPICS, mergedId, keptId));
		moves.addAll(CLAIMS_MOVING.find(this.jdbc, mergedId));
		return moves;
	}

	/**
	 * Merges a duplicate into the topic to keep, in one transaction: every proposal on
	 * the duplicate is on the one kept (once), and the duplicate is deleted; its history
	 * stays in the audit trail, with the merge recorded on the one kept.
	 * @param mergedId the topic that goes
	 * @param version its version as the admin saw it
	 * @param keptId the topic that stays
	 * @return what moved
	 * @throws MergeRefusedException if the two are one, or the one to keep is gone
	 * @throws StaleVersionException if the duplicate changed since {@code version}
	 */
	public MergeOutcome merge(long mergedId, long version, long keptId) {
		if (mergedId == keptId) {
			throw new MergeRefusedException(MergeRefusedException.Reason.SAME);
		}
		// Proposals first, then the two topics: an editor saving a proposal holds it
		// before the topics it links, so the merge takes them in that order too.
		this.links.lock(ProposalLinks.Kind.TOPICS, mergedId);
		this.locks.lockPair(KIND, mergedId, keptId);
		Topic merged = current(mergedId, version);
		Topic kept = this.topics.findById(keptId)
			.orElseThrow(() -> new MergeRefusedException(MergeRefusedException.Reason.GONE));
		String detail = "Merged topic “" + merged.getName() + "” (#" + mergedId + ") into “" + kept.getName() + "” (#"
				+ keptId + ")";
		int proposals = this.links.move(ProposalLinks.Kind.TOPICS, mergedId, keptId, detail);
		// Its claims stay claims about the issue: they move before the duplicate goes.
		int claims = this.jdbc.update("update topic_claim set topic_id = ? where topic_id = ?", keptId, mergedId);
		// Arguments about it are about the one kept.
		this.jdbc.update("update position_argument set about_topic_id = ? where about_topic_id = ?", keptId, mergedId);
		this.topics.delete(merged);
		this.topics.flush();
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("mergedFrom", Change.of(null, merged.getName() + " (#" + mergedId + ")"));
		changes.put("proposalsMoved", Change.of(null, String.valueOf(proposals)));
		if (claims > 0) {
			changes.put("claimsMoved", Change.of(null, String.valueOf(claims)));
		}
		this.audit.record(AuditAction.MERGE, "Topic", keptId, changes, detail + "; " + proposals + " proposal(s)");
		return new MergeOutcome(proposals, 0);
	}

	private void refuseTakenName(String name, Long self) {
		this.topics.findByNameIgnoringCase(name.strip())
			.stream()
			.filter((topic) -> !topic.getId().equals(self))
			.findFirst()
			.ifPresent((topic) -> {
				throw new NameTakenException("Topic", topic.getId(), topic.getName());
			});
	}

	private Topic current(long id, long version) {
		Topic topic = this.topics.findById(id).orElseThrow(() -> new StaleVersionException("Topic", id));
		if (topic.getVersion() != version) {
			throw new StaleVersionException("Topic", id);
		}
		return topic;
	}

}
