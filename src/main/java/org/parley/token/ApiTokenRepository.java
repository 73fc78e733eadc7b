package org.parley.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

	@Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
	Optional<ApiToken> findByHash(@Param("hash") String hash);

	@Query("select t from ApiToken t where t.account.username = :username order by t.createdAt desc, t.id desc")
	List<ApiToken> findOwn(@Param("username") String username);

	@Query("select t from ApiToken t where t.id = :id and t.account.username = :username")
	Optional<ApiToken> findOwn(@Param("username") String username, @Param("id") long id);

	/** Bookkeeping, not a change worth an audit entry: a bulk update, so not audited. */
	@Modifying
	@Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
	void markUsed(@Param("id") long id, @Param("at") Instant at);

}
