package org.parley.read.changes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record whose history can be read: the word in the address, the entity type
 * name the audit trail records ({@code EntityChangeListener} writes the entity class's
 * simple name) and the table that holds the records.
 */
public enum HistoryKind {

	NEGOTIATIONS("negotiations", "Negotiation", "negotiation", "title"),

	PARTIES("parties", "Party", "party", "name"),

	PEOPLE("people", "Person", "person", "fullName"),

	ROUNDS("rounds", "Round", "round", "title"),

	PROPOSALS("proposals", "Proposal", "proposal", "title"),

	POSITIONS("positions", "Position", "position", null),

	CITATIONS("citations", "Citation", "citation", "headline"),

	SOURCES("sources", "Source", "source", "name"),

	TOPICS("topics", "Topic", "topic", "name"),

	REGIONS("regions", "Region", "region", "name");

	private final String path;

	private final String entityType;

	private final String table;

	private final String labelField;

	HistoryKind(String path, String entityType, String table, String labelField) {
		this.path = path;
		this.entityType = entityType;
		this.table = table;
		this.labelField = labelField;
	}

	/** The word in the address, e.g. {@code proposals}. */
	public String path() {
		return this.path;
	}

	/** The type name in {@code audit_event.entity_type}, e.g. {@code Proposal}. */
	public String entityType() {
		return this.entityType;
	}

	/** The table of the records (a constant, never user input). */
	String table() {
		return this.table;
	}

	/** The recorded field that names a record, or {@code null} if none does. */
	String labelField() {
		return this.labelField;
	}

	static Optional<HistoryKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

	static Optional<HistoryKind> ofEntityType(String entityType) {
		return Arrays.stream(values()).filter((kind) -> kind.entityType.equals(entityType)).findFirst();
	}

	/**
	 * The read page of a record, from the fields of its latest version, or {@code null}
	 * where there is none (a negotiation's page is addressed by its slug; a position is
	 * shown on its proposal's page; a citation on its source's page).
	 * @param id the record's id
	 * @param slug the recorded slug (negotiations)
	 * @param proposalId the recorded proposal id (positions)
	 * @param sourceId the recorded source id (citations)
	 * @return the address, or {@code null}
	 */
	String readPage(long id, String slug, String proposalId, String sourceId) {
		return switch (this) {
			case NEGOTIATIONS -> (slug != null) ? "/negotiations/" + slug : null;
			case POSITIONS -> (proposalId != null) ? "/proposals/" + proposalId : null;
			case CITATIONS -> (sourceId != null) ? "/sources/" + sourceId : null;
			default -> "/" + this.path + "/" + id;
		};
	}

}
