package org.parley.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

	Optional<Account> findByUsernameIgnoreCase(String username);

	List<Account> findAllByOrderByUsernameAsc();

	/**
	 * The enabled accounts of a role, locked until the transaction ends, so two admins
	 * demoting each other at the same moment cannot both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a where a.role = :role and a.enabled = true order by a.id")
	List<Account> lockEnabled(@Param("role") Role role);

}
