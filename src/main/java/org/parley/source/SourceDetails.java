package org.parley.source;

/**
 * What an admin says about a source; validated by the form before it gets here.
 *
 * @param name the outlet's name
 * @param kind what sort of outlet it is
 * @param homepage http(s) address or {@code null}
 * @param countryCode ISO 3166-1 alpha-2 or {@code null}
 * @param language BCP 47 tag or {@code null}
 * @param reliability the Admiralty letter
 * @param reliabilityNote why that letter, or {@code null}
 */
public record SourceDetails(String name, SourceKind kind, String homepage, String countryCode, String language,
		Reliability reliability, String reliabilityNote) {

}
