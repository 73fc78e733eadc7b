package org.parley.proposal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import org.parley.proposal.Disclosure;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;

/**
 * A proposal as the API writes it, with its points, relations and citations in full (a
 * correction replaces them); checked by the same rules as the form it becomes.
 */
@Schema(name = "ProposalWrite", description = "A proposal, plan or clause, with its points and relations.",
		example = """
				{"negotiation_id": 1, "title": "Demilitarized zone in the Donbas",
				 "summary": "A zone free of troops between the lines.", "status": "FLOATED", "disclosure": "REPORTED",
				 "first_reported_on": "2026-02-18", "proposer_ids": [3], "topic_ids": [1], "region_ids": [1],
				 "points": [{"label": "1", "text": "Kyiv withdraws its troops."}],
				 "relations": [{"kind": "EVOLVED_FROM", "proposal_id": 1, "note": "A new name for the same demand.",
				                "citations": [{"citation_id": 2, "bearing": "SUPPORTS"}]}],
				 "citations": [{"citation_id": 1, "bearing": "SUPPORTS"}]}""")
record ProposalRequest(
		@JsonProperty("negotiation_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long negotiationId,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title, String summary,
		@Schema(description = "FLOATED when not given") ProposalStatus status,
		@Schema(description = "REPORTED when not given") Disclosure disclosure,
		@JsonProperty("first_reported_on") LocalDate firstReportedOn,
		@JsonProperty("first_reported_citation_id") Long firstReportedCitationId,
		@JsonProperty("proposer_ids") List<Long> proposerIds, @JsonProperty("topic_ids") List<Long> topicIds,
		@JsonProperty("region_ids") List<Long> regionIds, List<Point> points, List<Relation> relations,
		List<Cited> citations) {

	/** The form the same rules check. */
	ProposalForm toForm() {
		ProposalForm form = new ProposalForm();
		form.setNegotiationId(this.negotiationId);
		form.setTitle(blankToNull(this.title));
		form.setSummary(blankToNull(this.summary));
		form.setStatus((this.status != null) ? this.status : ProposalStatus.FLOATED);
		form.setDisclosure((this.disclosure != null) ? this.disclosure : Disclosure.REPORTED);
		form.setFirstReportedOn(this.firstReportedOn);
		form.setFirstReportedCitationId(this.firstReportedCitationId);
		form.setProposerIds(copy(this.proposerIds));
		form.setTopicIds(copy(this.topicIds));
		form.setRegionIds(copy(this.regionIds));
		for (Point point : (this.points != null) ? this.points : List.<Point>of()) {
			ProposalForm.PointRow row = new ProposalForm.PointRow();
			row.setLabel(blankToNull(point.label()));
			row.setText(blankToNull(point.text()));
			form.getPoints().add(row);
		}
		for (Relation relation : (this.relations != null) ? this.relations : List.<Relation>of()) {
			ProposalForm.RelationRow row = new ProposalForm.RelationRow();
			row.setKind(relation.kind());
			row.setTargetId(relation.proposalId());
			row.setNote(blankToNull(relation.note()));
			for (Cited cited : (relation.citations() != null) ? relation.citations() : List.<Cited>of()) {
				row.getCitations().add(cited.toRow());
			}
			form.getRelations().add(row);
		}
		for (Cited cited : (this.citations != null) ? this.citations : List.<Cited>of()) {
			form.getCitations().add(cited.toRow());
		}
		return form;
	}

	/** The member of this request that form field {@code field} stands for. */
	static String member(String field) {
		return switch (field) {
			case "negotiationId" -> "negotiation_id";
			case "firstReportedOn" -> "first_reported_on";
			case "firstReportedCitationId" -> "first_reported_citation_id";
			case "proposerIds" -> "proposer_ids";
			case "topicIds" -> "topic_ids";
			case "regionIds" -> "region_ids";
			default -> field.replace("targetId", "proposal_id").replace("citationId", "citation_id");
		};
	}

	private static List<Long> copy(List<Long> ids) {
		return (ids != null) ? new ArrayList<>(ids) : new ArrayList<>();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** A point or provision, in order. */
	@Schema(name = "ProposalPointWrite", example = """
			{"label": "1", "text": "Kyiv withdraws its troops."}""")
	record Point(String label, @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String text) {
	}

	/** How this proposal relates to another, why, and the reports that say so. */
	@Schema(name = "ProposalRelationWrite", example = """
			{"kind": "EVOLVED_FROM", "proposal_id": 1, "note": "A new name for the same demand.",
			 "citations": [{"citation_id": 2, "bearing": "SUPPORTS"}]}""")
	record Relation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) RelationKind kind,
			@JsonProperty("proposal_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long proposalId,
			@Schema(description = "Why they are related (Markdown)") String note,
			@Schema(description = "At most 5 reports") List<Cited> citations) {
	}

	/** A report the proposal rests on. */
	@Schema(name = "ProposalCitationWrite", example = """
			{"citation_id": 1, "bearing": "SUPPORTS"}""")
	record Cited(@JsonProperty("citation_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long citationId,
			Bearing bearing) {

		CitationRow toRow() {
			return new CitationRow(this.citationId, (this.bearing != null) ? this.bearing : Bearing.SUPPORTS);
		}

	}

}
