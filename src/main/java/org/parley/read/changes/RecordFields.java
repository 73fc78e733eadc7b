package org.parley.read.changes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.parley.source.Citation;
import org.parley.source.Reliability;

/**
 * The recorded fields of each kind of record as its form and its page word them. The
 * audit trail records Java property names and raw values (an entity by its id, a
 * collection as {@code [4, 5, 6]}, an enum by its constant); a history shows the form's
 * label, a reference by the record's current name, an enum in the words its page uses.
 * Fields are listed in the order of the record's form; collections whose elements show as
 * parts of their own (a proposal's points) are left out of the history, but named on
 * {@code /changes}, where a part's save counts as a change of them.
 */
final class RecordFields {

	private static final Map<HistoryKind, Map<String, Field>> FIELDS = Map.of(HistoryKind.NEGOTIATIONS,
			fields(text("title", "negotiation.form.title"), text("slug", "negotiation.form.slug"),
					text("description", "negotiation.form.description"),
					// Its parties are rows of their own in the trail, not tied to it:
					// the list it was created with would read as if it never changed.
					parts("parties", "negotiation.form.parties")),
			HistoryKind.PARTIES,
			fields(text("name", "party.form.name"), text("shortName", "party.form.shortName"),
					choice("kind", "party.form.kind", "partyKind."), text("countryCode", "party.form.countryCode"),
					bookkeeping("slug")),
			HistoryKind.PEOPLE,
			fields(text("fullName", "person.form.fullName"), text("nativeName", "person.form.nativeName"),
					text("title", "person.form.title"), reference("party", "person.form.partyId", "Party"),
					parts("titles", "person.form.titles"), bookkeeping("slug")),
			HistoryKind.ROUNDS,
			fields(reference("negotiation", "round.form.negotiationId", "Negotiation"),
					text("title", "round.form.title"), text("place", "round.form.place"),
					text("startsOn", "round.form.startsOn"), text("endsOn", "round.form.endsOn"),
					choice("format", "round.form.format", "round.format."),
					choice("outcome", "round.form.outcome", "round.outcome."),
					reference("mediator", "round.form.mediatorId", "Party"),
					references("parties", "round.form.partyIds", "Party"),
					references("delegates", "round.form.delegates", "Person"),
					parts("proposals", "round.form.proposals"), text("summary", "round.form.summary"),
					parts("citations", "round.form.citations"), bookkeeping("slug")),
			HistoryKind.PROPOSALS,
			fields(reference("negotiation", "proposal.form.negotiationId", "Negotiation"),
					text("title", "proposal.form.title"), text("summary", "proposal.form.summary"),
					choice("status", "proposal.form.status", "proposal.status."),
					choice("disclosure", "proposal.form.disclosure", "proposals.disclosure."),
					references("proposers", "proposal.form.proposerIds", "Party"),
					text("firstReportedOn", "history.field.Proposal.firstReportedOn"),
					reference("firstReportedCitation", "history.field.Proposal.firstReportedCitation", "Citation"),
					parts("points", "proposal.form.points"), references("topics", "proposal.form.topicIds", "Topic"),
					references("regions", "proposal.form.regionIds", "Region"),
					parts("relations", "proposal.form.relations"), parts("citations", "proposal.form.citations"),
					bookkeeping("slug")),
			HistoryKind.POSITIONS,
			fields(reference("party", "position.form.partyId", "Party"),
					reference("proposal", "position.form.proposalId", "Proposal"),
					text("statedOn", "position.form.statedOn"),
					choice("statedOnPrecision", "position.form.precision", "position.precision."),
					choice("stance", "position.form.stance", "position.stance."),
					text("condition", "position.form.condition"),
					reference("speaker", "position.form.speakerId", "Person"), text("quote", "position.form.quote"),
					reference("round", "history.field.Position.round", "Round"), text("note", "position.form.note"),
					parts("citations", "position.form.citations"), parts("arguments", "position.form.arguments"),
					parts("preconditions", "position.form.preconditionOf")),
			HistoryKind.CITATIONS,
			fields(reference("source", "citation.form.sourceId", "Source"), text("url", "citation.form.url"),
					text("headline", "citation.form.headline"), text("publishedOn", "citation.form.publishedOn"),
					text("excerpt", "citation.form.excerpt"),
					new Field("credibility", "citation.form.credibility", Shape.CREDIBILITY, null),
					new Field("anonymous", "citation.form.anonymous", Shape.YES_NO, null),
					text("anonymousDescription", "citation.form.anonymousDescription"),
					reference("via", "citation.form.viaId", "Citation")),
			HistoryKind.SOURCES,
			fields(text("name", "source.name"), choice("kind", "source.kind", "source.kind."),
					text("homepage", "source.homepage"), text("countryCode", "source.countryCode"),
					text("language", "source.language"),
					new Field("reliability", "source.reliability", Shape.RELIABILITY, null),
					text("reliabilityNote", "source.reliabilityNote"),
					choice("status", "source.status", "source.status."),
					reference("mergedInto", "history.field.Source.mergedInto", "Source"), bookkeeping("slug")),
			HistoryKind.TOPICS,
			fields(text("name", "history.field.Topic.name"), text("description", "history.field.Topic.description"),
					parts("claims", "topic.form.claims"), bookkeeping("slug")),
			HistoryKind.REGIONS,
			fields(text("name", "history.field.Region.name"), text("countryCode", "history.field.Region.countryCode"),
					reference("parent", "history.field.Region.parent", "Region"), bookkeeping("slug")));

