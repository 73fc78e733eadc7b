package org.parley.read.changes;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * The parts of a record that its history shows as fields of its own: a negotiation's
 * parties; a proposal's points, relations and citation links; a round's discussed
 * proposals and citation links (those of a discussed proposal too); a position's citation
 * links. Each part's recorded state (field → value, as the audit trail writes it) becomes
 * one readable field, keyed so that a part removed and another added in its place read as
 * one change ("Point 3").
 */
enum PartKind {

	POINT("ProposalPoint"),

	RELATION("ProposalRelation"),

	ROUND_PROPOSAL("RoundProposal"),

	PROPOSAL_CITATION("ProposalCitation"),

	ROUND_CITATION("RoundCitation"),

	ROUND_PROPOSAL_CITATION("RoundProposalCitation"),

	POSITION_CITATION("PositionCitation"),

	NEGOTIATION_PARTY("NegotiationParty"),

	RELATION_CITATION("ProposalRelationCitation"),

	TOPIC_CLAIM("TopicClaim"),

	TOPIC_CLAIM_CITATION("TopicClaimCitation"),

	PERSON_TITLE("PersonTitle"),

	PERSON_TITLE_CITATION("PersonTitleCitation"),

	POSITION_ARGUMENT("PositionArgument"),

	POSITION_ARGUMENT_CITATION("PositionArgumentCitation"),

	POSITION_PRECONDITION("PositionPrecondition");

	/** Live parts of a record, as recorded fields, for parts loaded before the trail. */
	private static final Map<HistoryKind, String> LIVE = Map.of(HistoryKind.NEGOTIATIONS, """
			select 'NegotiationParty' as type, id, jsonb_build_object('party', party_id::text, 'role', role)::text
			       as state from negotiation_party where negotiation_id = ?
			""", HistoryKind.PROPOSALS, """
			select 'ProposalPoint' as type, id, jsonb_build_object('ordinal', ordinal::text, 'label', label,
			       'text', text)::text as state from proposal_point where proposal_id = ?
			union all
			select 'ProposalRelation', id, jsonb_build_object('kind', kind, 'related', related_proposal_id::text,
			       'note', note)::text from proposal_relation where proposal_id = ?
			union all
			select 'ProposalCitation', id, jsonb_build_object('citation', citation_id::text, 'bearing', bearing)::text
			from proposal_citation where proposal_id = ?
			union all
			select 'ProposalRelationCitation', x.id, jsonb_build_object('relation', x.relation_id::text,
			       'citation', x.citation_id::text, 'bearing', x.bearing)::text
			from proposal_relation_citation x join proposal_relation r on r.id = x.relation_id where r.proposal_id = ?
			""", HistoryKind.TOPICS, """
			select 'TopicClaim' as type, id, jsonb_build_object('claim', claim, 'party', party_id::text,
			       'statedOn', stated_on::text)::text as state from topic_claim where topic_id = ?
			union all
			select 'TopicClaimCitation', x.id, jsonb_build_object('claim', x.claim_id::text,
			       'citation', x.citation_id::text, 'bearing', x.bearing)::text
			from topic_claim_citation x join topic_claim c on c.id = x.claim_id where c.topic_id = ?
			""", HistoryKind.PEOPLE, """
			select 'PersonTitle' as type, id, jsonb_build_object('title', title, 'heldOn', held_on::text)::text
			       as state from person_title where person_id = ?
			union all
			select 'PersonTitleCitation', x.id, jsonb_build_object('title', x.title_id::text,
			       'citation', x.citation_id::text, 'bearing', x.bearing)::text
			from person_title_citation x join person_title t on t.id = x.title_id where t.person_id = ?
			""", HistoryKind.ROUNDS, """
			select 'RoundProposal' as type, id, jsonb_build_object('proposal', proposal_id::text,
			       'introducedBy', introduced_by_party_id::text, 'note', note)::text as state
			from round_proposal where round_id = ?
			union all
			select 'RoundCitation', id, jsonb_build_object('citation', citation_id::text, 'bearing', bearing)::text
			from round_citation where round_id = ?
			union all
			select 'RoundProposalCitation', x.id, jsonb_build_object('roundProposal', x.round_proposal_id::text,
			       'citation', x.citation_id::text, 'bearing', x.bearing)::text
			from round_proposal_citation x join round_proposal rp on rp.id = x.round_proposal_id where rp.round_id = ?
			""", HistoryKind.POSITIONS, """
			select 'PositionCitation' as type, id, jsonb_build_object('citation', citation_id::text,
			       'bearing', bearing)::text as state from position_citation where position_id = ?
			union all
			select 'PositionArgument', id, jsonb_build_object('kind', kind, 'argument', argument, 'quote', quote,
			       'aboutProposal', about_proposal_id::text, 'aboutTopic', about_topic_id::text)::text
			from position_argument where position_id = ?
			union all
			select 'PositionArgumentCitation', x.id, jsonb_build_object('argument', x.argument_id::text,
			       'citation', x.citation_id::text, 'bearing', x.bearing)::text
			from position_argument_citation x join position_argument a on a.id = x.argument_id where a.position_id = ?
			union all
			select 'PositionPrecondition', id, jsonb_build_object('proposal', proposal_id::text)::text
			from position_precondition where position_id = ?
			""");

