package org.parley.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.negotiation.PartyRole;
import org.parley.web.FormText;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

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

	/** The role each chosen party new to the negotiation joins it in, by party id. */
	@Size(max = Round.MAX_ROWS, message = "{round.form.partyIds.size}")
	private Map<Long, PartyRole> joining = new LinkedHashMap<>();

	/**
	 * Asks how each party taking part that is new to the negotiation joins it, unless the
	 * editor said so: taking part never makes a mediator or an observer a party unasked.
	 * The mediator joins as the mediator and is not asked.
	 * @param newcomers the chosen parties not yet in the negotiation, id to name
	 * @param errors where to say so
	 * @param field the parties field, as the form names it
	 */
	public void askHowNewcomersJoin(Map<Long, String> newcomers, Errors errors, String field) {
		List<String> unasked = toAsk(newcomers).entrySet()
			.stream()
			.filter((newcomer) -> this.joining.get(newcomer.getKey()) == null)
			.map(Map.Entry::getValue)
			.toList();
		if (!unasked.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "round.form.partyIds.newcomers", new Object[] { String.join(", ", unasked) },
					"Choose how each party new to the negotiation joins it.");
		}
	}

	/** The newcomers the form asks about: all but the mediator, who joins as mediator. */
	public Map<Long, String> toAsk(Map<Long, String> newcomers) {
		Map<Long, String> asked = new LinkedHashMap<>(newcomers);
		asked.remove(this.mediatorId);
		return asked;
	}

	/** The chosen parties, the mediator with them, each once. */
	public List<Long> takingPart() {
		List<Long> ids = new ArrayList<>(this.partyIds.stream().filter(Objects::nonNull).distinct().toList());
		if (this.mediatorId != null && !ids.contains(this.mediatorId)) {
			ids.add(this.mediatorId);
		}
		return ids;
	}

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

	public Map<Long, PartyRole> getJoining() {
		return this.joining;
	}

	public void setJoining(Map<Long, PartyRole> joining) {
		this.joining = (joining != null) ? joining : new LinkedHashMap<>();
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = FormText.trimmed(summary);
	}

}
