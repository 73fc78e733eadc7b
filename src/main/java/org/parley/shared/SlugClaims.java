package org.parley.shared;

import java.util.function.Predicate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Gives a new or renamed record its slug, one writing transaction at a time per kind of
 * record: checking that a slug is free and then inserting it would let two editors saving
 * one title at once both take it (and one get a 500 from the unique constraint). The lock
 * is PostgreSQL's, held to the end of the transaction, so the next writer finds the slug
 * taken and numbers its own.
 */
@Component
public class SlugClaims {

	private final JdbcTemplate jdbc;

	SlugClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kind the kind of record ("proposal"): writers of one kind wait for each
	 * other
	 * @param base the slug wanted, from {@link Slugs#of(String, String)}
	 * @param taken whether a slug is taken
	 * @return the base, or the base with -2, -3 … when taken
	 */
	public String unique(String kind, String base, Predicate<String> taken) {
		hold(kind);
		return Slugs.unique(base, taken);
	}

	/**
	 * Waits for the other writers of a kind of record and keeps them waiting to the end
	 * of this transaction, without claiming a slug: for a rename that must see every name
	 * saved before it (names unique whatever the case), as a create does.
	 * @param kind the kind of record ("topic")
	 */
	public void hold(String kind) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A slug is claimed inside the transaction that writes it");
		}
		this.jdbc.query("select pg_advisory_xact_lock(hashtext(?))", (rs) -> {
		}, "slug:" + kind);
	}

}
