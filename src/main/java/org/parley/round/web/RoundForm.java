package org.parley.round.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.round.DelegateRow;
import org.parley.round.EditableRound;
import org.parley.round.Round;
import org.parley.round.RoundDetails;
import org.parley.round.RoundFields;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;
import org.parley.web.FormText;
import org.parley.web.FormRows;
import org.parley.web.MergeState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create and edit form of a round. Delegates, proposals discussed and citations are
 * rows; a row that names nothing is ignored, so the form can offer empty rows and grow by
 * one without JavaScript. A delegate row picks a person or names a new one; a proposal
 * row picks a proposal or titles a new one. The version is the one the editor saw.
 */
@FormRows(max = RoundForm.MAX_ROWS)
public class RoundForm extends RoundFields {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	/** Rows of each kind a form may hold. */
	static final int MAX_ROWS = Round.MAX_ROWS;

	private Long version;

	@Valid
	@Size(max = MAX_ROWS, message = "{round.form.rows.size}")
	private List<DelegateRow> delegates = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{round.form.rows.size}")
	private List<ProposalRow> proposals = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{round.form.rows.size}")
	private List<CitationRow> citations = new ArrayList<>();

	/** A form for a new round, with an empty row of each kind. */
	static RoundForm empty(Long negotiationId) {
		RoundForm form = new RoundForm();
		form.setNegotiationId(negotiationId);
		form.setFormat(RoundFormat.BILATERAL);
		form.setOutcome(RoundOutcome.UNKNOWN);
		form.addDelegate();
		form.addProposal();
		form.addCitation();
		return form;
	}

	static RoundForm of(EditableRound round) {
		RoundDetails details = round.details();
		RoundForm form = new RoundForm();
		form.setVersion(round.version());
		form.setNegotiationId(details.negotiationId());
		form.setTitle(details.title());
		form.setPlace(details.place());
		form.setStartsOn(details.startsOn());
		form.setEndsOn(details.endsOn());
		form.setFormat(details.format());
		form.setOutcome(details.outcome());
		form.setMediatorId(details.mediatorId());
		form.setPartyIds(new ArrayList<>(details.partyIds()));
		details.delegates().forEach((d) -> form.delegates.add(new DelegateRow(d.personId(), null, null, d.post())));
		details.proposals()
			.forEach((p) -> form.proposals.add(new ProposalRow(p.proposalId(), null, p.introducedById(), p.note())));
		details.citations().forEach((c) -> form.citations.add(new CitationRow(c.citationId(), c.bearing())));
		form.addDelegate();
		form.addProposal();
		form.addCitation();
		return form;
	}

	void addDelegate() {
		if (this.delegates.size() < MAX_ROWS) {
			this.delegates.add(new DelegateRow());
		}
	}

	void addProposal() {
		if (this.proposals.size() < MAX_ROWS) {
			this.proposals.add(new ProposalRow());
		}
	}

	void addCitation() {
		if (this.citations.size() < MAX_ROWS) {
			this.citations.add(new CitationRow(null, Bearing.SUPPORTS));
		}
	}

	static <T> void remove(List<T> rows, int index) {
		if (index >= 0 && index < rows.size()) {
			rows.remove(index);
		}
	}

	List<Long> chosenParties() {
		return getPartyIds().stream().filter(Objects::nonNull).toList();
	}

