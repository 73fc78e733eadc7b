package org.parley.read.proposals;

import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.source.EvidenceFilter;

/**
 * What the proposal list is narrowed to; every part is optional. Topic, region and party
 * references are a slug or an id.
 *
 * @param negotiation the negotiation's slug
 * @param status the proposal's status
 * @param topic a topic the proposal addresses
 * @param region a region it concerns, or one lying within it
 * @param proposedBy a party among its proposers
 * @param party a party whose current stance counts (with {@code stance}: that stance;
 * alone: any)
 * @param stance a current stance (with {@code party}: that party's; alone: any party's)
 * @param q words to find in the title, summary or points, case-insensitively
 * @param evidence which current stances count and are shown: with a filter set, only
 * proposals with a stance passing it (with {@code party} or {@code stance}: the one they
 * ask for) are listed
 */
public record ProposalFilter(String negotiation, ProposalStatus status, String topic, String region, String proposedBy,
		String party, Stance stance, String q, EvidenceFilter evidence) {

	public ProposalFilter {
		negotiation = clean(negotiation);
		topic = clean(topic);
		region = clean(region);
		proposedBy = clean(proposedBy);
		party = clean(party);
		q = clean(q);
		evidence = (evidence != null) ? evidence : EvidenceFilter.NONE;
	}

	/** Every proposal. */
	public static ProposalFilter none() {
		return new ProposalFilter(null, null, null, null, null, null, null, null, EvidenceFilter.NONE);
	}

	/** Whether any filter is set. */
	public boolean isActive() {
		return this.negotiation != null || this.status != null || this.topic != null || this.region != null
				|| this.proposedBy != null || this.party != null || this.stance != null || this.q != null
				|| this.evidence.isActive();
	}

	private static String clean(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
