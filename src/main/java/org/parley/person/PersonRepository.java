package org.parley.person;

import java.util.List;
import java.util.Optional;

import org.parley.party.Party;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonRepository extends JpaRepository<Person, Long> {

	Optional<Person> findBySlug(String slug);

	List<Person> findAllByOrderByFullNameAsc();

	List<Person> findByPartyOrderByFullNameAsc(Party party);

	/** The person with their party loaded, for a form. */
	@EntityGraph(attributePaths = "party")
	Optional<Person> findWithPartyById(long id);

}
