package org.parley.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findBySlug(String slug);

	List<Region> findAllByOrderByNameAsc();

}
