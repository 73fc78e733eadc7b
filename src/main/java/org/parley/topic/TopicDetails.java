package org.parley.topic;

import java.time.LocalDate;
import java.util.List;

import org.parley.source.CitationLink;
import org.parley.source.Cited;

/**
 * What an editor sets on a topic: its name, description and what is said about it. Built
 * from a stored topic, two snapshots of the same topic are equal.
 *
 * @param claims the claims about it, in order
 */
public record TopicDetails(String name, String description, List<Claim> claims) {

	public TopicDetails {
		claims = List.copyOf(claims);
	}

	/** A topic without claims. */
	public TopicDetails(String name, String description) {
		this(name, description, List.of());
	}

	static TopicDetails of(Topic topic) {
		return new TopicDetails(topic.getName(), topic.getDescription(),
				topic.getClaims()
					.stream()
					.map((claim) -> new Claim(claim.getId(), claim.getClaim(),
							(claim.getParty() != null) ? claim.getParty().getId() : null, claim.getStatedOn(),
							CitationLink.cited(claim.getCitations())))
					.toList());
	}

	/**
	 * A claim about the topic.
	 *
	 * @param id the stored claim this is, or {@code null} for a new one
	 * @param claim the claim in words
	 * @param partyId who makes it, or {@code null}: the reporting outlet's own assessment
	 * @param statedOn when, or {@code null}
	 * @param citations the reports it rests on
	 */
	public record Claim(Long id, String claim, Long partyId, LocalDate statedOn, List<Cited> citations) {

		public Claim {
			citations = List.copyOf(citations);
		}

	}

}
