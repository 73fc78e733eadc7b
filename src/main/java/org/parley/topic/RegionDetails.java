package org.parley.topic;

/**
 * What an editor sets on a region.
 *
 * @param name its name
 * @param countryCode its country's ISO code, or {@code null}
 * @param parentId the region it lies within, or {@code null} for none
 */
public record RegionDetails(String name, String countryCode, Long parentId) {
}
