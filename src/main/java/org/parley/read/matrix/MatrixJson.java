package org.parley.read.matrix;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.negotiation.PartyRole;
import org.parley.position.DatePrecision;
import org.parley.read.ProposalRef;
import org.parley.position.Stance;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;

/**
 * The matrix as the API sends it: the members the page shows, named as the CSV columns
 * are; members with no value are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Matrix",
		example = """
				{"negotiation": {"id": 1, "slug": "geneva-2026", "title": "Geneva talks 2026"}, "as_of": "2026-02-20", "compare": "2026-02-01", "parties": [{"id": 3, "name": "Russian Federation", "short_name": "Russia", "role": "PARTY"}], "rows": [{"proposal_id": 17, "title": "Demilitarized zone in the Donbas", "status": "UNDER_DISCUSSION", "first_reported_on": "2026-02-17", "new_since_compare": false, "cells": [{"party_id": 3, "stance": "CONDITIONAL", "position_id": 812, "stated_on": "2026-02-18", "stated_on_precision": "ON_OR_BEFORE", "condition": "Ukrainian forces withdraw first", "speaker_id": 9, "speaker_name": "Yuri Ushakov", "grade": "B2", "before_stance": "OPPOSES", "before_position_id": 640, "changed": true}]}], "total": 1, "page": 0, "size": 25, "changes": [{"proposal_id": 17, "proposal_title": "Demilitarized zone in the Donbas", "party_id": 3, "party_name": "Russian Federation", "before": "OPPOSES", "after": "CONDITIONAL", "position_id": 812}], "change_count": 1}""",
		description = "Parties × proposals of one negotiation, each cell the stance as it stood "
				+ "on as_of; with compare, each cell also holds the stance then, and changes lists the cells that differ.")
record MatrixJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Negotiation negotiation,
		@JsonProperty("as_of") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate asOf, LocalDate compare,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Party> parties,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
				description = "One page of proposals, by title.") List<Row> rows,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "How many proposals in all.") long total,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int page,
		@Schema(requiredMode = Schema.RequiredMode.REQUIRED) int size,
		@Schema(description = "With compare: the cells that differ in the whole negotiation, at most "
				+ MatrixReader.CHANGES_SHOWN + ".") List<Change> changes,
		@JsonProperty("change_count") @Schema(
				description = "With compare: how many cells differ in all.") Long changeCount) {

	static MatrixJson of(Matrix matrix) {
		NegotiationRef ref = matrix.negotiation();
		return new MatrixJson(new Negotiation(ref.id(), ref.slug(), ref.title()), matrix.asOf(), matrix.compare(),
				matrix.parties().stream().map(Party::of).toList(),
				matrix.rows().getContent().stream().map(Row::of).toList(), matrix.rows().getTotalElements(),
				matrix.rows().getNumber(), matrix.rows().getSize(),
				matrix.comparing() ? matrix.changes().stream().map(Change::of).toList() : null,
				matrix.comparing() ? matrix.changeCount() : null);
	}

	@Schema(name = "MatrixNegotiation", example = """
			{"id": 1, "slug": "geneva-2026", "title": "Geneva talks 2026"}""")
	record Negotiation(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "MatrixParty", example = """
			{"id": 3, "name": "Russian Federation", "short_name": "Russia", "role": "PARTY"}""",
			description = "A column: a party and the role it plays in the negotiation.")
	record Party(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
			@JsonProperty("short_name") String shortName,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) PartyRole role) {

		static Party of(PartyColumn column) {
			return new Party(column.id(), column.name(), column.shortName(), column.role());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "MatrixRow",
			example = """
					{"proposal_id": 17, "title": "Demilitarized zone in the Donbas", "status": "UNDER_DISCUSSION", "first_reported_on": "2026-02-17", "new_since_compare": false, "cells": [{"party_id": 3, "stance": "CONDITIONAL", "position_id": 812, "stated_on": "2026-02-18", "stated_on_precision": "ON_OR_BEFORE", "condition": "Ukrainian forces withdraw first", "speaker_id": 9, "speaker_name": "Yuri Ushakov", "grade": "B2", "before_stance": "OPPOSES", "before_position_id": 640, "changed": true}]}""",
			description = "A proposal and its cells, in the order of parties.")
	record Row(@JsonProperty("proposal_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long proposalId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) ProposalStatus status,
			@JsonProperty("first_reported_on") LocalDate firstReportedOn,
			@JsonProperty("new_since_compare") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "First reported after the compare date.") boolean newSinceCompare,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Cell> cells) {

		static Row of(Matrix.Row row) {
			return new Row(row.proposalId(), row.title(), row.status(), row.firstReportedOn(), row.newSinceCompare(),
					row.cells().stream().map(Cell::of).toList());
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "MatrixCell",
			example = """
					{"party_id": 3, "stance": "CONDITIONAL", "position_id": 812, "stated_on": "2026-02-18", "stated_on_precision": "ON_OR_BEFORE", "condition": "Ukrainian forces withdraw first", "speaker_id": 9, "speaker_name": "Yuri Ushakov", "grade": "B2", "before_stance": "OPPOSES", "before_position_id": 640, "changed": true}""",
			description = "Where one party stood on one proposal: the latest position stated by "
					+ "as_of (no stance when there is none), and with compare the latest by then.")
	record Cell(@JsonProperty("party_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long partyId,
			Stance stance,
			@JsonProperty("position_id") @Schema(
					description = "The position that decided the cell: the latest stated by as_of, the last recorded "
							+ "of its day.") Long positionId,
			@JsonProperty("stated_on") LocalDate statedOn,
			@JsonProperty("stated_on_precision") @Schema(
					description = "ON_OR_BEFORE: only known to have been said by stated_on.") DatePrecision statedOnPrecision,
			String condition, @JsonProperty("speaker_id") Long speakerId,
			@JsonProperty("speaker_name") String speakerName,
			@Schema(description = "The best Admiralty grade of the reports supporting the position, e.g. B2; "
					+ "absent when none is cited.") String grade,
			@JsonProperty("before_stance") Stance beforeStance,
			@JsonProperty("before_position_id") Long beforePositionId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "With compare: whether the stance differs between the two dates.") boolean changed,
			@JsonProperty("precondition_ids") @Schema(
					description = "The proposals this party (by its position standing on as_of) makes a precondition "
							+ "of this row's proposal: it wants them settled first; absent when none.") List<Long> preconditionIds) {

		static Cell of(Matrix.Cell cell) {
			StanceView now = cell.stance();
			StanceView before = cell.before();
			return new Cell(cell.party().id(), (now != null) ? now.stance() : null,
					(now != null) ? now.positionId() : null, (now != null) ? now.statedOn() : null,
					(now != null) ? now.statedOnPrecision() : null, (now != null) ? now.condition() : null,
					(now != null) ? now.speakerId() : null, (now != null) ? now.speakerName() : null,
					(cell.grade() != null) ? cell.grade().admiraltyCode() : null, cell.beforeStance(),
					(before != null) ? before.positionId() : null, cell.changed(),
					cell.conditioned() ? cell.preconditions().stream().map(ProposalRef::id).toList() : null);
		}

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "MatrixChange",
			example = """
					{"proposal_id": 17, "proposal_title": "Demilitarized zone in the Donbas", "party_id": 3, "party_name": "Russian Federation", "before": "OPPOSES", "after": "CONDITIONAL", "position_id": 812}""",
			description = "A cell whose stance differs between compare and as_of; "
					+ "a missing before or after is no position then.")
	record Change(@JsonProperty("proposal_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long proposalId,
			@JsonProperty("proposal_title") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String proposalTitle,
			@JsonProperty("party_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long partyId,
			@JsonProperty("party_name") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String partyName,
			Stance before, Stance after,
			@JsonProperty("position_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The position standing on as_of, else the one on the compare date.") long positionId) {

		static Change of(Matrix.Change change) {
			return new Change(change.proposalId(), change.proposalTitle(), change.partyId(), change.partyName(),
					change.before(), change.after(), change.positionId());
		}

	}

}
