package org.parley.person;

import java.time.LocalDate;
import java.util.List;

import org.parley.source.CitationLink;
import org.parley.source.Cited;

/**
 * What an editor sets on a person; the party may be unknown ({@code null}). Built from a
 * stored person, two snapshots of the same person are equal.
 *
 * @param titles the posts held as of dates
 */
public record PersonDetails(String fullName, String nativeName, String title, Long partyId, List<Held> titles) {

	public PersonDetails {
		titles = List.copyOf(titles);
	}

	/** A person without dated titles. */
	public PersonDetails(String fullName, String nativeName, String title, Long partyId) {
		this(fullName, nativeName, title, partyId, List.of());
	}

	static PersonDetails of(Person person) {
		return new PersonDetails(person.getFullName(), person.getNativeName(), person.getTitle(),
				(person.getParty() != null) ? person.getParty().getId() : null,
				person.getTitles()
					.stream()
					.map((held) -> new Held(held.getId(), held.getTitle(), held.getHeldOn(),
							CitationLink.cited(held.getCitations())))
					.toList());
	}

	/**
	 * A post held as of a date.
	 *
	 * @param id the stored title this is, or {@code null} for a new one
	 * @param citations the reports it rests on
	 */
	public record Held(Long id, String title, LocalDate heldOn, List<Cited> citations) {

		public Held {
			citations = List.copyOf(citations);
		}

	}

}
