package org.parley.topic.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.source.CitationRow;
import org.parley.topic.TopicClaim;
import org.parley.topic.TopicDetails;
import org.parley.web.FormText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One claim about a topic on its form: the stored claim it is (if any), the words, who
 * makes it, when, and its reports. A row with nothing in it is left out; report rows
 * without a report are left out too, and each claim offers one empty report row.
 */
public class ClaimRow {

	private Long id;

	@Size(max = 5000, message = "{topic.form.claim.size}")
	private String claim;

	private Long partyId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statedOn;

	@Valid
	@Size(max = TopicClaim.MAX_CITATIONS, message = "{topic.form.claim.citations.size}")
	private List<CitationRow> citations = new ArrayList<>();

	public ClaimRow() {
	}

	static ClaimRow of(TopicDetails.Claim claim) {
		ClaimRow row = new ClaimRow();
		row.id = claim.id();
		row.claim = claim.claim();
		row.partyId = claim.partyId();
		row.statedOn = claim.statedOn();
		claim.citations().forEach((cited) -> row.citations.add(new CitationRow(cited.citationId(), cited.bearing())));
		return row;
	}

	/** Whether anything is filled in. */
	boolean isFilled() {
		return this.claim != null || this.partyId != null || this.statedOn != null || !filledCitations().isEmpty();
	}

	void offerCitation() {
		CitationRow.offerEmpty(this.citations, TopicClaim.MAX_CITATIONS);
	}

	List<CitationRow> filledCitations() {
		return CitationRow.filled(this.citations);
	}

	TopicDetails.Claim toDetails() {
		return new TopicDetails.Claim(this.id, this.claim, this.partyId, this.statedOn,
				CitationRow.cited(this.citations));
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getClaim() {
		return this.claim;
	}

	public void setClaim(String claim) {
		this.claim = FormText.trimmed(claim);
	}

	public Long getPartyId() {
		return this.partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public void setStatedOn(LocalDate statedOn) {
		this.statedOn = statedOn;
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = (citations != null) ? citations : new ArrayList<>();
	}

}
