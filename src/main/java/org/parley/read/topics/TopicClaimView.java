package org.parley.read.topics;

import java.time.LocalDate;

import org.parley.source.Evidence;

/**
 * A claim about a topic as its page shows it.
 *
 * @param partyId who makes it, or {@code null}: the reporting outlet's own assessment
 * @param statedOn when, or {@code null}
 */
public record TopicClaimView(long id, String claim, Long partyId, String partyName, LocalDate statedOn,
		Evidence evidence) {
}