	RoundDetails toDetails() {
		return new RoundDetails(getNegotiationId(), getTitle(), getPlace(), getStartsOn(), getEndsOn(), getFormat(),
				getOutcome(), getMediatorId(), chosenParties().stream().distinct().toList(), getJoining(),
				this.delegates.stream()
					.filter((row) -> row != null && !row.isEmpty())
					.map(DelegateRow::toDelegate)
					.toList(),
				this.proposals.stream()
					.filter((row) -> row != null && !row.isEmpty())
					.map((row) -> new RoundDetails.Discussed(row.getProposalId(), row.getTitle(),
							row.getIntroducedById(), row.getNote()))
					.toList(),
				getSummary(),
				this.citations.stream()
					.filter((row) -> row != null && row.getCitationId() != null)
					.map((row) -> new RoundDetails.Cited(row.getCitationId(),
							(row.getBearing() != null) ? row.getBearing() : Bearing.SUPPORTS))
					.toList());
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change. Rows
	 * are listed as readable lines, sorted, so their order does not count.
	 * @param labels the label of a record by kind ("negotiation", "party", "person",
	 * "proposal", "citation") and id
	 * @param words the words for an enum value
	 * @return the fields by name
	 */
	Map<String, String> describe(Function<String, LongFunction<String>> labels, Function<Enum<?>, String> words) {
		LongFunction<String> party = labels.apply("party");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("negotiationId", label(labels.apply("negotiation"), getNegotiationId()));
		fields.put("title", getTitle());
		fields.put("place", getPlace());
		fields.put("startsOn", Objects.toString(getStartsOn(), null));
		fields.put("endsOn", Objects.toString(getEndsOn(), null));
		fields.put("format", (getFormat() != null) ? words.apply(getFormat()) : null);
		fields.put("outcome", (getOutcome() != null) ? words.apply(getOutcome()) : null);
		fields.put("mediatorId", label(party, getMediatorId()));
		fields.put("partyIds", lines(chosenParties().stream().distinct().map(party::apply).toList()));
		fields.put("delegates", lines(this.delegates.stream()
			.filter((row) -> row != null && !row.isEmpty())
			.map((row) -> (row.getPersonId() != null) ? labels.apply("person").apply(row.getPersonId())
					: row.getFullName() + ((row.getPartyId() != null) ? " — " + party.apply(row.getPartyId()) : ""))
			.toList()));
		fields.put("proposals", lines(this.proposals.stream()
			.filter((row) -> row != null && !row.isEmpty())
			.map((row) -> ((row.getProposalId() != null) ? labels.apply("proposal").apply(row.getProposalId())
					: row.getTitle())
					+ ((row.getIntroducedById() != null) ? ", introduced by " + party.apply(row.getIntroducedById())
							: "")
					+ ((row.getNote() != null) ? ": " + row.getNote() : ""))
			.toList()));
		fields.put("summary", getSummary());
		fields.put("citations",
				lines(this.citations.stream()
					.filter((row) -> row != null && row.getCitationId() != null)
					.map((row) -> labels.apply("citation").apply(row.getCitationId()) + " ("
							+ words.apply((row.getBearing() != null) ? row.getBearing() : Bearing.SUPPORTS) + ")")
					.toList()));
		return fields;
	}

	private static String label(LongFunction<String> labels, Long id) {
		return (id != null) ? labels.apply(id) : null;
	}

	private static String lines(List<String> lines) {
		return lines.isEmpty() ? null
				: lines.stream().sorted(Comparator.naturalOrder()).collect(Collectors.joining("; "));
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public List<DelegateRow> getDelegates() {
		return this.delegates;
	}

	public void setDelegates(List<DelegateRow> delegates) {
		this.delegates = (delegates != null) ? delegates : new ArrayList<>();
	}

	public List<ProposalRow> getProposals() {
		return this.proposals;
	}

	public void setProposals(List<ProposalRow> proposals) {
		this.proposals = (proposals != null) ? proposals : new ArrayList<>();
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = (citations != null) ? citations : new ArrayList<>();
	}

	/**
	 * A proposal discussed: one picked, or a new one by title; who introduced it; a note.
	 */
	public static class ProposalRow {

		private Long proposalId;

		@Size(max = 300, message = "{round.form.proposal.title.size}")
		private String title;

		private Long introducedById;

		@Size(max = 5000, message = "{round.form.proposal.note.size}")
		private String note;

		public ProposalRow() {
		}

		ProposalRow(Long proposalId, String title, Long introducedById, String note) {
			this.proposalId = proposalId;
			this.title = title;
			this.introducedById = introducedById;
			this.note = note;
		}

		boolean isEmpty() {
			return this.proposalId == null && this.title == null && this.introducedById == null && this.note == null;
		}

		public Long getProposalId() {
			return this.proposalId;
		}

		public void setProposalId(Long proposalId) {
			this.proposalId = proposalId;
		}

		public String getTitle() {
			return this.title;
		}

		public void setTitle(String title) {
			this.title = FormText.trimmed(title);
		}

		public Long getIntroducedById() {
			return this.introducedById;
		}

		public void setIntroducedById(Long introducedById) {
			this.introducedById = introducedById;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = FormText.trimmed(note);
		}

	}

}
