package org.parley.log.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.log.QuickLogEntry;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalStatus;
import org.parley.round.DelegateRow;
import org.parley.round.Round;
import org.parley.round.RoundFields;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.ReportFields;
import org.parley.web.FormText;
import org.parley.web.FormRows;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick log form: the report, the round, the proposals discussed (rows, each a
 * proposal on record or a new one by title) and the positions reported (rows, each about
 * a proposal on record or one of this form's proposal rows). Empty rows are ignored, so
 * the form can offer a few and grow without JavaScript.
 */
@FormRows(max = QuickLogForm.MAX_ROWS)
public class QuickLogForm {

	/** Rows of each kind a form may hold. */
	static final int MAX_ROWS = 40;

	/**
	 * How a position names one of this form's proposal rows: {@code row-0} is the first.
	 */
	static final String ROW = "row-";

	/** The report everything is cited to, bound as {@code report.*}. */
	@Valid
	private final ReportFields report = new ReportFields();

	private Long viaCitationId;

	/** The round, bound as {@code round.*}. */
	@Valid
	private final RoundFields round = new RoundFields();

	{
		this.round.setFormat(RoundFormat.BILATERAL);
		this.round.setOutcome(RoundOutcome.UNKNOWN);
	}

	@Valid
	@Size(max = MAX_ROWS, message = "{log.form.rows.size}")
	private List<DelegateRow> delegates = new ArrayList<>();

	// --- the rows

	@Valid
	@Size(max = MAX_ROWS, message = "{log.form.rows.size}")
	private List<ProposalRow> proposals = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{log.form.rows.size}")
	private List<PositionRow> positions = new ArrayList<>();

	/**
	 * A new log: two delegate rows (a round has two sides), two proposal rows and three
	 * position rows.
	 */
	static QuickLogForm empty() {
		QuickLogForm form = new QuickLogForm();
		form.addDelegateRow();
		form.addDelegateRow();
		form.addProposalRow();
		form.addProposalRow();
		form.addPositionRow();
		form.addPositionRow();
		form.addPositionRow();
		return form;
	}

	void addDelegateRow() {
		if (this.delegates.size() < MAX_ROWS) {
			this.delegates.add(new DelegateRow());
		}
	}

	/**
	 * Removes a delegate row; positions spoken by a later new delegate follow it up,
	 * positions spoken by the removed one lose their speaker.
	 * @param index the row
	 * @return the position rows (from 1) that lost their speaker
	 */
	List<Integer> removeDelegateRow(int index) {
		List<Integer> lost = new ArrayList<>();
		if (index < 0 || index >= this.delegates.size()) {
			return lost;
		}
		this.delegates.remove(index);
		for (int i = 0; i < this.positions.size(); i++) {
			PositionRow position = this.positions.get(i);
			Integer row = (position != null) ? position.getSpeakerDelegate() : null;
			if (row != null && row == index) {
				position.setSpeakerDelegate(null);
				lost.add(i + 1);
			}
			else if (row != null && row > index) {
				position.setSpeakerDelegate(row - 1);
			}
		}
		return lost;
	}

	void addProposalRow() {
		if (this.proposals.size() < MAX_ROWS) {
			this.proposals.add(new ProposalRow());
		}
	}

	void addPositionRow() {
		if (this.positions.size() < MAX_ROWS) {
			this.positions.add(new PositionRow());
		}
	}

	/**
	 * Removes a proposal row; positions about a later row follow it up, positions about
	 * the removed one lose their proposal.
	 * @param index the row
	 * @return the position rows (from 1) that lost their proposal
	 */
	List<Integer> removeProposalRow(int index) {
		List<Integer> lost = new ArrayList<>();
		if (index < 0 || index >= this.proposals.size()) {
			return lost;
		}
		this.proposals.remove(index);
		for (int i = 0; i < this.positions.size(); i++) {
			PositionRow position = this.positions.get(i);
			Integer row = (position != null) ? position.proposalRow() : null;
			if (row != null && row == index) {
				position.setProposal(null);
				lost.add(i + 1);
			}
			else if (row != null && row > index) {
				position.setProposal(ROW + (row - 1));
			}
		}
		return lost;
	}

	void removePositionRow(int index) {
		if (index >= 0 && index < this.positions.size()) {
			this.positions.remove(index);
		}
	}

	/** Rows sent as nothing at all (a gap in the indexes) become empty rows. */
	void fillGaps() {
		this.delegates.replaceAll((row) -> (row != null) ? row : new DelegateRow());
		this.proposals.replaceAll((row) -> (row != null) ? row : new ProposalRow());
		this.positions.replaceAll((row) -> (row != null) ? row : new PositionRow());
		this.round.getPartyIds().removeIf(Objects::isNull);
	}

	/**
	 * The log as the service takes it; call only once the form is valid.
	 * @return the entry
	 */
	QuickLogEntry toEntry() {
		List<QuickLogEntry.ProposalItem> proposalItems = new ArrayList<>();
		for (int i = 0; i < this.proposals.size(); i++) {
			ProposalRow row = this.proposals.get(i);
			if (row.isFilled()) {
				proposalItems.add(new QuickLogEntry.ProposalItem(i, row.getProposalId(),
						(row.getProposalId() == null) ? row.getTitle() : null, row.getSummary(), row.getStatus(),
						row.getIntroducedById(),
						(row.getProposalId() == null) ? row.getTopicIds().stream().distinct().toList() : List.of()));
			}
		}
		List<QuickLogEntry.PositionItem> positionItems = new ArrayList<>();
		for (int i = 0; i < this.positions.size(); i++) {
			PositionRow row = this.positions.get(i);
			if (row.isFilled()) {
				positionItems.add(new QuickLogEntry.PositionItem(i, row.getPartyId(), row.proposalRow(),
						row.proposalId(), row.getStance(), row.getCondition(), row.getSpeakerId(),
						(row.getSpeakerId() == null) ? row.getSpeakerDelegate() : null, row.getQuote(),
						row.getStatedOn(), row.getNote(), row.getPrecision()));
			}
		}
		List<QuickLogEntry.DelegateItem> delegateItems = new ArrayList<>();
		for (int i = 0; i < this.delegates.size(); i++) {
			DelegateRow row = this.delegates.get(i);
			if (!row.isEmpty()) {
				delegateItems.add(new QuickLogEntry.DelegateItem(i, row.getPersonId(),
						(row.getPersonId() == null) ? row.getFullName() : null,
						(row.getPersonId() == null) ? row.getPartyId() : null, row.getPost()));
			}
		}
		return new QuickLogEntry(
				new QuickLogEntry.Report(this.report.getSourceId(), this.report.newSource(), this.report.getUrl(),
						this.report.getHeadline(), this.report.getPublishedOn(), this.report.getExcerpt(),
						this.report.getCredibility(), this.report.isAnonymous(), this.report.anonymousSource(),
						this.viaCitationId),
				new QuickLogEntry.RoundPart(this.round.getNegotiationId(), this.round.getTitle(), this.round.getPlace(),
						this.round.getStartsOn(), this.round.getEndsOn(), this.round.getFormat(),
						this.round.getOutcome(), this.round.getMediatorId(),
						this.round.getPartyIds().stream().distinct().toList(), this.round.getJoining(),
						this.round.getSummary()),
				proposalItems, positionItems, delegateItems);
	}

	/** Every party the form has chosen, for the pickers to keep. */
	List<Long> chosenParties() {
		List<Long> chosen = new ArrayList<>(this.round.getPartyIds());
		chosen.add(this.round.getMediatorId());
		this.proposals.forEach((row) -> chosen.add(row.getIntroducedById()));
		this.positions.forEach((row) -> chosen.add(row.getPartyId()));
		this.delegates.forEach((row) -> chosen.add(row.getPartyId()));
		return chosen;
	}

	List<Long> chosenPeople() {
		return Stream
			.concat(this.positions.stream().map(PositionRow::getSpeakerId),
					this.delegates.stream().map(DelegateRow::getPersonId))
			.toList();
	}

	List<Long> chosenTopics() {
		return this.proposals.stream().flatMap((row) -> row.getTopicIds().stream()).toList();
	}

	List<Long> chosenProposals() {
		return Stream
			.concat(this.proposals.stream().map(ProposalRow::getProposalId),
					this.positions.stream().map(PositionRow::proposalId))
			.toList();
	}

	public Long getViaCitationId() {
		return this.viaCitationId;
	}

	public void setViaCitationId(Long viaCitationId) {
		this.viaCitationId = viaCitationId;
	}

	public ReportFields getReport() {
		return this.report;
	}

	public RoundFields getRound() {
		return this.round;
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

	public List<PositionRow> getPositions() {
		return this.positions;
	}

	public void setPositions(List<PositionRow> positions) {
		this.positions = (positions != null) ? positions : new ArrayList<>();
	}

	/** A proposal discussed: one on record, or a new one by title. */
	public static class ProposalRow {

		private Long proposalId;

		@Size(max = 300, message = "{log.form.proposal.title.size}")
		private String title;

		@Size(max = 20000, message = "{log.form.proposal.summary.size}")
		private String summary;

		private ProposalStatus status = ProposalStatus.FLOATED;

		private Long introducedById;

		@Size(max = Proposal.MAX_ROWS, message = "{log.form.proposal.topicIds.size}")
		private List<Long> topicIds = new ArrayList<>();

		/** Whether the editor filled anything in but the defaults. */
		boolean isFilled() {
			return this.proposalId != null || this.title != null || this.summary != null || this.introducedById != null
					|| !this.topicIds.isEmpty();
		}

		public List<Long> getTopicIds() {
			return this.topicIds;
		}

		public void setTopicIds(List<Long> topicIds) {
			this.topicIds = (topicIds != null) ? new ArrayList<>(topicIds) : new ArrayList<>();
			this.topicIds.removeIf(Objects::isNull);
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

		public String getSummary() {
			return this.summary;
		}

		public void setSummary(String summary) {
			this.summary = FormText.trimmed(summary);
		}

		public ProposalStatus getStatus() {
			return this.status;
		}

		public void setStatus(ProposalStatus status) {
			this.status = status;
		}

		public Long getIntroducedById() {
			return this.introducedById;
		}

		public void setIntroducedById(Long introducedById) {
			this.introducedById = introducedById;
		}

	}

	/**
	 * A position reported. {@code proposal} is a proposal's id, or {@code row-N} for this
	 * form's proposal row N (0-based).
	 */
	public static class PositionRow {

		private Long partyId;

		@Pattern(regexp = "(row-)?[0-9]{1,18}", message = "{log.form.position.proposal.unknown}")
		private String proposal;

		private Stance stance;

		@Size(max = 2000, message = "{log.form.position.condition.size}")
		private String condition;

		private Long speakerId;

		@Min(value = 0, message = "{log.form.position.speakerDelegate.unknown}")
		@Max(value = MAX_ROWS, message = "{log.form.position.speakerDelegate.unknown}")
		private Integer speakerDelegate;

		@Size(max = 20000, message = "{log.form.position.quote.size}")
		private String quote;

		/**
		 * What the report says in its own words (indirect speech), kept as the position's
		 * note.
		 */
		@Size(max = 20000, message = "{log.form.position.note.size}")
		private String note;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate statedOn;

		/** How exactly the date is known ("by 3 March": on or before that day). */
		private DatePrecision precision = DatePrecision.DAY;

		boolean isFilled() {
			return this.partyId != null || this.proposal != null || this.stance != null || this.condition != null
					|| this.speakerId != null || this.speakerDelegate != null || this.quote != null || this.note != null
					|| this.statedOn != null;
		}

		/**
		 * The form's delegate row (0-based) of the new person who said it, or
		 * {@code null}.
		 */
		public Integer getSpeakerDelegate() {
			return this.speakerDelegate;
		}

		public void setSpeakerDelegate(Integer speakerDelegate) {
			this.speakerDelegate = speakerDelegate;
		}

		/** The form's proposal row this position is about, or {@code null}. */
		Integer proposalRow() {
			if (this.proposal == null || !this.proposal.matches(ROW + "[0-9]{1,9}")) {
				return null;
			}
			return Integer.valueOf(this.proposal.substring(ROW.length()));
		}

		/** The proposal on record this position is about, or {@code null}. */
		Long proposalId() {
			if (this.proposal == null || !this.proposal.matches("[0-9]{1,18}")) {
				return null;
			}
			return Long.valueOf(this.proposal);
		}

		public Long getPartyId() {
			return this.partyId;
		}

		public void setPartyId(Long partyId) {
			this.partyId = partyId;
		}

		public String getProposal() {
			return this.proposal;
		}

		public void setProposal(String proposal) {
			this.proposal = FormText.trimmed(proposal);
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

		public DatePrecision getPrecision() {
			return this.precision;
		}

		public void setPrecision(DatePrecision precision) {
			this.precision = precision;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = FormText.trimmed(note);
		}

		public LocalDate getStatedOn() {
			return this.statedOn;
		}

		public void setStatedOn(LocalDate statedOn) {
			this.statedOn = statedOn;
		}

	}

}
