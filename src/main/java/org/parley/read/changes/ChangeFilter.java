package org.parley.read.changes;

import java.time.LocalDate;

/**
 * What {@code /changes} is asked to show; every part is optional. Dates are UTC days,
 * both ends included.
 *
 * @param negotiation a negotiation's slug: records that belong to it (itself, its rounds,
 * its proposals and the positions on them)
 * @param kind one kind of record
 * @param editor a username, matched regardless of case
 * @param from the first day ("since")
 * @param to the last day
 * @param proposal a proposal's id: the proposal and the positions on it (its feed)
 * @param party a party's id: the party and its positions (its feed)
 */
public record ChangeFilter(String negotiation, HistoryKind kind, String editor, LocalDate from, LocalDate to,
		Long proposal, Long party) {

	/**
	 * The filters of the {@code /changes} page, which has no proposal or party of its
	 * own.
	 */
	public ChangeFilter(String negotiation, HistoryKind kind, String editor, LocalDate from, LocalDate to) {
		this(negotiation, kind, editor, from, to, null, null);
	}

	/** The feed of one proposal. */
	public static ChangeFilter ofProposal(long proposal) {
		return new ChangeFilter(null, null, null, null, null, proposal, null);
	}

	/** The feed of one party. */
	public static ChangeFilter ofParty(long party) {
		return new ChangeFilter(null, null, null, null, null, null, party);
	}

	public ChangeFilter {
		negotiation = blankToNull(negotiation);
		editor = blankToNull(editor);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
