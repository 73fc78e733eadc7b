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
import org.parley.source.ReportFields;
import org.parley.web.FormText;
import org.parley.web.MergeState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a citation. The source is either picked from the admins' list or proposed
 * by name (and homepage); a new citation made for a record carries that record and
 * whether it supports or disputes it. Text is kept as typed.
 */
public class CitationForm extends ReportFields {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	static final String HTTP_URL = ReportFields.HTTP_URL;

	private Long version;

	@Size(max = 500, message = "{citation.form.newSourceHomepage.size}")
	@Pattern(regexp = HTTP_URL, message = "{citation.form.newSourceHomepage.invalid}")
	private String newSourceHomepage;

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
		return new CitationDetails(getSourceId(), (getSourceId() != null) ? null : getNewSourceName(),
				(getSourceId() != null) ? null : this.newSourceHomepage, getUrl(), getHeadline(), getPublishedOn(),
				getExcerpt(), getCredibility(), isAnonymous(), isAnonymous() ? getAnonymousDescription() : null,
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
		fields.put("sourceId", (getSourceId() != null) ? sources.apply(getSourceId()) : getNewSourceName());
		fields.put("url", getUrl());
		fields.put("headline", getHeadline());
		fields.put("publishedOn", (getPublishedOn() != null) ? getPublishedOn().toString() : null);
		fields.put("excerpt", getExcerpt());
		fields.put("credibility", (getCredibility() != null && getCredibility() >= 1 && getCredibility() <= 6)
				? getCredibility() + " — " + Citation.describeCredibility(getCredibility()) : null);
		fields.put("anonymous", isAnonymous() ? "yes" : "no");
		fields.put("anonymousDescription", getAnonymousDescription());
		fields.put("viaId", (this.viaId != null) ? citations.apply(this.viaId) : null);
		return fields;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getNewSourceHomepage() {
		return this.newSourceHomepage;
	}

	public void setNewSourceHomepage(String newSourceHomepage) {
		this.newSourceHomepage = FormText.trimmed(newSourceHomepage);
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
