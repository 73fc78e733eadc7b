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
 * @param labels each field's name as shown (the form's "Topics", a part's "Point 3"), by
 * field key
 * @param order the field keys in the order they are shown
 * @param title what the record is called in its latest version (a proposal's title,
 * "Russia on …" for a position)
 * @param recorded the record's own fields as last recorded (before a deletion, if it was
 * deleted), raw: ids, constants
 */
public record RecordHistory(HistoryKind kind, long id, List<Version> versions, Map<String, String> labels,
		List<String> order, String title, Map<String, String> recorded) {

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
		return replay(kind, id, events, Map.of(), PartKind.Context.RAW);
	}

	/**
	 * Replays the recorded events of a record and its parts, oldest first.
	 * @param kind the kind of record
	 * @param id its id
	 * @param events its audit rows and its parts', oldest first
	 * @param live the live state of parts (by {@code Type#id}), for parts that predate
	 * the trail
	 * @param context names and messages to show fields and parts with
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
			previous = values(kind, state, parts, context, labels, sortKeys);
			versions.add(new Version(0, null, null, BEFORE, List.of(), previous));
		}
		Map<String, String> recorded = Map.copyOf(state);
		int number = 1;
		for (List<Event> save : saves) {
			List<String> fields = new ArrayList<>();
			String action = null;
			for (Event event : save) {
				if (event.own(kind, id)) {
					action = ("CREATE".equals(event.action()) || "DELETE".equals(event.action()) || action == null)
							? event.action() : action;
					apply(state, event);
					event.changes()
						.keySet()
						.stream()
						.filter((field) -> !fields.contains(field) && !RecordFields.hidden(kind, field))
						.forEach(fields::add);
				}
				else if ("DELETE".equals(event.action())) {
					parts.remove(event.part());
				}
				else {
					apply(parts.computeIfAbsent(event.part(), (part) -> new LinkedHashMap<>()), event);
				}
			}
			Map<String, String> values = values(kind, state, parts, context, labels, sortKeys);
			if (!state.isEmpty()) {
				recorded = Map.copyOf(state);
			}
			for (String part : sortKeys.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.toList()) {
				if (!fields.contains(part) && !Objects.equals(previous.get(part), values.get(part))) {
					fields.add(part);
				}
			}
			Map<String, String> before = previous;
			// An own field is named where its value, as shown, changed: not an empty list
			// that a creation recorded.
			List<String> named = new ArrayList<>(fields.stream()
				.filter((field) -> !sortKeys.containsKey(field))
				.filter((field) -> !Objects.equals(before.get(field), values.get(field)))
				.toList());
			named.sort(RecordFields.order(kind));
			fields.stream().filter(sortKeys::containsKey).forEach(named::add);
			Event first = save.get(0);
			versions.add(new Version(number++, first.at(), first.actor(), (action != null) ? action : "UPDATE",
					named.stream().map((field) -> label(kind, field, labels, context)).toList(), values));
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
				event.changes()
					.keySet()
					.stream()
					.filter((field) -> !order.contains(field) && !RecordFields.hidden(kind, field))
					.forEach(order::add);
			}
		}
		order.sort(RecordFields.order(kind));
		order.forEach((field) -> labels.computeIfAbsent(field, (name) -> RecordFields.label(kind, name, context)));
		sortKeys.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).forEach(order::add);
		return new RecordHistory(kind, id, List.copyOf(versions), Collections.unmodifiableMap(labels),
				List.copyOf(order), title(kind, id, recorded, context), recorded);
	}

	/** A field's label: a part's as it was shown, the record's own from its form. */
	private static String label(HistoryKind kind, String field, Map<String, String> labels, PartKind.Context context) {
		String shown = labels.get(field);
		return (shown != null) ? shown : RecordFields.label(kind, field, context);
	}

	/**
	 * What the record is called: its title or name; a position by its party and proposal;
	 * "Proposal #12" where nothing names it.
	 */
	private static String title(HistoryKind kind, long id, Map<String, String> recorded, PartKind.Context context) {
		if (kind == HistoryKind.POSITIONS && recorded.get("party") != null && recorded.get("proposal") != null) {
			return context.message("history.label.position", context.name("Party", recorded.get("party")),
					context.name("Proposal", recorded.get("proposal")));
		}
		String field = kind.labelField();
		String label = (field != null) ? recorded.get(field) : null;
		if (kind == HistoryKind.CITATIONS && (label == null || label.isBlank()) && recorded.get("source") != null) {
			String excerpt = recorded.get("excerpt");
			return context.name("Source", recorded.get("source")) + ": "
					+ ((excerpt != null) ? "\u201c" + opening(excerpt) + "\u201d"
							: context.message("history.label.citation", Long.toString(id)));
		}
		return (label != null && !label.isBlank()) ? label : kind.entityType() + " #" + id;
	}

	/**
	 * The first words of a recorded text (line breaks as recorded, written out), as the
	 * pickers name a report by its excerpt.
	 */
	private static String opening(String text) {
		String words = text.replace("\\n", " ").replace("\\r", " ").replace("\\t", " ").replaceAll("\\s+", " ").strip();
		return (words.length() <= 60) ? words : words.substring(0, 60) + "\u2026";
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

	/**
	 * The record's own fields in the words of its page (collections shown as parts left
	 * out), then each part as a field.
	 */
	private static Map<String, String> values(HistoryKind kind, Map<String, String> state,
			Map<String, Map<String, String>> parts, PartKind.Context context, Map<String, String> labels,
			Map<String, String> sortKeys) {
		Map<String, String> values = new LinkedHashMap<>();
		state.forEach((field, recorded) -> {
			String shown = RecordFields.hidden(kind, field) ? null : RecordFields.show(kind, field, recorded, context);
			if (shown != null) {
				values.put(field, shown);
				labels.computeIfAbsent(field, (name) -> RecordFields.label(kind, name, context));
			}
		});
		parts.forEach((part, partState) -> {
			String type = part.substring(0, part.indexOf('#'));
			PartKind.ofEntityType(type).ifPresent((partKind) -> {
				PartKind.Shown shown = partKind.show(partState, context, part);
				String key = (values.containsKey(shown.key()) || state.containsKey(shown.key())) ? part : shown.key();
				values.put(key, shown.value());
				labels.put(key, shown.label());
				sortKeys.putIfAbsent(key, shown.sortKey());
			});
		});
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

	/** What the record is called in its latest version, e.g. a proposal's title. */
	public String label() {
		return this.title;
	}

	/** The record's read page, or {@code null} where it has none of its own. */
	public String readPage() {
		return this.kind.readPage(this.id, this.recorded.get("slug"), this.recorded.get("proposal"),
				this.recorded.get("source"));
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
