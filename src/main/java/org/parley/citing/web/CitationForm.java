package org.parley.citing.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.citing.CitationDetails;
import org.parley.citing.CitedRecord;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.web.FormText;
import org.parley.web.MergeState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a citation. The source is either picked from the admins' list or proposed
 * by name (and homepage); a new citation made for a record carries that record and
 * whether it supports or disputes it. Text is kept as typed.
 */
public class CitationForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	static final String HTTP_URL = "https?://\\S+";

	private Long version;

	private Long sourceId;

	@Size(max = 200, message = "{citation.form.newSourceName.size}")
	private String newSourceName;

	@Size(max = 500, message = "{citation.form.newSourceHomepage.size}")
	@Pattern(regexp = HTTP_URL, message = "{citation.form.newSourceHomepage.invalid}")
	private String newSourceHomepage;

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

	private Long viaId;

	private CitedRecord.Kind citedKind;

	private Long citedId;

	private Bearing bearing = Bearing.SUPPORTS;

	static CitationForm of(CitationDetails details, long version) {
		CitationForm form = new CitationForm();
		form.setVersion(version);
		form.setSourceId(details.sourceId());
		form.setUrl(details.url());
		form.setHeadline(details.headline());
		form.setPublishedOn(details.publishedOn());
		form.setExcerpt(details.excerpt());
		form.setCredibility(details.credibility());
		form.setAnonymous(details.anonymous());
		form.setAnonymousDescription(details.anonymousDescription());
		form.setViaId(details.viaId());
		return form;
	}

	CitationDetails toDetails() {
		return new CitationDetails(this.sourceId, (this.sourceId != null) ? null : this.newSourceName,
				(this.sourceId != null) ? null : this.newSourceHomepage, this.url, this.headline, this.publishedOn,
				this.excerpt, this.credibility, this.anonymous, this.anonymous ? this.anonymousDescription : null,
				this.viaId);
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param sources the name of a source by id
	 * @param citations the label of a citation by id
	 * @return the fields by name
	 */
	Map<String, String> describe(LongFunction<String> sources, LongFunction<String> citations) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("sourceId", (this.sourceId != null) ? sources.apply(this.sourceId) : this.newSourceName);
		fields.put("url", this.url);
		fields.put("headline", this.headline);
		fields.put("publishedOn", (this.publishedOn != null) ? this.publishedOn.toString() : null);
		fields.put("excerpt", this.excerpt);
		fields.put("credibility", (this.credibility != null && this.credibility >= 1 && this.credibility <= 6)
				? this.credibility + " — " + Citation.describeCredibility(this.credibility) : null);
		fields.put("anonymous", this.anonymous ? "yes" : "no");
		fields.put("anonymousDescription", this.anonymousDescription);
		fields.put("viaId", (this.viaId != null) ? citations.apply(this.viaId) : null);
		return fields;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
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

	public String getNewSourceHomepage() {
		return this.newSourceHomepage;
	}

	public void setNewSourceHomepage(String newSourceHomepage) {
		this.newSourceHomepage = FormText.trimmed(newSourceHomepage);
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

	public Long getViaId() {
		return this.viaId;
	}

	public void setViaId(Long viaId) {
		this.viaId = viaId;
	}

	public CitedRecord.Kind getCitedKind() {
		return this.citedKind;
	}

	public void setCitedKind(CitedRecord.Kind citedKind) {
		this.citedKind = citedKind;
	}

	public Long getCitedId() {
		return this.citedId;
	}

	public void setCitedId(Long citedId) {
		this.citedId = citedId;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

	public void setBearing(Bearing bearing) {
		this.bearing = bearing;
	}

}
