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

	@Valid
	@Size(max = Position.MAX_ARGUMENTS, message = "{position.form.arguments.size}")
	private List<ArgumentRow> arguments = new ArrayList<>();

	/** The proposals this position makes its own a precondition of, a picker a row. */
	@Size(max = Position.MAX_PRECONDITIONS, message = "{position.form.preconditionOf.size}")
	private List<Long> preconditionOf = new ArrayList<>();

	/**
	 * Whether the arguments and preconditions are left as they are: the write API's
	 * requests do not carry them.
	 */
	private boolean partsLeftAsTheyAre;

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
		if (details.arguments() != null) {
			details.arguments().forEach((argument) -> form.arguments.add(ArgumentRow.of(argument)));
		}
		if (details.preconditionOf() != null) {
			form.preconditionOf.addAll(details.preconditionOf());
		}
		form.addRows(1);
		return form;
	}

	/** An empty argument row at the end, and an empty report row on every argument. */
	void addArgument() {
		if (this.arguments.size() < Position.MAX_ARGUMENTS) {
			this.arguments.add(new ArgumentRow());
		}
		offerArgumentCitations();
	}

	void removeArgument(int index) {
		if (index >= 0 && index < this.arguments.size()) {
			this.arguments.remove(index);
		}
		offerArgumentCitations();
	}

	void offerArgumentCitations() {
		this.arguments.stream().filter((row) -> row != null).forEach(ArgumentRow::offerCitation);
	}

	/** An empty precondition row at the end, unless one is empty already. */
	void addPrecondition() {
		if (this.preconditionOf.size() < Position.MAX_PRECONDITIONS) {
			this.preconditionOf.add(null);
		}
	}

	/** The argument rows with anything filled in. */
	List<ArgumentRow> filledArguments() {
		return this.arguments.stream().filter((row) -> row != null && row.isFilled()).toList();
	}

	/** The proposals chosen as conditioned, each once, in form order. */
	List<Long> filledPreconditions() {
		return this.preconditionOf.stream().filter((id) -> id != null).distinct().toList();
	}

	void leavePartsAsTheyAre() {
		this.partsLeftAsTheyAre = true;
	}

	void addRows(int count) {
		for (int i = 0; i < count && this.citations.size() < MAX_ROWS; i++) {
			this.citations.add(new CitationRow(null, Bearing.SUPPORTS));
		}
		if (this.arguments.stream().noneMatch((row) -> row == null || !row.isFilled())) {
			addArgument();
		}
		offerArgumentCitations();
		if (this.preconditionOf.stream().noneMatch((id) -> id == null)) {
			addPrecondition();
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
					.toList(),
				this.partsLeftAsTheyAre ? null : filledArguments().stream().map(ArgumentRow::toDetails).toList(),
				this.partsLeftAsTheyAre ? null : filledPreconditions());
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
		fields.put("arguments", filledArguments().stream()
			.map((row) -> ((row.getKind() != null) ? words.apply(row.getKind()) : "") + ": " + row.getArgument()
					+ ((row.getQuote() != null) ? " “" + row.getQuote() + "”" : "")
					+ ((row.getAboutProposalId() != null)
							? " — " + names.apply("proposal").apply(row.getAboutProposalId()) : "")
					+ ((row.getAboutTopicId() != null) ? " — " + names.apply("topic").apply(row.getAboutTopicId()) : "")
					+ row.filledCitations()
						.stream()
						.map((cited) -> ", " + names.apply("citation").apply(cited.getCitationId()) + " ("
								+ words.apply((cited.getBearing() != null) ? cited.getBearing() : Bearing.SUPPORTS)
								+ ")")
						.collect(Collectors.joining()))
			.collect(Collectors.joining("\n")));
		fields.put("preconditionOf",
				filledPreconditions().stream()
					.map((id) -> names.apply("proposal").apply(id))
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

	public List<ArgumentRow> getArguments() {
		return this.arguments;
	}

	public void setArguments(List<ArgumentRow> arguments) {
		this.arguments = (arguments != null) ? arguments : new ArrayList<>();
	}

	public List<Long> getPreconditionOf() {
		return this.preconditionOf;
	}

	public void setPreconditionOf(List<Long> preconditionOf) {
		this.preconditionOf = (preconditionOf != null) ? preconditionOf : new ArrayList<>();
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = citations;
	}

}
