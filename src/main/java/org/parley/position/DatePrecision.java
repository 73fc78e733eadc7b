package org.parley.position;

/**
 * How exactly a statement's date is known: reports often say only "earlier this month" or
 * "had said".
 */
public enum DatePrecision {

	/** Said on that day. */
	DAY,

	/** Said some time in that month; the date is the month's first day. */
	MONTH,

	/** Said on that day or earlier; only the latest possible date is known. */
	ON_OR_BEFORE

}