	private RecordFields() {
	}

	/**
	 * The field's label, e.g. a proposal's {@code topicIds} as "Topics"; a field not
	 * listed (added to an entity since) by {@code history.field.<Type>.<field>}, or its
	 * recorded name.
	 */
	static String label(HistoryKind kind, String field, PartKind.Context context) {
		Field known = field(kind, field);
		String key = (known != null) ? known.label() : "history.field." + kind.entityType() + "." + field;
		return context.messageOr(key, field);
	}

	/** Whether the history leaves the field out (bookkeeping, or shown as parts). */
	static boolean hidden(HistoryKind kind, String field) {
		Field known = field(kind, field);
		return known != null && (known.shape() == Shape.BOOKKEEPING || known.shape() == Shape.PARTS);
	}

	/**
	 * The labels of the fields named on a line of {@code /changes}, once each, in the
	 * order of the form; bookkeeping left out, collections of parts named.
	 */
	static List<String> labels(HistoryKind kind, List<String> fields, PartKind.Context context) {
		List<String> ordered = new ArrayList<>(fields.stream().distinct().toList());
		ordered.removeIf((field) -> {
			Field known = field(kind, field);
			return known != null && known.shape() == Shape.BOOKKEEPING;
		});
		ordered.sort(order(kind));
		return ordered.stream().map((field) -> label(kind, field, context)).distinct().toList();
	}

	/** The form's order; fields it does not list after, in the order given. */
	static Comparator<String> order(HistoryKind kind) {
		List<String> names = new ArrayList<>(FIELDS.getOrDefault(kind, Map.of()).keySet());
		return Comparator.comparingInt((String field) -> {
			int rank = names.indexOf(field);
			return (rank < 0) ? names.size() : rank;
		});
	}

	/** The fields naming other records, and the type of record each names. */
	static Map<String, String> references(HistoryKind kind) {
		Map<String, String> references = new LinkedHashMap<>();
		FIELDS.getOrDefault(kind, Map.of())
			.values()
			.stream()
			.filter((field) -> field.shape() == Shape.REFERENCE || field.shape() == Shape.REFERENCES)
			.forEach((field) -> references.put(field.name(), field.detail()));
		return references;
	}

