package org.parley.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/** A citation that supports or disputes a claim about a topic. */
@Entity
@Table(name = "topic_claim_citation")
public class TopicClaimCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "claim_id", nullable = false)
	@PartOf
	private TopicClaim claim;

	protected TopicClaimCitation() {
	}

	TopicClaimCitation(TopicClaim claim, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.claim = Checks.required(claim, "claim");
	}

	public TopicClaim getClaim() {
		return this.claim;
	}

}
