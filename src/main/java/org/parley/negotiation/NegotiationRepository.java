package org.parley.negotiation;

import org.springframework.data.jpa.repository.Query;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationRepository extends JpaRepository<Negotiation, Long> {

	Optional<Negotiation> findBySlug(String slug);

	List<Negotiation> findAllByOrderByTitleAsc();

	/** The negotiation with its parties loaded, for a form. */
	@Query("select distinct n from Negotiation n left join fetch n.parties np left join fetch np.party where n.id = :id")
	Optional<Negotiation> findWithPartiesById(long id);

	@Query("select new org.parley.negotiation.NegotiationSummary(n.id, n.slug, n.title, n.description) "
			+ "from Negotiation n order by n.title")
	List<NegotiationSummary> findSummaries();

}
