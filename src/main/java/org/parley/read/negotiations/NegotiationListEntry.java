package org.parley.read.negotiations;

import java.time.LocalDate;

/**
 * A negotiation as {@code /negotiations} shows it.
 *
 * @param slug the word in its address
 * @param title its title
 * @param rounds how many rounds it has
 * @param proposals how many proposals are on its table
 * @param lastMet the first day of its latest round, or {@code null} before any
 */
public record NegotiationListEntry(String slug, String title, long rounds, long proposals, LocalDate lastMet) {
}
