package org.parley.person;

/** What an editor sets on a person; the party may be unknown ({@code null}). */
public record PersonDetails(String fullName, String nativeName, String title, Long partyId) {
}
