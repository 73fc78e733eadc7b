package org.parley.read.people;

/**
 * A person as {@code /people} shows them.
 *
 * @param id their id
 * @param fullName their full name
 * @param title their title, or {@code null}
 * @param partyId the party they speak for, or {@code null}
 * @param partyName that party's name, or {@code null}
 */
public record PersonListEntry(long id, String fullName, String title, Long partyId, String partyName) {
}
