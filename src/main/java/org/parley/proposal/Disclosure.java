package org.parley.proposal;

/**
 * How much of a proposal's text is known: analysts weigh a leak differently from an
 * official text.
 */
public enum Disclosure {

	OFFICIAL_TEXT,

	LEAKED,

	/** Only described in reports. */
	REPORTED,

	/** Reported, but denied by those said to have made it. */
	DENIED

}
