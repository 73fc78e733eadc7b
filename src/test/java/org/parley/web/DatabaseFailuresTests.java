package org.parley.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database failures are an unavailable record (a 503 with Retry-After) and which
 * are the visitor's value (a 400), as the filter and both advices read them.
 */
class DatabaseFailuresTests {

	@Test
	void aLockOrStatementTimeoutOrALostConnectionIsUnavailable() {
		assertThat(DatabaseFailures.unavailable(
				new CannotAcquireLockException("lock timeout", new SQLException("canceling statement", "55P03"))))
			.isTrue();
		assertThat(DatabaseFailures.unavailable(new QueryTimeoutException("statement timeout"))).isTrue();
		assertThat(DatabaseFailures.unavailable(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
	}

	@Test
	void aBrokenRuleIsNeitherUnavailableNorOutOfRangeButAHugeDateIsOutOfRange() {
		DataIntegrityViolationException duplicate = new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key", "23505"));
		assertThat(DatabaseFailures.unavailable(duplicate)).isFalse();
		assertThat(DatabaseFailures.outOfRange(duplicate)).isFalse();
		assertThat(DatabaseFailures
			.outOfRange(new DataIntegrityViolationException("date", new SQLException("date out of range", "22008"))))
			.isTrue();
	}

}
