package org.parley.proposal;

import org.springframework.data.domain.Limit;
import java.util.List;
import java.util.Optional;

import org.parley.negotiation.Negotiation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

	Optional<Proposal> findByNegotiationAndSlug(Negotiation negotiation, String slug);

	@Query("select new org.parley.proposal.ProposalSummary(p.id, p.negotiation.id, p.title, p.status, "
			+ "p.firstReportedOn) from Proposal p order by p.updatedAt desc, p.id desc")
	List<ProposalSummary> findSummaries(Limit limit);

}
