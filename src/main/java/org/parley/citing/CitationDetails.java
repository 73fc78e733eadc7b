package org.parley.citing;

import java.time.LocalDate;

/**
 * What an editor states about a citation. Either {@code sourceId} names a source from the
 * admins' list or {@code newSourceName} proposes a new one.
 *
 * @param sourceId a listed source, or {@code null} when proposing one
 * @param newSourceName the name of a proposed source, or {@code null}
 * @param newSourceHomepage its http(s) address, or {@code null}
 * @param url the report's http(s) address, or {@code null}
 * @param headline the headline, or {@code null}
 * @param publishedOn the day it was published, or {@code null}
 * @param excerpt the passage relied on, verbatim, or {@code null}
 * @param credibility the information's credibility, 1 to 6
 * @param anonymous whether it rests on an unnamed source
 * @param anonymousDescription how the report describes that source, or {@code null}
 * @param viaId the report it relays, or {@code null}
 */
public record CitationDetails(Long sourceId, String newSourceName, String newSourceHomepage, String url,
		String headline, LocalDate publishedOn, String excerpt, int credibility, boolean anonymous,
		String anonymousDescription, Long viaId) {
}
