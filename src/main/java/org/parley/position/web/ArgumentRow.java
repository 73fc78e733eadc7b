package org.parley.position.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.position.ArgumentKind;
import org.parley.position.PositionArgument;
import org.parley.position.PositionDetails;
import org.parley.source.CitationRow;
import org.parley.web.FormText;

/**
 * One argument on a position's form: the stored argument it is (if any), its kind, the
 * argument in words, the speaker's words, what it is about and its reports. A row with
 * nothing in it is left out; report rows without a report are left out too, and each
 * argument offers one empty report row.
 */
public class ArgumentRow {

	private Long id;

	private ArgumentKind kind;

	@Size(max = PositionArgument.MAX_LENGTH, message = "{position.form.argument.text.size}")
	private String argument;

	@Size(max = PositionArgument.MAX_QUOTE_LENGTH, message = "{position.form.argument.quote.size}")
	private String quote;

	private Long aboutProposalId;

	private Long aboutTopicId;

	@Valid
	@Size(max = PositionArgument.MAX_CITATIONS, message = "{position.form.argument.citations.size}")
	private List<CitationRow> citations = new ArrayList<>();

	public ArgumentRow() {
	}

	static ArgumentRow of(PositionDetails.Argument argument) {
		ArgumentRow row = new ArgumentRow();
		row.id = argument.id();
		row.kind = argument.kind();
		row.argument = argument.argument();
		row.quote = argument.quote();
		row.aboutProposalId = argument.aboutProposalId();
		row.aboutTopicId = argument.aboutTopicId();
		argument.citations()
			.forEach((cited) -> row.citations.add(new CitationRow(cited.citationId(), cited.bearing())));
		return row;
	}

	/** Whether anything is filled in. */
	boolean isFilled() {
		return this.kind != null || this.argument != null || this.quote != null || this.aboutProposalId != null
				|| this.aboutTopicId != null || !filledCitations().isEmpty();
	}

	void offerCitation() {
		CitationRow.offerEmpty(this.citations, PositionArgument.MAX_CITATIONS);
	}

	List<CitationRow> filledCitations() {
		return CitationRow.filled(this.citations);
	}

	PositionDetails.Argument toDetails() {
		return new PositionDetails.Argument(this.id, this.kind, this.argument, this.quote, this.aboutProposalId,
				this.aboutTopicId, CitationRow.cited(this.citations));
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public ArgumentKind getKind() {
		return this.kind;
	}

	public void setKind(ArgumentKind kind) {
		this.kind = kind;
	}

	public String getArgument() {
		return this.argument;
	}

	public void setArgument(String argument) {
		this.argument = FormText.trimmed(argument);
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = FormText.trimmed(quote);
	}

	public Long getAboutProposalId() {
		return this.aboutProposalId;
	}

	public void setAboutProposalId(Long aboutProposalId) {
		this.aboutProposalId = aboutProposalId;
	}

	public Long getAboutTopicId() {
		return this.aboutTopicId;
	}

	public void setAboutTopicId(Long aboutTopicId) {
		this.aboutTopicId = aboutTopicId;
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = (citations != null) ? citations : new ArrayList<>();
	}

}
