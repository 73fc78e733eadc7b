package org.parley.alias;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AliasGroupRepository extends JpaRepository<AliasGroup, Long> {

	/** The groups holding any of these lower-cased terms, with the term each holds. */
	@Query(value = "select lower(term) as term, alias_group_id as groupId from alias_term where lower(term) in (:keys)",
			nativeQuery = true)
	List<TermHolder> holders(List<String> keys);

	interface TermHolder {

		String getTerm();

		Long getGroupId();

	}

}
