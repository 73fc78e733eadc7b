package org.parley.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every recorded version of one record, oldest first, each with its full field values
 * rebuilt by replaying the audit trail's changes from the record's creation. When the
 * trail starts with a change rather than a creation (the record was loaded before it was
 * audited), version 0 stands for the record as it was before: the old value of each field
 * the first time it changed.
 *
 * @param kind the kind of record
 * @param id its id
 * @param versions oldest first, numbered from 1 (or 0 for the state before the trail)
 */
public record RecordHistory(HistoryKind kind, long id, List<Version> versions) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The action that stands for the state before the first recorded change. */
	static final String BEFORE = "BEFORE";

	/**
	 * Replays the recorded events, oldest first.
	 * @param kind the kind of record
	 * @param id its id
	 * @param events its audit rows, oldest first
	 * @return the versions
	 */
	static RecordHistory replay(HistoryKind kind, long id, List<Event> events) {
		List<Version> versions = new ArrayList<>();
		Map<String, String> state = new LinkedHashMap<>();
		if (!events.isEmpty() && !"CREATE".equals(events.get(0).action())) {
			Map<String, String> before = new LinkedHashMap<>();
			for (Event event : events) {
				event.changes().forEach((field, change) -> before.putIfAbsent(field, change.from()));
			}
			before.values().removeIf(Objects::isNull);
			state.putAll(before);
			versions.add(new Version(0, null, null, BEFORE, List.of(), Collections.unmodifiableMap(before)));
		}
		int number = 1;
		for (Event event : events) {
			if ("DELETE".equals(event.action())) {
				state.clear();
			}
			else {
				event.changes().forEach((field, change) -> {
					if (change.to() != null) {
						state.put(field, change.to());
					}
					else {
						state.remove(field);
					}
				});
			}
			versions.add(new Version(number++, event.at(), event.actor(), event.action(),
					List.copyOf(event.changes().keySet()), Collections.unmodifiableMap(new LinkedHashMap<>(state))));
		}
		return new RecordHistory(kind, id, List.copyOf(versions));
	}

	public List<Version> newestFirst() {
		List<Version> reversed = new ArrayList<>(this.versions);
		Collections.reverse(reversed);
		return reversed;
	}

	public int firstNumber() {
		return this.versions.get(0).number();
	}

	public int lastNumber() {
		return this.versions.get(this.versions.size() - 1).number();
	}

	Version version(int number) {
		return this.versions.get(number - firstNumber());
	}

	boolean has(int number) {
		return number >= firstNumber() && number <= lastNumber();
	}

	/** The latest values the record had (before a deletion, if it was deleted). */
	public Map<String, String> latestValues() {
		for (int i = this.versions.size() - 1; i >= 0; i--) {
			if (!this.versions.get(i).values().isEmpty()) {
				return this.versions.get(i).values();
			}
		}
		return Map.of();
	}

	/** What the record is called in its latest version, e.g. a proposal's title. */
	public String label() {
		String field = this.kind.labelField();
		String label = (field != null) ? latestValues().get(field) : null;
		return (label != null && !label.isBlank()) ? label : this.kind.entityType() + " #" + this.id;
	}

	/** The record's read page, or {@code null} where it has none of its own. */
	public String readPage() {
		Map<String, String> values = latestValues();
		return this.kind.readPage(this.id, values.get("slug"), values.get("proposal"), values.get("source"));
	}

	public boolean deleted() {
		return "DELETE".equals(this.versions.get(this.versions.size() - 1).action());
	}

	/**
	 * Field by field, from version {@code from} to version {@code to}: every field either
	 * has, text compared word by word where it changed.
	 * @param from the earlier version's number
	 * @param to the later version's number
	 * @return one entry per field, in the order the fields were first recorded
	 */
	List<FieldDiff> diff(int from, int to) {
		Map<String, String> before = version(from).values();
		Map<String, String> after = version(to).values();
		Set<String> fields = new LinkedHashSet<>();
		for (Version version : this.versions) {
			fields.addAll(version.values().keySet());
			fields.addAll(version.fields());
		}
		List<FieldDiff> diffs = new ArrayList<>();
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			if (old == null && now == null) {
				continue;
			}
			boolean changed = !Objects.equals(old, now);
			diffs.add(new FieldDiff(field, display(old), display(now), changed,
					changed ? WordDiff.html(display(old), display(now)) : null));
		}
		return diffs;
	}

	/**
	 * Recorded text as it was typed: the audit trail stores line breaks and tabs as
	 * {@code \n}, {@code \r}, {@code \t} and a backslash doubled; other escapes (control
	 * and direction characters) stay written out.
	 */
	static String display(String recorded) {
		if (recorded == null || recorded.indexOf('\\') < 0) {
			return recorded;
		}
		StringBuilder text = new StringBuilder(recorded.length());
		for (int i = 0; i < recorded.length(); i++) {
			char c = recorded.charAt(i);
			if (c == '\\' && i + 1 < recorded.length()) {
				char next = recorded.charAt(i + 1);
				switch (next) {
					case '\\' -> text.append('\\');
					case 'n' -> text.append('\n');
					case 't' -> text.append('\t');
					case 'r' -> {
					}
					default -> {
						text.append(c);
						continue;
					}
				}
				i++;
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

	/**
	 * One audit row of the record.
	 *
	 * @param at when, UTC
	 * @param actor who, or {@code null} for the application itself
	 * @param action CREATE, UPDATE, DELETE or another recorded action
	 * @param changes field → its change, as recorded
	 */
	public record Event(Instant at, String actor, String action, Map<String, Change> changes) {

	}

	/**
	 * One field's recorded change.
	 *
	 * @param from the value before, or {@code null}
	 * @param to the value after, or {@code null}
	 */
	public record Change(String from, String to) {

	}

	/**
	 * One version of the record.
	 *
	 * @param number 1 for the creation, then one more per change; 0 for the state before
	 * the trail
	 * @param at when it was written, UTC ({@code null} for version 0)
	 * @param actor who wrote it, or {@code null}
	 * @param action what was done
	 * @param fields the fields this version changed
	 * @param values every field's value in this version
	 */
	public record Version(int number, Instant at, String actor, String action, List<String> fields,
			Map<String, String> values) {

		public String atUtc() {
			return (this.at != null) ? UTC.format(this.at) : null;
		}

	}

	/**
	 * One field compared between two versions.
	 *
	 * @param field the field's name
	 * @param before its value in the earlier version, or {@code null}
	 * @param after its value in the later version, or {@code null}
	 * @param changed whether they differ
	 * @param html the word-by-word difference as escaped HTML, or {@code null} when
	 * unchanged
	 */
	public record FieldDiff(String field, String before, String after, boolean changed, String html) {

	}

}
