package org.parley.person.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.person.PersonDetails;
import org.parley.person.PersonTitle;
import org.parley.source.CitationRow;
import org.parley.web.FormText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One post held as of a date on the person form, with its reports. A row with nothing in
 * it is left out, as are report rows without a report; each title offers one empty report
 * row.
 */
public class TitleRow {

	private Long id;

	@Size(max = 300, message = "{person.form.title.size}")
	private String title;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@Valid
	@Size(max = PersonTitle.MAX_CITATIONS, message = "{person.form.held.citations.size}")
	private List<CitationRow> citations = new ArrayList<>();

	public TitleRow() {
	}

	static TitleRow of(PersonDetails.Held held) {
		TitleRow row = new TitleRow();
		row.id = held.id();
		row.title = held.title();
		row.heldOn = held.heldOn();
		held.citations().forEach((cited) -> row.citations.add(new CitationRow(cited.citationId(), cited.bearing())));
		return row;
	}

	boolean isFilled() {
		return this.title != null || this.heldOn != null || !filledCitations().isEmpty();
	}

	void offerCitation() {
		CitationRow.offerEmpty(this.citations, PersonTitle.MAX_CITATIONS);
	}

	List<CitationRow> filledCitations() {
		return CitationRow.filled(this.citations);
	}

	PersonDetails.Held toDetails() {
		return new PersonDetails.Held(this.id, this.title, this.heldOn, CitationRow.cited(this.citations));
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.trimmed(title);
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = (citations != null) ? citations : new ArrayList<>();
	}

}