	private final String entityType;

	PartKind(String entityType) {
		this.entityType = entityType;
	}

	String entityType() {
		return this.entityType;
	}

	static Optional<PartKind> ofEntityType(String entityType) {
		return Arrays.stream(values()).filter((kind) -> kind.entityType.equals(entityType)).findFirst();
	}

	/**
	 * The statement reading the live parts of a record of this kind (its id bound to each
	 * placeholder), or {@code null} for a kind without parts.
	 */
	static String liveParts(HistoryKind kind) {
		return LIVE.get(kind);
	}

	/**
	 * One part as a field of its record.
	 * @param state the part's recorded fields
	 * @param context names of the records it refers to, and the messages
	 * @param fallback a key for a part whose state says too little to name it
	 * @return the field
	 */
	Shown show(Map<String, String> state, Context context, String fallback) {
		return switch (this) {
			case POINT -> {
				Integer number = number(state.get("ordinal"));
				String label = state.get("label");
				String text = state.getOrDefault("text", "");
				yield new Shown((number != null) ? "point:" + number : fallback,
						"1:" + String.format("%09d", (number != null) ? number : 0),
						context.message("history.part.point", (number != null) ? number : "?"),
						(label != null && !label.isBlank()) ? label + " \u00b7 " + text : text);
			}
			case RELATION -> {
				String kind = state.get("kind");
				String related = context.name("Proposal", state.get("related"));
				String word = (kind != null) ? context.messageOr("proposal.relationKind." + kind, kind) : "?";
				yield new Shown("relation:" + kind + ":" + state.get("related"), "2:" + kind + ":" + related,
						context.message("history.part.relation", word), withNote(related, state.get("note")));
			}
			case ROUND_PROPOSAL -> {
				String proposal = context.name("Proposal", state.get("proposal"));
				String value = proposal;
				if (state.get("introducedBy") != null) {
					value += ", " + context.message("history.part.introducedBy",
							context.name("Party", state.get("introducedBy")));
				}
				yield new Shown("roundProposal:" + state.get("proposal"), "3:" + proposal,
						context.message("history.part.roundProposal"), withNote(value, state.get("note")));
			}
			case PROPOSAL_CITATION, ROUND_CITATION, POSITION_CITATION -> {
				String citation = context.name("Citation", state.get("citation"));
				yield new Shown("citation:" + state.get("citation"), "4:" + citation,
						context.message("history.part.citation"), bearing(citation, state.get("bearing"), context));
			}
			case NEGOTIATION_PARTY -> {
				String party = context.name("Party", state.get("party"));
				String role = state.get("role");
				yield new Shown("negotiationParty:" + state.get("party"), "0:" + party,
						context.message("history.part.negotiationParty", party),
						(role != null) ? context.messageOr("partyRole." + role, role) : "?");
			}
			case RELATION_CITATION ->
				cited("relation", state, "ProposalRelation", "history.part.relationCitation", "6:", context);
			case TOPIC_CLAIM -> {
				String claim = state.getOrDefault("claim", "?");
				String value = claim;
				if (state.get("party") != null) {
					value += " \u2014 " + context.name("Party", state.get("party"));
				}
				if (state.get("statedOn") != null) {
					value += " (" + state.get("statedOn") + ")";
				}
				yield new Shown("claim:" + claim, "1:" + claim, context.message("history.part.claim"), value);
			}
			case TOPIC_CLAIM_CITATION ->
				cited("claim", state, "TopicClaim", "history.part.claimCitation", "2:", context);
			case PERSON_TITLE -> {
				String title = state.getOrDefault("title", "?");
				String heldOn = state.getOrDefault("heldOn", "?");
				yield new Shown("title:" + title + ":" + heldOn, "1:" + heldOn + ":" + title,
						context.message("history.part.title"),
						context.message("history.part.title.value", title, heldOn));
			}
			case PERSON_TITLE_CITATION ->
				cited("title", state, "PersonTitle", "history.part.titleCitation", "2:", context);
			case POSITION_ARGUMENT -> {
				String argument = state.getOrDefault("argument", "?");
				String kind = state.get("kind");
				String value = ((kind != null) ? context.messageOr("position.argumentKind." + kind, kind) + ": " : "")
						+ argument;
				if (state.get("quote") != null) {
					value += " \u201c" + state.get("quote") + "\u201d";
				}
				if (state.get("aboutProposal") != null) {
					value += " \u2014 " + context.name("Proposal", state.get("aboutProposal"));
				}
				if (state.get("aboutTopic") != null) {
					value += " \u2014 " + context.name("Topic", state.get("aboutTopic"));
				}
				yield new Shown("argument:" + argument, "7:" + argument, context.message("history.part.argument"),
						value);
			}
			case POSITION_ARGUMENT_CITATION ->
				cited("argument", state, "PositionArgument", "history.part.argumentCitation", "8:", context);
			case POSITION_PRECONDITION -> {
				String proposal = context.name("Proposal", state.get("proposal"));
				yield new Shown("precondition:" + state.get("proposal"), "9:" + proposal,
						context.message("history.part.precondition"), proposal);
			}
			case ROUND_PROPOSAL_CITATION -> {
				String proposal = context.name("RoundProposal", state.get("roundProposal"));
				String citation = context.name("Citation", state.get("citation"));
				yield new Shown("roundProposalCitation:" + state.get("roundProposal") + ":" + state.get("citation"),
						"5:" + proposal + ":" + citation,
						context.message("history.part.roundProposalCitation", proposal),
						bearing(citation, state.get("bearing"), context));
			}
		};
	}

