package org.parley.person;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	/** The person with their party loaded, for a form. */
	@EntityGraph(attributePaths = "party")
	Optional<Person> findWithPartyById(long id);

}
