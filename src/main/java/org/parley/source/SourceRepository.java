package org.parley.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByNameAsc();

	List<Source> findByStatusOrderByNameAsc(SourceStatus status);

}
