package org.parley.source;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.web.FormText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A report's fields as every form that records one has them, with their rules: the source
 * (on record, or a new one by name), its address, headline, date, the passage relied on,
 * its credibility and whether it rests on an unnamed source. The citation form is one;
 * the quick log holds one as its {@code report} part.
 */
public class ReportFields {

	/** What a report's address looks like. */
	public static final String HTTP_URL = "https?://\\S+";

	private Long sourceId;

	@Size(max = 200, message = "{citation.form.newSourceName.size}")
	private String newSourceName;

	@Size(max = 2000, message = "{citation.form.url.size}")
	@Pattern(regexp = HTTP_URL, message = "{citation.form.url.invalid}")
	private String url;

	@Size(max = 500, message = "{citation.form.headline.size}")
	private String headline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@Size(max = 20000, message = "{citation.form.excerpt.size}")
	private String excerpt;

	@NotNull(message = "{citation.form.credibility.required}")
	@Min(value = 1, message = "{citation.form.credibility.range}")
	@Max(value = 6, message = "{citation.form.credibility.range}")
	private Integer credibility = Citation.UNJUDGED;

	private boolean anonymous;

	@Size(max = 300, message = "{citation.form.anonymousDescription.size}")
	private String anonymousDescription;

	/** The new source's name, when no source on record was picked. */
	public String newSource() {
		return (this.sourceId == null) ? this.newSourceName : null;
	}

	/** How the unnamed source is described, when the report rests on one. */
	public String anonymousSource() {
		return this.anonymous ? this.anonymousDescription : null;
	}

	public Long getSourceId() {
		return this.sourceId;
	}

	public void setSourceId(Long sourceId) {
		this.sourceId = sourceId;
	}

	public String getNewSourceName() {
		return this.newSourceName;
	}

	public void setNewSourceName(String newSourceName) {
		this.newSourceName = FormText.trimmed(newSourceName);
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = FormText.trimmed(url);
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = FormText.trimmed(headline);
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public void setPublishedOn(LocalDate publishedOn) {
		this.publishedOn = publishedOn;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public void setExcerpt(String excerpt) {
		this.excerpt = FormText.trimmed(excerpt);
	}

	public Integer getCredibility() {
		return this.credibility;
	}

	public void setCredibility(Integer credibility) {
		this.credibility = credibility;
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public void setAnonymous(boolean anonymous) {
		this.anonymous = anonymous;
	}

	public String getAnonymousDescription() {
		return this.anonymousDescription;
	}

	public void setAnonymousDescription(String anonymousDescription) {
		this.anonymousDescription = FormText.trimmed(anonymousDescription);
	}

}
