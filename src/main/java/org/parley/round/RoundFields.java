package org.parley.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.web.FormText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A round's own fields as every form that writes a round has them, with their rules: the
 * round form is one, the quick log holds one as its {@code round} part.
 */
public class RoundFields {

	@NotNull(message = "{round.form.negotiationId.required}")
	private Long negotiationId;

	@NotBlank(message = "{round.form.title.required}")
	@Size(max = 300, message = "{round.form.title.size}")
	private String title;

	@Size(max = 200, message = "{round.form.place.size}")
	private String place;

	@NotNull(message = "{round.form.startsOn.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	@NotNull(message = "{round.form.format.required}")
	private RoundFormat format;

	@NotNull(message = "{round.form.outcome.required}")
	private RoundOutcome outcome;

	private Long mediatorId;

	@Size(max = Round.MAX_ROWS, message = "{round.form.partyIds.size}")
	private List<Long> partyIds = new ArrayList<>();

	@Size(max = 20000, message = "{round.form.summary.size}")
	private String summary;

	/** Whether the last day, when given, comes before the first. */
	public boolean endsBeforeItStarts() {
		return this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn);
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
		this.partyIds = (partyIds != null) ? partyIds : new ArrayList<>();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = FormText.trimmed(summary);
	}

}
