package org.parley.source;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CitationRepository extends JpaRepository<Citation, Long> {

	List<Citation> findBySourceOrderByPublishedOnDescIdDesc(Source source);

	/**
	 * The reports that relay the given one.
	 * @param via the relayed citation
	 * @return the citations naming it as {@code via}
	 */
	List<Citation> findByVia(Citation via);

}