	/**
	 * The fields of this kind of part that name another record, and that record's type.
	 */
	Map<String, String> references() {
		return switch (this) {
			case POINT -> Map.of();
			case RELATION -> Map.of("related", "Proposal");
			case ROUND_PROPOSAL -> Map.of("proposal", "Proposal", "introducedBy", "Party");
			case PROPOSAL_CITATION, ROUND_CITATION, POSITION_CITATION -> Map.of("citation", "Citation");
			case ROUND_PROPOSAL_CITATION -> Map.of("citation", "Citation", "roundProposal", "RoundProposal");
			case NEGOTIATION_PARTY -> Map.of("party", "Party");
			case RELATION_CITATION -> Map.of("citation", "Citation", "relation", "ProposalRelation");
			case TOPIC_CLAIM -> Map.of("party", "Party");
			case TOPIC_CLAIM_CITATION -> Map.of("citation", "Citation", "claim", "TopicClaim");
			case PERSON_TITLE -> Map.of();
			case PERSON_TITLE_CITATION -> Map.of("citation", "Citation", "title", "PersonTitle");
			case POSITION_ARGUMENT -> Map.of("aboutProposal", "Proposal", "aboutTopic", "Topic");
			case POSITION_ARGUMENT_CITATION -> Map.of("citation", "Citation", "argument", "PositionArgument");
			case POSITION_PRECONDITION -> Map.of("proposal", "Proposal");
		};
	}

	/**
	 * A report cited for a part of a record (a relation, a claim, a title), named by it.
	 */
	private static Shown cited(String field, Map<String, String> state, String type, String label, String order,
			Context context) {
		String claim = context.name(type, state.get(field));
		String citation = context.name("Citation", state.get("citation"));
		return new Shown(field + "Citation:" + state.get(field) + ":" + state.get("citation"),
				order + claim + ":" + citation, context.message(label, claim),
				bearing(citation, state.get("bearing"), context));
	}

	private static String bearing(String citation, String bearing, Context context) {
		return (bearing != null) ? citation + " (" + context.messageOr("history.part.bearing." + bearing, bearing) + ")"
				: citation;
	}

	private static String withNote(String value, String note) {
		return (note != null && !note.isBlank()) ? value + " \u2014 " + note : value;
	}

	private static Integer number(String ordinal) {
		if (ordinal == null || !ordinal.matches("-?[0-9]{1,9}")) {
			return null;
		}
		return Integer.parseInt(ordinal) + 1;
	}

	/**
	 * A part shown as a field.
	 *
	 * @param key what identifies the field across versions
	 * @param sortKey where it goes among the record's parts
	 * @param label the field's name, e.g. "Point 3"
	 * @param value its value
	 */
	record Shown(String key, String sortKey, String label, String value) {

	}

	/**
	 * What showing a part or a field needs: names of records it refers to, and messages.
	 */
	interface Context {

		/** Records by their recorded ids and fields by their recorded names. */
		Context RAW = new Context() {

			@Override
			public String name(String type, String id) {
				return "#" + id;
			}

			@Override
			public String message(String key, Object... args) {
				return key;
			}

			@Override
			public String messageOr(String key, String fallback) {
				return fallback;
			}

		};

		/**
		 * The current name of a record (for a round's discussed proposal, the proposal's
		 * title), or a stand-in when it is gone ("(deleted proposal #3)").
		 */
		String name(String type, String id);

		String message(String key, Object... args);

		String messageOr(String key, String fallback);

	}

}
