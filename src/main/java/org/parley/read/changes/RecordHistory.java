package org.parley.read.changes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Every recorded version of one record, oldest first, each with its full field values
 * rebuilt by replaying the audit trail's changes from the record's creation. One version
 * is one save: the rows one transaction wrote for the record and its parts (points,
 * relations, citation links …), the parts shown as fields of the record ("Point 3").
 * Within one transaction a second write of the record's own fields by the same editor
 * starts a new version, as does another editor. When the trail starts with a change
 * rather than a creation (the record was loaded before it was audited), version 0 stands
 * for the record as it was before: the old value of each field the first time it changed.
 *
 * @param kind the kind of record
 * @param id its id
 * @param versions oldest first, numbered from 1 (or 0 for the state before the trail)
 * @param labels each field's name as shown (a part's "Point 3"), by field key
 * @param order the field keys in the order they are shown
 */
public record RecordHistory(HistoryKind kind, long id, List<Version> versions, Map<String, String> labels,
		List<String> order) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	/** The action that stands for the state before the first recorded change. */
	static final String BEFORE = "BEFORE";

	/**
	 * Replays the recorded events of a record without parts, oldest first.
	 * @param kind the kind of record
	 * @param id its id
	 * @param events its audit rows, oldest first
	 * @return the versions
	 */
	static RecordHistory replay(HistoryKind kind, long id, List<Event> events) {
		return replay(kind, id, events, Map.of(), null);
	}

	/**
	 * Replays the recorded events of a record and its parts, oldest first.
	 * @param kind the kind of record
	 * @param id its id
	 * @param events its audit rows and its parts', oldest first
	 * @param live the live state of parts (by {@code Type#id}), for parts that predate
	 * the trail
	 * @param context names and messages to show parts with ({@code null} when there are
	 * no parts)
	 * @return the versions
	 */
	static RecordHistory replay(HistoryKind kind, long id, List<Event> events, Map<String, Map<String, String>> live,
			PartKind.Context context) {
		List<List<Event>> saves = saves(kind, id, events);
		List<Version> versions = new ArrayList<>();
		Map<String, String> state = new LinkedHashMap<>();
		Map<String, Map<String, String>> parts = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, String> sortKeys = new HashMap<>();
		Set<String> created = new HashSet<>();
		for (Event event : events) {
			if (!event.own(kind, id) && "CREATE".equals(event.action())) {
				created.add(event.part());
			}
		}
		Map<String, Map<String, String>> seeds = new LinkedHashMap<>();
		for (Event event : events) {
			if (!event.own(kind, id) && !created.contains(event.part())) {
				Map<String, String> firstFrom = seeds.computeIfAbsent(event.part(), (part) -> new LinkedHashMap<>());
				event.changes().forEach((field, change) -> {
					if (!firstFrom.containsKey(field)) {
						firstFrom.put(field, change.from());
					}
				});
			}
		}
		seeds.forEach((part, firstFrom) -> {
			Map<String, String> seed = new LinkedHashMap<>(live.getOrDefault(part, Map.of()));
			firstFrom.forEach((field, value) -> {
				if (value != null) {
					seed.put(field, value);
				}
			});
			parts.put(part, seed);
		});
		boolean createdInTrail = saves.get(0)
			.stream()
			.anyMatch((event) -> event.own(kind, id) && "CREATE".equals(event.action()));
		Map<String, String> previous = Map.of();
		if (!createdInTrail) {
			Map<String, String> before = new LinkedHashMap<>();
			for (Event event : events) {
				if (event.own(kind, id)) {
					event.changes().forEach((field, change) -> before.putIfAbsent(field, change.from()));
				}
			}
			before.values().removeIf(Objects::isNull);
			state.putAll(before);
			previous = values(state, parts, context, labels, sortKeys);
			versions.add(new Version(0, null, null, BEFORE, List.of(), previous));
		}
		int number = 1;
		for (List<Event> save : saves) {
			List<String> fields = new ArrayList<>();
			String action = null;
			for (Event event : save) {
				if (event.own(kind, id)) {
					action = ("CREATE".equals(event.action()) || "DELETE".equals(event.action()) || action == null)
							? event.action() : action;
					apply(state, event);
					event.changes().keySet().stream().filter((field) -> !fields.contains(field)).forEach(fields::add);
				}
				else if ("DELETE".equals(event.action())) {
					parts.remove(event.part());
				}
				else {
					apply(parts.computeIfAbsent(event.part(), (part) -> new LinkedHashMap<>()), event);
				}
			}
			Map<String, String> values = values(state, parts, context, labels, sortKeys);
			for (String part : sortKeys.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.toList()) {
				if (!fields.contains(part) && !Objects.equals(previous.get(part), values.get(part))) {
					fields.add(part);
				}
			}
			Event first = save.get(0);
			versions.add(new Version(number++, first.at(), first.actor(), (action != null) ? action : "UPDATE",
					fields.stream().map((field) -> labels.getOrDefault(field, field)).toList(), values));
			previous = values;
		}
		List<String> order = new ArrayList<>();
		for (Version version : versions) {
			version.values()
				.keySet()
				.stream()
				.filter((field) -> !sortKeys.containsKey(field) && !order.contains(field))
				.forEach(order::add);
		}
		for (Event event : events) {
			if (event.own(kind, id)) {
				event.changes().keySet().stream().filter((field) -> !order.contains(field)).forEach(order::add);
			}
		}
		sortKeys.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).forEach(order::add);
		return new RecordHistory(kind, id, List.copyOf(versions), Collections.unmodifiableMap(labels),
				List.copyOf(order));
	}

	/**
	 * The events in saves: one transaction's rows by one editor, split where the record's
	 * own fields are written a second time (a second save in the same transaction).
	 */
	private static List<List<Event>> saves(HistoryKind kind, long id, List<Event> events) {
		List<List<Event>> saves = new ArrayList<>();
		List<Event> current = null;
		boolean written = false;
		for (Event event : events) {
			boolean write = event.own(kind, id) && !event.collectionOnly();
			Event last = (current != null) ? current.get(current.size() - 1) : null;
			if (last == null || last.transactionId() != event.transactionId()
					|| !Objects.equals(last.actor(), event.actor()) || (write && written)) {
				current = new ArrayList<>();
				saves.add(current);
				written = false;
			}
			current.add(event);
			written |= write;
		}
		return saves;
	}

	private static void apply(Map<String, String> state, Event event) {
		if ("DELETE".equals(event.action())) {
			state.clear();
			return;
		}
		event.changes().forEach((field, change) -> {
			if (change.to() != null) {
				state.put(field, change.to());
			}
			else {
				state.remove(field);
			}
		});
	}

	/** The record's own fields, then each part as a field. */
	private static Map<String, String> values(Map<String, String> state, Map<String, Map<String, String>> parts,
			PartKind.Context context, Map<String, String> labels, Map<String, String> sortKeys) {
		Map<String, String> values = new LinkedHashMap<>(state);
		state.keySet().forEach((field) -> labels.putIfAbsent(field, field));
		if (context != null) {
			parts.forEach((part, partState) -> {
				String type = part.substring(0, part.indexOf('#'));
				PartKind.ofEntityType(type).ifPresent((partKind) -> {
					PartKind.Shown shown = partKind.show(partState, context, part);
					String key = values.containsKey(shown.key()) ? part : shown.key();
					values.put(key, shown.value());
					labels.put(key, shown.label());
					sortKeys.putIfAbsent(key, shown.sortKey());
				});
			});
		}
		return Collections.unmodifiableMap(values);
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
		List<FieldDiff> diffs = new ArrayList<>();
		for (String field : this.order) {
			String old = before.get(field);
			String now = after.get(field);
			if (old == null && now == null) {
				continue;
			}
			boolean changed = !Objects.equals(old, now);
			diffs.add(new FieldDiff(this.labels.getOrDefault(field, field), display(old), display(now), changed,
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
	 * One audit row of the record or of one of its parts.
	 *
	 * @param at when, UTC
	 * @param actor who, or {@code null} for the application itself
	 * @param action CREATE, UPDATE, DELETE or another recorded action
	 * @param changes field → its change, as recorded
	 * @param transactionId the transaction that wrote it
	 * @param entityType the type of the entity written (the record's, or a part's)
	 * @param entityId its id
	 */
	public record Event(Instant at, String actor, String action, Map<String, Change> changes, long transactionId,
			String entityType, String entityId) {

		boolean own(HistoryKind kind, long id) {
			return kind.entityType().equals(this.entityType) && Long.toString(id).equals(this.entityId);
		}

		/** The part written, as {@code Type#id}. */
		String part() {
			return this.entityType + "#" + this.entityId;
		}

		/**
		 * Whether this row records only a change of a many-to-many collection (written
		 * apart from the record's other fields, in the same save).
		 */
		boolean collectionOnly() {
			if (!"UPDATE".equals(this.action) || this.changes.size() != 1) {
				return false;
			}
			Change change = this.changes.values().iterator().next();
			return list(change.from()) && list(change.to());
		}

		private static boolean list(String value) {
			return value != null && value.startsWith("[") && value.endsWith("]");
		}

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
