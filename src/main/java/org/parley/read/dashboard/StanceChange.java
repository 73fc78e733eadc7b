package org.parley.read.dashboard;

import java.time.LocalDate;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;

/** A party's latest stance on a proposal, for the list of recent changes. */
public record StanceChange(long positionId, long proposalId, String proposalTitle, long partyId, String partyName,
		Stance stance, LocalDate statedOn, DatePrecision statedOnPrecision) {
}
