package org.parley.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	List<Source> findAllByOrderByNameAsc();

	List<Source> findByStatusNotOrderByNameAsc(SourceStatus status);

	/**
	 * One page of sources by name, each with its citation count: one query, plus one to
	 * count when there is more than a page.
	 */
	@Query(value = """
			select new org.parley.source.SourceListing(s.id, s.slug, s.name, s.kind, s.reliability, s.status,
			       s.version, m.name, (select count(c) from Citation c where c.source = s))
			from Source s left join s.mergedInto m
			order by lower(s.name), s.id""", countQuery = "select count(s) from Source s")
	Page<SourceListing> findListings(Pageable pageable);

	/** The slugs taken by {@code base} and its numbered variants ({@code base-2} …). */
	@Query("select s.slug from Source s where s.slug = :base or s.slug like concat(:base, '-%')")
	List<String> findSlugsLike(String base);

}
