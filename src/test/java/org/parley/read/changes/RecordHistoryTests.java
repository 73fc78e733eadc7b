package org.parley.read.changes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How audit rows fold into versions: one save one version, parts as fields. */
class RecordHistoryTests {

	private static final Instant AT = Instant.parse("2026-02-18T10:00:00Z");

	private static final PartKind.Context CONTEXT = new PartKind.Context() {

		@Override
		public String name(String type, String id) {
			return type + " " + id;
		}

		@Override
		public String message(String key, Object... args) {
			return key.substring(key.lastIndexOf('.') + 1) + ((args.length > 0) ? " " + args[0] : "");
		}

		@Override
		public String messageOr(String key, String fallback) {
			return fallback;
		}

	};

	@Test
	void theRowsOfOneTransactionAreOneVersionAndCollectionRowsJoinTheirSave() {
		List<RecordHistory.Event> events = List.of(own(1, "alice", "CREATE", "title", null, "Plan"),
				part(1, "alice", "CREATE", "ProposalPoint", "7", Map.of("ordinal", "0", "text", "First.")),
				own(1, "alice", "UPDATE", "topics", "[]", "[3]"),
				part(2, "bob", "UPDATE", "ProposalPoint", "7", Map.of("text", "First, revised.")),
				own(2, "bob", "UPDATE", "title", "Plan", "Plan B"), own(2, "bob", "UPDATE", "status", "A", "B"));
		RecordHistory history = RecordHistory.replay(HistoryKind.PROPOSALS, 1, events, Map.of(), CONTEXT);
		// Bob's second write of the record's own fields in the same transaction is a
		// second
		// save.
		assertThat(history.versions()).extracting(RecordHistory.Version::number).containsExactly(1, 2, 3);
		assertThat(history.versions().get(0).fields()).containsExactly("title", "topics", "point 1");
		assertThat(history.versions().get(1).fields()).containsExactly("title", "point 1");
		assertThat(history.versions().get(2).fields()).containsExactly("status");
		assertThat(history.diff(1, 2)).filteredOn(RecordHistory.FieldDiff::changed)
			.extracting(RecordHistory.FieldDiff::field)
			.containsExactly("title", "point 1");
	}

	@Test
	void aPartLoadedBeforeTheTrailStartsFromItsLiveStateAndItsFirstOldValues() {
		List<RecordHistory.Event> events = List
			.of(part(5, "alice", "UPDATE", "ProposalPoint", "9", Map.of("text", "Old text.|New text.")));
		RecordHistory history = RecordHistory.replay(HistoryKind.PROPOSALS, 1, events,
				Map.of("ProposalPoint#9", Map.of("ordinal", "2", "text", "New text.")), CONTEXT);
		assertThat(history.versions()).extracting(RecordHistory.Version::number).containsExactly(0, 1);
		assertThat(history.versions().get(0).values()).containsEntry("point:3", "Old text.");
		assertThat(history.versions().get(1).values()).containsEntry("point:3", "New text.");
		assertThat(history.versions().get(1).actor()).isEqualTo("alice");
	}

	@Test
	void ownFieldsReadAsTheirFormsWordThemAndListsOfPartsAreLeftOut() {
		Map<String, RecordHistory.Change> created = new LinkedHashMap<>();
		created.put("slug", new RecordHistory.Change(null, "plan"));
		created.put("points", new RecordHistory.Change(null, "[4, 5, 6]"));
		created.put("status", new RecordHistory.Change(null, "UNDER_DISCUSSION"));
		created.put("topics", new RecordHistory.Change(null, "[2, null, 1]"));
		created.put("regions", new RecordHistory.Change(null, "[]"));
		created.put("title", new RecordHistory.Change(null, "Plan"));
		created.put("negotiation", new RecordHistory.Change(null, "1"));
		created.put("citations", new RecordHistory.Change(null, "[null]"));
		RecordHistory history = RecordHistory.replay(HistoryKind.PROPOSALS, 1,
				List.of(new RecordHistory.Event(AT, "alice", "CREATE", created, 1, "Proposal", "1")), Map.of(),
				CONTEXT);
		// In the form's order; points and citations show as parts, the slug nowhere, an
		// empty list as no value.
		assertThat(history.versions().get(0).values()).containsOnly(Map.entry("negotiation", "Negotiation 1"),
				Map.entry("title", "Plan"), Map.entry("status", "under discussion"),
				Map.entry("topics", "Topic 1, Topic 2"));
		assertThat(history.order()).containsExactly("negotiation", "title", "status", "topics", "regions");
		assertThat(history.versions().get(0).fields()).containsExactly("negotiation", "title", "status", "topics");
		assertThat(history.label()).isEqualTo("Plan");
		assertThat(history.readPage()).isEqualTo("/proposals/1");
	}

	@Test
	void theChangesPageNamesFieldsByTheFormsLabelsInItsOrder() {
		assertThat(RecordFields.labels(HistoryKind.ROUNDS, List.of("summary", "slug", "proposals", "parties", "title"),
				CONTEXT))
			.containsExactly("title", "parties", "proposals", "summary");
		assertThat(RecordFields.show(HistoryKind.CITATIONS, "credibility", "2", CONTEXT))
			.isEqualTo("2 — probably true");
		assertThat(RecordFields.show(HistoryKind.SOURCES, "reliability", "B", CONTEXT))
			.isEqualTo("B — usually reliable");
		assertThat(RecordFields.show(HistoryKind.ROUNDS, "format", "SOME_NEW_FORMAT", CONTEXT))
			.isEqualTo("some new format");
	}

	private static RecordHistory.Event own(long transaction, String actor, String action, String field, String from,
			String to) {
		return new RecordHistory.Event(AT, actor, action, Map.of(field, new RecordHistory.Change(from, to)),
				transaction, "Proposal", "1");
	}

	/** A part's row; a value "old|new" is a change, any other a new value. */
	private static RecordHistory.Event part(long transaction, String actor, String action, String type, String id,
			Map<String, String> values) {
		Map<String, RecordHistory.Change> changes = new LinkedHashMap<>();
		values.forEach((field, value) -> {
			String[] parts = value.split("\\|", 2);
			changes.put(field, (parts.length == 2) ? new RecordHistory.Change(parts[0], parts[1])
					: new RecordHistory.Change(null, value));
		});
		return new RecordHistory.Event(AT, actor, action, changes, transaction, type, id);
	}

}
