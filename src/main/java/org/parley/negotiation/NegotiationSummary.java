package org.parley.negotiation;

/** What a list of negotiations shows of each. */
public record NegotiationSummary(Long id, String slug, String title, String description) {
}
