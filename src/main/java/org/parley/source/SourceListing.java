package org.parley.source;

/**
 * A source as the admin list shows it, with how many citations rest on it.
 *
 * @param id the id
 * @param slug the URL slug
 * @param name the outlet's name
 * @param kind what sort of outlet it is
 * @param reliability its Admiralty letter
 * @param status whether it may be cited
 * @param version its version, for the forms that act on it
 * @param mergedIntoName the source it was merged into, or {@code null}
 * @param citations how many citations name it
 */
public record SourceListing(long id, String slug, String name, SourceKind kind, Reliability reliability,
		SourceStatus status, long version, String mergedIntoName, long citations) {

}
