package org.parley.read.topics;

/**
 * A region as its page shows it, with how many proposals are on it and how many regions
 * lie within it.
 */
public record RegionView(long id, String slug, String name, String countryCode, long proposalCount, long withinCount) {
}
