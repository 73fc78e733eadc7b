package org.parley.read.changes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.position.Stance;

/** What {@code /api/v1/changes} sends: one page of the changes page, newest first. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ChangesPage",
		example = """
				{"items": [{"id": 5120, "at": "2026-02-19T08:00:00Z", "actor": "alice", "action": "CREATE", "kind": "positions", "record_id": 812, "label": "Russian Federation on Demilitarized zone in the Donbas", "fields": ["stance", "statedOn"], "summary": "Russian Federation on Demilitarized zone in the Donbas: opposes → conditional (Only with international monitors), 2026-02-18", "page": "/proposals/17#position-812", "history": "/positions/812/history", "party_id": 3, "party_name": "Russian Federation", "proposal_id": 17, "proposal_title": "Demilitarized zone in the Donbas", "previous_stance": "OPPOSES", "stance": "CONDITIONAL", "condition": "Only with international monitors", "stated_on": "2026-02-18"}], "older": 5101}""",
		description = "Changes, newest first; older is the cursor of the next older page.")
record ChangesJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Change> items,
		@Schema(description = "Pass as before for the next older page; missing on the oldest.") Long older) {

	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "Change",
			example = """
					{"id": 5120, "at": "2026-02-19T08:00:00Z", "actor": "alice", "action": "CREATE", "kind": "positions", "record_id": 812, "label": "Russian Federation on Demilitarized zone in the Donbas", "fields": ["stance", "statedOn"], "summary": "Russian Federation on Demilitarized zone in the Donbas: opposes → conditional (Only with international monitors), 2026-02-18", "page": "/proposals/17#position-812", "history": "/positions/812/history", "party_id": 3, "party_name": "Russian Federation", "proposal_id": 17, "proposal_title": "Demilitarized zone in the Donbas", "previous_stance": "OPPOSES", "stance": "CONDITIONAL", "condition": "Only with international monitors", "stated_on": "2026-02-18"}""",
			description = "One save of a record, its parts' rows counted as fields of it.")
	record Change(
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The audit trail's id of the save.") long id,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Instant at,
			@Schema(description = "Who saved it; missing for the application itself.") String actor,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {
					"CREATE", "UPDATE", "DELETE" }) String action,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "negotiations", "parties", "people", "rounds", "proposals", "positions",
							"citations", "sources", "topics", "regions" }) String kind,
			@JsonProperty("record_id") @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long recordId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String label,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "The fields that changed, in the recorded order.") List<String> fields,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED,
					description = "What the changes page says about it.") String summary,
			@Schema(description = "The record's page; missing once it is deleted.") String page,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String history, @JsonProperty("party_id") Long partyId,
			@JsonProperty("party_name") String partyName, @JsonProperty("proposal_id") Long proposalId,
			@JsonProperty("proposal_title") String proposalTitle,
			@JsonProperty("previous_stance") @Schema(
					description = "A position's stance before; missing for none.") Stance previousStance,
			Stance stance,
			@JsonProperty("previous_condition") @Schema(
					description = "The condition before, when the stance before was conditional.") String previousCondition,
			@Schema(description = "The condition after, when the stance after is conditional.") String condition,
			@JsonProperty("stated_on") LocalDate statedOn){

		static Change of(ChangeEntry entry, String summary) {
			return new Change(entry.id(), entry.at(), entry.actor(), entry.action(), entry.kind().path(),
					entry.recordId(), entry.label(), entry.fields(), summary, entry.readPage(), entry.historyPage(),
					entry.partyId(), entry.partyName(), entry.proposalId(), entry.proposalTitle(),
					stance(entry.previousStance()), stance(entry.stance()), entry.previousCondition(),
					entry.condition(), entry.statedOn());
		}

		private static Stance stance(String name) {
			try {
				return (name != null) ? Stance.valueOf(name) : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
