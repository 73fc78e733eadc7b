package org.parley.round;

/**
 * A round as its edit form starts from: what an editor can set, and the version it was
 * read at.
 *
 * @param id the round's id
 * @param version the version read
 * @param title the stored title, for headings
 * @param details everything the form sets
 */
public record EditableRound(long id, long version, String title, RoundDetails details) {

}
