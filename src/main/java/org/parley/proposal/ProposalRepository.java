package org.parley.proposal;

import org.springframework.data.domain.Limit;
import java.util.List;
import java.util.Optional;

import org.parley.negotiation.Negotiation;
import org.parley.party.Party;
import org.parley.topic.Topic;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findByNegotiationAndSlug(Negotiation negotiation, String slug);

	List<Proposal> findByNegotiationOrderByTitleAsc(Negotiation negotiation);

	List<Proposal> findByNegotiationAndStatusOrderByTitleAsc(Negotiation negotiation, ProposalStatus status);

	@Query("select p from Proposal p join p.proposers proposer where proposer = :party order by p.title")
	List<Proposal> findProposedBy(Party party);

	@Query("select p from Proposal p join p.topics topic where topic = :topic order by p.title")
	List<Proposal> findByTopic(Topic topic);

	/**
	 * The incoming side of the lineage: relations whose right-hand side is the given
	 * proposal ("the joint administration EVOLVED_FROM <i>this</i>").
	 * @param proposal the related proposal
	 * @return relations pointing at it, with their owning proposals fetched
	 */
	@Query("select r from ProposalRelation r join fetch r.proposal where r.related = :proposal order by r.id")
	List<ProposalRelation> findRelationsTo(Proposal proposal);

	@Query("select new org.parley.proposal.ProposalSummary(p.id, p.negotiation.id, p.title, p.status, "
			+ "p.firstReportedOn) from Proposal p order by p.updatedAt desc, p.id desc")
	List<ProposalSummary> findSummaries(Limit limit);

}
