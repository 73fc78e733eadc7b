package org.parley.citing.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A citation as the API writes it, its members named as {@code citations.csv} names them;
 * checked by the same rules as the form it becomes.
 */
@Schema(name = "CitationWrite", description = "A report in a source on record, graded for credibility.", example = """
		{"source_id": 2, "url": "https://kyivindependent.com/…", "headline": "US floats demilitarized zone",
		 "published_on": "2026-02-21", "excerpt": "The concept was first reported by the New York Times.",
		 "credibility": 2, "anonymous": false, "anonymous_description": null, "via_citation_id": null}""")
record CitationRequest(@JsonProperty("source_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long sourceId,
		String url, String headline, @JsonProperty("published_on") LocalDate publishedOn, String excerpt,
		@Schema(description = "1 to 6 on the Admiralty scale; 6 (cannot be judged) when not given") Integer credibility,
		Boolean anonymous, @JsonProperty("anonymous_description") String anonymousDescription,
		@JsonProperty("via_citation_id") Long viaId) {

	/** The form the same rules check. */
	CitationForm toForm() {
		CitationForm form = new CitationForm();
		form.setSourceId(this.sourceId);
		form.setUrl(blankToNull(this.url));
		form.setHeadline(blankToNull(this.headline));
		form.setPublishedOn(this.publishedOn);
		form.setExcerpt(blankToNull(this.excerpt));
		if (this.credibility != null) {
			form.setCredibility(this.credibility);
		}
		form.setAnonymous(Boolean.TRUE.equals(this.anonymous));
		form.setAnonymousDescription(blankToNull(this.anonymousDescription));
		form.setViaId(this.viaId);
		return form;
	}

	/** The member of this request that form field {@code field} stands for. */
	static String member(String field) {
		return switch (field) {
			case "sourceId", "newSourceName", "newSourceHomepage" -> "source_id";
			case "publishedOn" -> "published_on";
			case "anonymousDescription" -> "anonymous_description";
			case "viaId" -> "via_citation_id";
			default -> field;
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
