package org.parley.read.topics;

/**
 * A topic or region as its list shows it.
 *
 * @param id its id
 * @param name its name
 * @param note the opening of a topic's description, a region's country code, or
 * {@code null}
 * @param parentId the region it lies within, or {@code null}
 * @param parentName that region's name, or {@code null}
 * @param proposals how many proposals are on it
 */
public record ListEntry(long id, String name, String note, Long parentId, String parentName, long proposals) {
}
