package org.parley.round;

/** How the parties met. */
public enum RoundFormat {

	BILATERAL, TRILATERAL, MULTILATERAL,

	/** A mediator shuttling between delegations that do not sit together. */
	PROXIMITY,

	/** Working level, below the delegations' heads. */
	TECHNICAL

}
