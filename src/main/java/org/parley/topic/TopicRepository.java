package org.parley.topic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TopicRepository extends JpaRepository<Topic, Long> {

	Optional<Topic> findBySlug(String slug);

	List<Topic> findAllByOrderByNameAsc();

	long countByIdIn(Collection<Long> ids);

	/** Topics of this name whatever the case, oldest first (read from topic_name_ix). */
	@Query("select t from Topic t where lower(t.name) = lower(:name) order by t.id")
	List<Topic> findByNameIgnoringCase(@Param("name") String name);

}
