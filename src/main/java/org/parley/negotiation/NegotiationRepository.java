package org.parley.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationRepository extends JpaRepository<Negotiation, Long> {

	Optional<Negotiation> findBySlug(String slug);

	List<Negotiation> findAllByOrderByTitleAsc();

}
