package org.parley.position.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionDetails;
import org.parley.position.Stance;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;
import org.parley.web.FormText;
import org.parley.web.FormRows;
import org.parley.web.MergeState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a position: a new statement or the correction of a record. The citations
 * are rows, each a citation and whether it supports or disputes the position; a row
 * without a citation is ignored, so the form can offer an empty row and grow by one
 * without JavaScript. Text is kept as typed; the note may use Markdown.
 */
@FormRows(max = PositionForm.MAX_ROWS)
public class PositionForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	/** Citation rows a form may hold. */
	static final int MAX_ROWS = Position.MAX_CITATIONS;

	private Long version;

	/**
	 * When the editor opened the form: statements recorded since are shown before saving.
	 */
	private java.time.Instant openedAt;

	/** The party's other statements the editor saw and chose to record theirs beside. */
	@Size(max = 20)
	private List<Long> alongside = new ArrayList<>();

	@NotNull(message = "{position.form.proposalId.required}")
	private Long proposalId;

	@NotNull(message = "{position.form.partyId.required}")
	private Long partyId;

	@NotNull(message = "{position.form.statedOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statedOn;

	@NotNull(message = "{position.form.precision.required}")
	private DatePrecision precision = DatePrecision.DAY;

	@NotNull(message = "{position.form.stance.required}")
	private Stance stance;

	@Size(max = 2000, message = "{position.form.condition.size}")
	private String condition;

	private Long speakerId;

	@Size(max = 5000, message = "{position.form.quote.size}")
	private String quote;

	@Size(max = 20000, message = "{position.form.note.size}")
	private String note;

	@Valid
	@Size(max = MAX_ROWS, message = "{position.form.citations.size}")
	private List<CitationRow> citations = new ArrayList<>();

	static PositionForm of(PositionDetails details, Long version) {
		PositionForm form = new PositionForm();
		form.setVersion(version);
		form.setProposalId(details.proposalId());
		form.setPartyId(details.partyId());
		form.setStatedOn(details.statedOn());
		form.setPrecision(details.precision());
		form.setStance(details.stance());
		form.setCondition(details.condition());
		form.setSpeakerId(details.speakerId());
		form.setQuote(details.quote());
		form.setNote(details.note());
		for (PositionDetails.Cited cited : details.citations()) {
			form.citations.add(new CitationRow(cited.citationId(), cited.bearing()));
		}
		form.addRows(1);
		return form;
	}

	void addRows(int count) {
		for (int i = 0; i < count && this.citations.size() < MAX_ROWS; i++) {
			this.citations.add(new CitationRow(null, Bearing.SUPPORTS));
		}
	}

	/** The rows that name a citation. */
	List<CitationRow> filledRows() {
		return this.citations.stream().filter((row) -> row != null && row.getCitationId() != null).toList();
	}

	PositionDetails toDetails() {
		return new PositionDetails(this.proposalId, this.partyId, this.statedOn, this.precision, this.stance,
				this.condition, this.speakerId, this.quote, this.note,
				filledRows().stream()
					.map((row) -> new PositionDetails.Cited(row.getCitationId(),
							(row.getBearing() != null) ? row.getBearing() : Bearing.SUPPORTS))
					.toList());
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param names the label of a record by field and id
	 * @param words the words for an enum value
	 * @return the fields by name
	 */
	Map<String, String> describe(Function<String, LongFunction<String>> names, Function<Enum<?>, String> words) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("proposalId", (this.proposalId != null) ? names.apply("proposal").apply(this.proposalId) : null);
		fields.put("partyId", (this.partyId != null) ? names.apply("party").apply(this.partyId) : null);
		fields.put("statedOn", (this.statedOn != null) ? this.statedOn.toString() : null);
		fields.put("precision", (this.precision != null) ? words.apply(this.precision) : null);
		fields.put("stance", (this.stance != null) ? words.apply(this.stance) : null);
		fields.put("condition", this.condition);
		fields.put("speakerId", (this.speakerId != null) ? names.apply("person").apply(this.speakerId) : null);
		fields.put("quote", this.quote);
		fields.put("note", this.note);
		fields.put("citations",
				filledRows().stream()
					.map((row) -> names.apply("citation").apply(row.getCitationId()) + " ("
							+ words.apply((row.getBearing() != null) ? row.getBearing() : Bearing.SUPPORTS) + ")")
					.collect(Collectors.joining("; ")));
		return fields;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public java.time.Instant getOpenedAt() {
		return this.openedAt;
	}

	public void setOpenedAt(java.time.Instant openedAt) {
		this.openedAt = openedAt;
	}

	public List<Long> getAlongside() {
		return this.alongside;
	}

	public void setAlongside(List<Long> alongside) {
		this.alongside = alongside;
	}

	public Long getProposalId() {
		return this.proposalId;
	}

	public void setProposalId(Long proposalId) {
		this.proposalId = proposalId;
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

	public DatePrecision getPrecision() {
		return this.precision;
	}

	public void setPrecision(DatePrecision precision) {
		this.precision = precision;
	}

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public String getCondition() {
		return this.condition;
	}

	public void setCondition(String condition) {
		this.condition = FormText.trimmed(condition);
	}

	public Long getSpeakerId() {
		return this.speakerId;
	}

	public void setSpeakerId(Long speakerId) {
		this.speakerId = speakerId;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = FormText.trimmed(quote);
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = citations;
	}

}
