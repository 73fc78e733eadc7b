package org.parley.position;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Another statement by the same party on the same proposal that an editor saving one
 * should see first: recorded after they opened the form, or dated the same day.
 *
 * @param id the position
 * @param stance its stance
 * @param statedOn when it was stated
 * @param condition its condition, if any
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it, if the audit trail says
 */
public record RivalStatement(long id, Stance stance, LocalDate statedOn, String condition, Instant recordedAt,
		String recordedBy) {

}
