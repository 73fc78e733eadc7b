package org.parley.position.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;

/**
 * A position as the API writes it, its members named as {@code positions.csv} names them;
 * checked by the same rules as the form it becomes.
 */
@Schema(name = "PositionWrite", description = "A position to record or the corrected record of one.", example = """
		{"proposal_id": 2, "party_id": 2, "stated_on": "2026-02-21", "stated_on_precision": "DAY",
		 "stance": "CONDITIONAL", "condition": "if Russian police patrol the zone", "speaker_id": 2,
		 "quote": null, "note": null, "citations": [{"citation_id": 7, "bearing": "SUPPORTS"}]}""")
record PositionRequest(
		@JsonProperty("proposal_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long proposalId,
		@JsonProperty("party_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long partyId,
		@JsonProperty("stated_on") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate statedOn,
		@JsonProperty("stated_on_precision") @Schema(description = "DAY when not given") DatePrecision precision,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Stance stance, String condition,
		@JsonProperty("speaker_id") Long speakerId, String quote, String note, List<Cited> citations) {

	/** The form the same rules check. */
	PositionForm toForm() {
		PositionForm form = new PositionForm();
		form.setProposalId(this.proposalId);
		form.setPartyId(this.partyId);
		form.setStatedOn(this.statedOn);
		form.setPrecision((this.precision != null) ? this.precision : DatePrecision.DAY);
		form.setStance(this.stance);
		form.setCondition(blankToNull(this.condition));
		form.setSpeakerId(this.speakerId);
		form.setQuote(blankToNull(this.quote));
		form.setNote(blankToNull(this.note));
		// The API does not carry arguments or preconditions: a correction leaves them be.
		form.leavePartsAsTheyAre();
		if (this.citations != null) {
			this.citations.forEach((cited) -> form.getCitations()
				.add(new CitationRow(cited.citationId(),
						(cited.bearing() != null) ? cited.bearing() : Bearing.SUPPORTS)));
		}
		return form;
	}

	/** The member of this request that form field {@code field} stands for. */
	static String member(String field) {
		return switch (field) {
			case "proposalId" -> "proposal_id";
			case "partyId" -> "party_id";
			case "statedOn" -> "stated_on";
			case "precision" -> "stated_on_precision";
			case "speakerId" -> "speaker_id";
			default -> field.replace("citationId", "citation_id");
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A report the position rests on.
	 *
	 * @param citationId the citation's id
	 * @param bearing whether it supports or disputes the position (SUPPORTS when not
	 * given)
	 */
	@Schema(name = "PositionCitationWrite", example = """
			{"citation_id": 7, "bearing": "SUPPORTS"}""")
	record Cited(@JsonProperty("citation_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long citationId,
			Bearing bearing) {
	}

}
