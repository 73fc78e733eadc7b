package org.parley.party;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartyRepository extends JpaRepository<Party, Long> {

	Optional<Party> findBySlug(String slug);

	List<Party> findAllByOrderByNameAsc();

}
