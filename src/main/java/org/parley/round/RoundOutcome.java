package org.parley.round;

/** What a round produced; UNKNOWN until reported. */
public enum RoundOutcome {

	AGREEMENT, PARTIAL_AGREEMENT, STALEMATE, POSTPONED, UNKNOWN

}
