package org.parley.round.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.negotiation.PartyRole;
import org.parley.round.DelegateRow;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;

/**
 * A round as the API writes it, with its parties, delegates, the proposals discussed and
 * its citations in full (a correction replaces them); checked by the same rules as the
 * form it becomes.
 */
@Schema(name = "RoundWrite", description = "A round of talks.", example = """
		{"negotiation_id": 1, "title": "Geneva talks", "place": "Geneva", "starts_on": "2026-02-17",
		 "ends_on": "2026-02-18", "format": "TRILATERAL", "outcome": "STALEMATE", "mediator_id": 3,
		 "party_ids": [1, 2], "joining": {"2": "PARTY"}, "delegates": [{"person_id": 1, "party_id": 1}],
		 "proposals": [{"proposal_id": 3, "introduced_by_id": 3, "note": null}],
		 "summary": "Two days of talks.", "citations": [{"citation_id": 1, "bearing": "SUPPORTS"}]}""")
record RoundRequest(
		@JsonProperty("negotiation_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long negotiationId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String place,
		@JsonProperty("starts_on") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate startsOn,
		@JsonProperty("ends_on") LocalDate endsOn, RoundFormat format, RoundOutcome outcome,
		@JsonProperty("mediator_id") Long mediatorId, @JsonProperty("party_ids") List<Long> partyIds,
		@Schema(description = "The role each party of party_ids that is new to the negotiation joins it in, "
				+ "by party id: required for each such party but the mediator, who joins as mediator.") Map<Long, PartyRole> joining,
		List<Delegate> delegates, List<Discussed> proposals, String summary, List<Cited> citations) {

	/** The form the same rules check. */
	RoundForm toForm() {
		RoundForm form = new RoundForm();
		form.setNegotiationId(this.negotiationId);
		form.setTitle(blankToNull(this.title));
		form.setPlace(blankToNull(this.place));
		form.setStartsOn(this.startsOn);
		form.setEndsOn(this.endsOn);
		form.setFormat(this.format);
		form.setOutcome(this.outcome);
		form.setMediatorId(this.mediatorId);
		form.setPartyIds((this.partyIds != null) ? new ArrayList<>(this.partyIds) : new ArrayList<>());
		form.setJoining((this.joining != null) ? new LinkedHashMap<>(this.joining) : new LinkedHashMap<>());
		form.setSummary(blankToNull(this.summary));
		for (Delegate delegate : (this.delegates != null) ? this.delegates : List.<Delegate>of()) {
			DelegateRow row = new DelegateRow();
			row.setPersonId(delegate.personId());
			row.setFullName(blankToNull(delegate.fullName()));
			row.setPartyId(delegate.partyId());
			row.setPost(blankToNull(delegate.post()));
			form.getDelegates().add(row);
		}
		for (Discussed discussed : (this.proposals != null) ? this.proposals : List.<Discussed>of()) {
			RoundForm.ProposalRow row = new RoundForm.ProposalRow();
			row.setProposalId(discussed.proposalId());
			row.setIntroducedById(discussed.introducedById());
			row.setNote(blankToNull(discussed.note()));
			form.getProposals().add(row);
		}
		for (Cited cited : (this.citations != null) ? this.citations : List.<Cited>of()) {
			form.getCitations()
				.add(new CitationRow(cited.citationId(),
						(cited.bearing() != null) ? cited.bearing() : Bearing.SUPPORTS));
		}
		return form;
	}

	/** The member of this request that form field {@code field} stands for. */
	static String member(String field) {
		return switch (field) {
			case "negotiationId" -> "negotiation_id";
			case "startsOn" -> "starts_on";
			case "endsOn" -> "ends_on";
			case "mediatorId" -> "mediator_id";
			case "partyIds" -> "party_ids";
			default -> field.replace("personId", "person_id")
				.replace("fullName", "full_name")
				.replace("partyId", "party_id")
				.replace("proposalId", "proposal_id")
				.replace("introducedById", "introduced_by_id")
				.replace("citationId", "citation_id");
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A delegate: a person on record, or a new one by full name, for a party. */
	@Schema(name = "RoundDelegateWrite", example = """
			{"person_id": 1, "party_id": 1, "post": "presidential envoy"}""")
	record Delegate(@JsonProperty("person_id") Long personId, @JsonProperty("full_name") String fullName,
			@JsonProperty("party_id") Long partyId, String post) {
	}

	/** A proposal discussed at the round, and who introduced it there. */
	@Schema(name = "RoundProposalWrite", example = """
			{"proposal_id": 3, "introduced_by_id": 3, "note": null}""")
	record Discussed(@JsonProperty("proposal_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long proposalId,
			@JsonProperty("introduced_by_id") Long introducedById, String note) {
	}

	/** A report the round rests on. */
	@Schema(name = "RoundCitationWrite", example = """
			{"citation_id": 1, "bearing": "SUPPORTS"}""")
	record Cited(@JsonProperty("citation_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long citationId,
			Bearing bearing) {
	}

}
