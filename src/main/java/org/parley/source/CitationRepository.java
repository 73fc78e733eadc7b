package org.parley.source;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CitationRepository extends JpaRepository<Citation, Long> {

	long countBySource(Source source);

	/**
	 * @param ids citation ids, as a form named them
	 * @return those of them that are on record
	 */
	@Query("select c.id from Citation c where c.id in :ids")
	Set<Long> findExistingIds(Collection<Long> ids);

	@Query("select c.id from Citation c where c.source = :source order by c.id")
	List<Long> findIdsBySource(Source source);

	/**
	 * Moves every citation of one source to another in one statement (used when merging
	 * duplicates). Bypasses the entity listeners, so the caller records it in the audit
	 * trail.
	 * @return how many citations moved
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update citation set source_id = :keep, version = version + 1, updated_at = now() "
			+ "where source_id = :duplicate", nativeQuery = true)
	int moveCitations(long duplicate, long keep);

}
