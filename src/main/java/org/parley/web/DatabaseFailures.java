package org.parley.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a failure from the database means for the visitor, decided once for the filter and
 * both advices: the database is unavailable (a 503), or the visitor's value is one it
 * cannot hold (a 400).
 */
final class DatabaseFailures {

	static final String RETRY_AFTER_SECONDS = "10";

	static final String UNAVAILABLE = "The record is temporarily unavailable: its database does not answer. "
			+ "Try again in " + RETRY_AFTER_SECONDS + " seconds; a write sent now was not made unless the record "
			+ "shows it.";

	static final String OUT_OF_RANGE = "A value is out of the range the record can hold "
			+ "(dates run from 4713 BC to AD 294276).";

	private DatabaseFailures() {
	}

	/**
	 * Whether {@code ex} says the database cannot be reached, or did not answer in time
	 * (a statement past {@code statement_timeout}, a lock past {@code lock_timeout}).
	 */
	static boolean unavailable(Throwable ex) {
		for (Throwable cause = ex; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
					|| cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			String state = (cause instanceof SQLException sql) ? sql.getSQLState() : null;
			if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("57014")
					|| state.equals("55P03"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether {@code ex} is SQLSTATE class 22, a data exception: a value Java reads and
	 * PostgreSQL cannot store or compare (a date in the year 300,000), the visitor's
	 * value and not a fault.
	 */
	static boolean outOfRange(org.springframework.dao.DataAccessException ex) {
		return ex.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22");
	}

}
