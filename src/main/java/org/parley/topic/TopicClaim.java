package org.parley.topic;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.party.Party;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;
import org.parley.source.Cited;

/**
 * Something said about a topic ("the most contentious issue between Kyiv and Moscow"):
 * the claim in words, who makes it (none: the reporting outlet's own assessment), when,
 * and the reports it rests on. Part of its topic.
 */
@Entity
@Table(name = "topic_claim")
public class TopicClaim extends BaseEntity {

	/** How many reports a claim holds at most: as many as its form row shows. */
	public static final int MAX_CITATIONS = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "topic_id", nullable = false)
	@PartOf
	private Topic topic;

	@Column(name = "claim", nullable = false)
	private String claim;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "party_id")
	private Party party;

	@Column(name = "stated_on")
	private LocalDate statedOn;

	@OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<TopicClaimCitation> citations = new LinkedHashSet<>();

	protected TopicClaim() {
	}

	TopicClaim(Topic topic, String claim) {
		this.topic = Checks.required(topic, "topic");
		restate(claim, null, null);
	}

	/**
	 * Corrects what is claimed, by whom and when.
	 * @param claim the claim in words
	 * @param party who makes it, or {@code null} for the reporting outlet itself
	 * @param statedOn when, or {@code null} if the report does not say
	 */
	public void restate(String claim, Party party, LocalDate statedOn) {
		this.claim = Checks.notBlank(claim, "claim");
		this.party = party;
		this.statedOn = statedOn;
	}

	/**
	 * Cites a report for the claim; citing it again only changes the bearing.
	 * @throws org.parley.source.TooManyCitationsException beyond {@link #MAX_CITATIONS}
	 */
	public TopicClaimCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_CITATIONS,
				(cited) -> new TopicClaimCitation(this, cited, bearing));
	}

	/** Cites exactly {@code wanted}; whether anything changed. */
	boolean recite(List<Cited> wanted, Map<Long, Citation> found) {
		return CitationLink.sync(this.citations, wanted, found, this::cite);
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getClaim() {
		return this.claim;
	}

	public Party getParty() {
		return this.party;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public Set<TopicClaimCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
