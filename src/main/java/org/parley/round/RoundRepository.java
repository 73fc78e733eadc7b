package org.parley.round;

import org.springframework.data.domain.Limit;
import java.util.List;
import java.util.Optional;

import org.parley.negotiation.Negotiation;
import org.parley.proposal.Proposal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<Round, Long> {

	Optional<Round> findByNegotiationAndSlug(Negotiation negotiation, String slug);

	List<Round> findByNegotiationOrderByStartsOnAscIdAsc(Negotiation negotiation);

	List<Round> findAllByOrderByStartsOnDescIdDesc();

	/**
	 * The rounds at which a proposal was discussed, earliest first.
	 * @param proposal the proposal
	 * @return its round entries, with their rounds fetched
	 */
	@Query("select rp from RoundProposal rp join fetch rp.round r where rp.proposal = :proposal order by r.startsOn, r.id")
	List<RoundProposal> findAppearancesOf(Proposal proposal);

	@Query("select new org.parley.round.RoundSummary(r.id, r.negotiation.id, r.title, r.place, r.startsOn, r.endsOn, "
			+ "r.format, r.outcome) from Round r order by r.startsOn desc, r.id desc")
	List<RoundSummary> findLatestSummaries(Limit limit);

}
