package org.parley.log;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one quick log created, each record with its version as saved, so that undoing the
 * log removes exactly that, and only while no one has changed it since. Kept in the
 * editor's session for a short while after the log.
 *
 * @param editor who logged it
 * @param at when
 * @param roundId the round it created
 * @param created each created record's version, by kind ({@code Position}, {@code Round},
 * {@code Proposal}, {@code Person}, {@code Citation}, {@code Source}) and id, in the
 * order to remove them
 */
public record LoggedRecords(String editor, Instant at, long roundId,
		Map<String, Map<Long, Long>> created) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	/** Removal order: what refers first, what it refers to last. */
	static final String[] KINDS = { "Position", "Round", "Proposal", "Person", "Citation", "Source" };

	public LoggedRecords {
		Map<String, Map<Long, Long>> copy = new LinkedHashMap<>();
		for (String kind : KINDS) {
			copy.put(kind, new LinkedHashMap<>(created.getOrDefault(kind, Map.of())));
		}
		created = copy;
	}

	/** How many records the log created, so the undo can say what it removed. */
	public int count() {
		return this.created.values().stream().mapToInt(Map::size).sum();
	}

}