	/** The ids a recorded value holds: one, or a list's ({@code [4, 5, 6]}). */
	static List<String> ids(String recorded) {
		if (recorded == null) {
			return List.of();
		}
		if (!recorded.startsWith("[") || !recorded.endsWith("]")) {
			return List.of(recorded);
		}
		String inner = recorded.substring(1, recorded.length() - 1).strip();
		if (inner.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(inner.split(",")).map(String::strip).filter((id) -> !"null".equals(id)).toList();
	}

	/**
	 * A recorded value in the words of the record's page, or {@code null} for none (an
	 * empty list, as a field the version does not have).
	 */
	static String show(HistoryKind kind, String field, String recorded, PartKind.Context context) {
		Field known = field(kind, field);
		if (recorded == null || known == null) {
			return recorded;
		}
		return switch (known.shape()) {
			case TEXT, BOOKKEEPING, PARTS -> recorded;
			case CHOICE ->
				context.messageOr(known.detail() + recorded, recorded.toLowerCase(Locale.ROOT).replace('_', ' '));
			case YES_NO -> context.messageOr("history.value." + recorded, recorded);
			case REFERENCE -> context.name(known.detail(), recorded);
			case REFERENCES -> {
				List<String> names = ids(recorded).stream()
					.map((id) -> context.name(known.detail(), id))
					.sorted(String.CASE_INSENSITIVE_ORDER)
					.toList();
				yield names.isEmpty() ? null : String.join(", ", names);
			}
			case CREDIBILITY -> credibility(recorded);
			case RELIABILITY -> reliability(recorded);
		};
	}

	private static String credibility(String recorded) {
		if (!recorded.matches("[1-6]")) {
			return recorded;
		}
		return recorded + " \u2014 " + Citation.describeCredibility(Integer.parseInt(recorded));
	}

	private static String reliability(String recorded) {
		return Arrays.stream(Reliability.values())
			.filter((grade) -> grade.name().equals(recorded))
			.findFirst()
			.map((grade) -> grade.name() + " \u2014 " + grade.description())
			.orElse(recorded);
	}

	private static Field field(HistoryKind kind, String field) {
		return FIELDS.getOrDefault(kind, Map.of()).get(field);
	}

	private static Map<String, Field> fields(Field... fields) {
		Map<String, Field> map = new LinkedHashMap<>();
		Arrays.stream(fields).filter(Objects::nonNull).forEach((field) -> map.put(field.name(), field));
		return map;
	}

	private static Field text(String name, String label) {
		return new Field(name, label, Shape.TEXT, null);
	}

	private static Field choice(String name, String label, String prefix) {
		return new Field(name, label, Shape.CHOICE, prefix);
	}

	private static Field reference(String name, String label, String type) {
		return new Field(name, label, Shape.REFERENCE, type);
	}

	private static Field references(String name, String label, String type) {
		return new Field(name, label, Shape.REFERENCES, type);
	}

	private static Field parts(String name, String label) {
		return new Field(name, label, Shape.PARTS, null);
	}

	private static Field bookkeeping(String name) {
		return new Field(name, "history.field.slug", Shape.BOOKKEEPING, null);
	}

	/** How a recorded value reads. */
	enum Shape {

		/** As typed (text, a date, a code). */
		TEXT,

		/** A constant, by the page's message {@code detail + constant}. */
		CHOICE,

		/** true or false, as yes or no. */
		YES_NO,

		/** One record's id, by its current name; {@code detail} is its type. */
		REFERENCE,

		/** A list of records' ids, by their names, comma-separated. */
		REFERENCES,

		/** An Admiralty credibility digit with its words. */
		CREDIBILITY,

		/** An Admiralty reliability letter with its words. */
		RELIABILITY,

		/** Elements shown as parts of their own: left out of the history. */
		PARTS,

		/** Kept for addresses, read by nobody: left out. */
		BOOKKEEPING

	}

	/**
	 * One recorded field.
	 *
	 * @param name its recorded (Java property) name
	 * @param label the message key of its label
	 * @param shape how its value reads
	 * @param detail the message prefix of a choice, the type of a referenced record
	 */
	record Field(String name, String label, Shape shape, String detail) {

	}

}
