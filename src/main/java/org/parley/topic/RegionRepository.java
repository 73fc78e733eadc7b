package org.parley.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findBySlug(String slug);

	List<Region> findAllByOrderByNameAsc();

	/**
	 * Regions of this name whatever the case, oldest first (read from region_name_ix).
	 */
	@Query("select r from Region r where lower(r.name) = lower(:name) order by r.id")
	List<Region> findByNameIgnoringCase(@Param("name") String name);

	/** The regions lying directly within one, by id. */
	List<Region> findByParentIdOrderById(Long parentId);

}
