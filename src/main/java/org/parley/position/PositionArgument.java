package org.parley.position;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.proposal.Proposal;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;
import org.parley.source.Cited;
import org.parley.topic.Topic;

/**
 * An argument a position carries: its kind, the argument in words, optionally the
 * speaker's words, what it is about (a proposal or a topic, at most one) and the reports
 * it rests on. Part of its position.
 */
@Entity
@Table(name = "position_argument")
public class PositionArgument extends BaseEntity {

	/** How many reports an argument holds at most: as many as its form row shows. */
	public static final int MAX_CITATIONS = 5;

	/** How long the argument in words may be. */
	public static final int MAX_LENGTH = 2000;

	/** How long its quote may be. */
	public static final int MAX_QUOTE_LENGTH = 5000;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id", nullable = false)
	@PartOf
	private Position position;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 20)
	private ArgumentKind kind;

	@Column(name = "argument", nullable = false)
	private String argument;

	@Column(name = "quote")
	private String quote;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "about_proposal_id")
	private Proposal aboutProposal;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "about_topic_id")
	private Topic aboutTopic;

	@OneToMany(mappedBy = "argument", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<PositionArgumentCitation> citations = new LinkedHashSet<>();

	protected PositionArgument() {
	}

	PositionArgument(Position position, ArgumentKind kind, String argument) {
		this.position = Checks.required(position, "position");
		restate(kind, argument, null);
	}

	/**
	 * Corrects the argument's kind, its words and the speaker's.
	 * @throws IllegalArgumentException without a kind or words, or beyond their lengths
	 */
	public void restate(ArgumentKind kind, String argument, String quote) {
		String words = Checks.notBlank(argument, "argument");
		if (words.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("an argument holds at most " + MAX_LENGTH + " characters");
		}
		String quoted = Checks.optional(quote);
		if (quoted != null && quoted.length() > MAX_QUOTE_LENGTH) {
			throw new IllegalArgumentException("a quote holds at most " + MAX_QUOTE_LENGTH + " characters");
		}
		this.kind = Checks.required(kind, "kind");
		this.argument = words;
		this.quote = quoted;
	}

	/**
	 * What the argument is about: a proposal, a topic, or neither (the position's own
	 * proposal).
	 * @throws IllegalArgumentException if both are given
	 */
	public void about(Proposal proposal, Topic topic) {
		if (proposal != null && topic != null) {
			throw new IllegalArgumentException("an argument is about a proposal or a topic, not both");
		}
		this.aboutProposal = proposal;
		this.aboutTopic = topic;
	}

	/**
	 * Cites a report for the argument; citing it again only changes the bearing.
	 * @throws org.parley.source.TooManyCitationsException beyond {@link #MAX_CITATIONS}
	 */
	public PositionArgumentCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_CITATIONS,
				(cited) -> new PositionArgumentCitation(this, cited, bearing));
	}

	/** Cites exactly {@code wanted}; whether anything changed. */
	boolean recite(List<Cited> wanted, Map<Long, Citation> found) {
		return CitationLink.sync(this.citations, wanted, found, this::cite);
	}

	public Position getPosition() {
		return this.position;
	}

	public ArgumentKind getKind() {
		return this.kind;
	}

	public String getArgument() {
		return this.argument;
	}

	public String getQuote() {
		return this.quote;
	}

	public Proposal getAboutProposal() {
		return this.aboutProposal;
	}

	public Topic getAboutTopic() {
		return this.aboutTopic;
	}

	public Set<PositionArgumentCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
