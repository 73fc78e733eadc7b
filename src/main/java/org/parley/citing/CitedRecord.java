package org.parley.citing;

/**
 * The record a new citation is made for: shown at the top of the form, linked in the same
 * transaction, and where the editor goes after saving.
 *
 * @param kind what sort of record
 * @param id its id
 * @param label its name as shown
 * @param page the address of the page showing it
 * @param capacity how many reports it can hold
 * @param full whether it holds that many already, so that a new one is refused
 */
public record CitedRecord(Kind kind, long id, String label, String page, int capacity, boolean full) {

	/** The records that carry citations. */
	public enum Kind {

		ROUND, PROPOSAL, POSITION

	}

}
