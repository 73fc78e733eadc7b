package org.parley.source;

import java.time.LocalDate;
import java.util.List;

/**
 * A citation as pages show it: the outlet and its grade, the report's own grade, and the
 * reports it relayed, nearest first.
 */
public record CitationView(long id, long sourceId, String sourceName, Reliability reliability, String url,
		String headline, LocalDate publishedOn, String excerpt, int credibility, boolean anonymous,
		String anonymousDescription, List<CitationView> via) {

	/** The Admiralty code, source reliability then information credibility, e.g. "B2". */
	public String admiraltyCode() {
		return new Grade(this.reliability, this.credibility).code();
	}

	public String credibilityDescription() {
		return Citation.describeCredibility(this.credibility);
	}

	/** Whether this report, or any it relays, rests on an unnamed source. */
	public boolean restsOnAnonymousSource() {
		return this.anonymous || this.via.stream().anyMatch(CitationView::anonymous);
	}

}
