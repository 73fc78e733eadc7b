package org.parley.round;

import org.springframework.data.domain.Limit;
import java.util.List;
import java.util.Optional;

import org.parley.negotiation.Negotiation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RoundRepository extends JpaRepository<Round, Long> {

	Optional<Round> findByNegotiationAndSlug(Negotiation negotiation, String slug);

	@Query("select new org.parley.round.RoundSummary(r.id, r.negotiation.id, r.title, r.place, r.startsOn, r.endsOn, "
			+ "r.format, r.outcome) from Round r order by r.startsOn desc, r.id desc")
	List<RoundSummary> findLatestSummaries(Limit limit);

}
