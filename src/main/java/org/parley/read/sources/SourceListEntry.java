package org.parley.read.sources;

import org.parley.source.Reliability;

/**
 * A source as {@code /sources} shows it.
 *
 * @param id its id
 * @param name its name
 * @param kind what sort of outlet it is (a {@code SourceKind} name)
 * @param countryCode its country code, or {@code null}
 * @param reliability its Admiralty reliability
 * @param status whether it is active or retired (a {@code SourceStatus} name)
 */
public record SourceListEntry(long id, String name, String kind, String countryCode, Reliability reliability,
		String status) {
}
