package org.parley.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findAllByOrderByNameAsc();

	long countByIdIn(Collection<Long> ids);

}
