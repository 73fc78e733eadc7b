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
import org.parley.position.Stance;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalStatus;
import org.parley.round.Round;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Citation;
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

	// --- the report

	private Long sourceId;

	@Size(max = 200, message = "{log.form.newSourceName.size}")
	private String newSourceName;

	@Size(max = 2000, message = "{log.form.url.size}")
	@Pattern(regexp = "https?://\\S+", message = "{log.form.url.invalid}")
	private String url;

	@Size(max = 500, message = "{log.form.headline.size}")
	private String headline;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate publishedOn;

	@Size(max = 20000, message = "{log.form.excerpt.size}")
	private String excerpt;

	@NotNull(message = "{log.form.credibility.required}")
	@Min(value = 1, message = "{log.form.credibility.range}")
	@Max(value = 6, message = "{log.form.credibility.range}")
	private Integer credibility = Citation.UNJUDGED;

	private boolean anonymous;

	@Size(max = 300, message = "{log.form.anonymousDescription.size}")
	private String anonymousDescription;

	private Long viaCitationId;

	// --- the round

	@NotNull(message = "{log.form.negotiationId.required}")
	private Long negotiationId;

	@NotBlank(message = "{log.form.title.required}")
	@Size(max = 300, message = "{log.form.title.size}")
	private String title;

	@Size(max = 200, message = "{log.form.place.size}")
	private String place;

	@NotNull(message = "{log.form.startsOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull(message = "{log.form.format.required}")
	private RoundFormat format = RoundFormat.BILATERAL;

	@NotNull(message = "{log.form.outcome.required}")
	private RoundOutcome outcome = RoundOutcome.UNKNOWN;

	private Long mediatorId;

	@Size(max = 100, message = "{log.form.partyIds.size}")
	private List<Long> partyIds = new ArrayList<>();

	@Size(max = 20000, message = "{log.form.summary.size}")
	private String summary;

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
	 */
	void removeDelegateRow(int index) {
		if (index < 0 || index >= this.delegates.size()) {
			return;
		}
		this.delegates.remove(index);
		for (PositionRow position : this.positions) {
			Integer row = (position != null) ? position.getSpeakerDelegate() : null;
			if (row != null && row == index) {
				position.setSpeakerDelegate(null);
			}
			else if (row != null && row > index) {
				position.setSpeakerDelegate(row - 1);
			}
		}
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
	 */
	void removeProposalRow(int index) {
		if (index < 0 || index >= this.proposals.size()) {
			return;
		}
		this.proposals.remove(index);
		for (PositionRow position : this.positions) {
			if (position == null) {
				continue;
			}
			Integer row = position.proposalRow();
			if (row != null && row == index) {
				position.setProposal(null);
			}
			else if (row != null && row > index) {
				position.setProposal(ROW + (row - 1));
			}
		}
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
		this.partyIds.removeIf(Objects::isNull);
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
						row.getStatedOn()));
			}
		}
		List<QuickLogEntry.DelegateItem> delegateItems = new ArrayList<>();
		for (int i = 0; i < this.delegates.size(); i++) {
			DelegateRow row = this.delegates.get(i);
			if (row.isFilled()) {
				delegateItems.add(new QuickLogEntry.DelegateItem(i, row.getPersonId(),
						(row.getPersonId() == null) ? row.getFullName() : null,
						(row.getPersonId() == null) ? row.getPartyId() : null, row.getPost()));
			}
		}
		return new QuickLogEntry(
				new QuickLogEntry.Report(this.sourceId, (this.sourceId == null) ? this.newSourceName : null, this.url,
						this.headline, this.publishedOn, this.excerpt, this.credibility, this.anonymous,
						this.anonymous ? this.anonymousDescription : null, this.viaCitationId),
				new QuickLogEntry.RoundPart(this.negotiationId, this.title, this.place, this.startsOn, this.endsOn,
						this.format, this.outcome, this.mediatorId, this.partyIds.stream().distinct().toList(),
						this.summary),
				proposalItems, positionItems, delegateItems);
	}

	/** Every party the form has chosen, for the pickers to keep. */
	List<Long> chosenParties() {
		List<Long> chosen = new ArrayList<>(this.partyIds);
		chosen.add(this.mediatorId);
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

	public Long getViaCitationId() {
		return this.viaCitationId;
	}

	public void setViaCitationId(Long viaCitationId) {
		this.viaCitationId = viaCitationId;
	}

	public List<DelegateRow> getDelegates() {
		return this.delegates;
	}

	public void setDelegates(List<DelegateRow> delegates) {
		this.delegates = (delegates != null) ? delegates : new ArrayList<>();
	}

	public Long getNegotiationId() {
		return this.negotiationId;
	}

	public void setNegotiationId(Long negotiationId) {
		this.negotiationId = negotiationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.trimmed(title);
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = FormText.trimmed(place);
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public RoundFormat getFormat() {
		return this.format;
	}

	public void setFormat(RoundFormat format) {
		this.format = format;
	}

	public RoundOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(RoundOutcome outcome) {
		this.outcome = outcome;
	}

	public Long getMediatorId() {
		return this.mediatorId;
	}

	public void setMediatorId(Long mediatorId) {
		this.mediatorId = mediatorId;
	}

	public List<Long> getPartyIds() {
		return this.partyIds;
	}

	public void setPartyIds(List<Long> partyIds) {
		this.partyIds = (partyIds != null) ? new ArrayList<>(partyIds) : new ArrayList<>();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = FormText.trimmed(summary);
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

	/**
	 * A delegate of the round: a person on record, or a new one by full name and the
	 * party they speak for.
	 */
	public static class DelegateRow {

		private Long personId;

		@Size(max = 200, message = "{log.form.delegate.fullName.size}")
		private String fullName;

		private Long partyId;

		@Size(max = Round.MAX_POST, message = "{log.form.delegate.post.size}")
		private String post;

		boolean isFilled() {
			return this.personId != null || this.fullName != null || this.partyId != null || this.post != null;
		}

		/** Whether this row names a new person, who can then be a position's speaker. */
		boolean isNewPerson() {
			return this.personId == null && this.fullName != null;
		}

		public String getPost() {
			return this.post;
		}

		public void setPost(String post) {
			this.post = FormText.trimmed(post);
		}

		public Long getPersonId() {
			return this.personId;
		}

		public void setPersonId(Long personId) {
			this.personId = personId;
		}

		public String getFullName() {
			return this.fullName;
		}

		public void setFullName(String fullName) {
			this.fullName = FormText.trimmed(fullName);
		}

		public Long getPartyId() {
			return this.partyId;
		}

		public void setPartyId(Long partyId) {
			this.partyId = partyId;
		}

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

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate statedOn;

		boolean isFilled() {
			return this.partyId != null || this.proposal != null || this.stance != null || this.condition != null
					|| this.speakerId != null || this.speakerDelegate != null || this.quote != null
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

		public LocalDate getStatedOn() {
			return this.statedOn;
		}

		public void setStatedOn(LocalDate statedOn) {
			this.statedOn = statedOn;
		}

	}

}
