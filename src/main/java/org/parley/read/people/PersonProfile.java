package org.parley.read.people;

import java.time.LocalDate;

import org.parley.read.PositionEntry;
import org.springframework.data.domain.Page;

/**
 * What the page of one person shows.
 *
 * @param positions one page of the positions they voiced, latest first
 */
public record PersonProfile(Person person, Page<PositionEntry> positions) {

	/** A round the person was a delegate at; the post is null when none was recorded. */
	public record Attended(long roundId, String title, LocalDate startsOn, String negotiation, String post) {
	}

	/** The person; the party fields are null when they speak for none on record. */
	public record Person(long id, String fullName, String nativeName, String title, Long partyId, String partyName) {
	}

}
