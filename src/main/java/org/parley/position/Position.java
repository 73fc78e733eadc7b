package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.proposal.Proposal;
import org.parley.round.Round;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/**
 * Where one party stands on one proposal at one date. Positions form a time series: a new
 * statement is a new row and the latest is the current stance, so the mutators here are
 * for correcting a record, not for recording a change of mind.
 */
@Entity
@Table(name = "position")
public class Position extends BaseEntity {

	/**
	 * How many reports a position holds at most: as many rows as its form shows, so that
	 * it can always be edited and saved.
	 */
	public static final int MAX_CITATIONS = 30;

	/** How many arguments a position carries at most: as many rows as its form shows. */
	public static final int MAX_ARGUMENTS = 10;

	/** How many proposals a position makes its own a precondition of, at most. */
	public static final int MAX_PRECONDITIONS = 20;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "proposal_id", nullable = false)
	private Proposal proposal;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id", nullable = false)
	private Party party;

	@Column(name = "stated_on", nullable = false)
	private LocalDate statedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "stated_on_precision", nullable = false, length = 15)
	private DatePrecision statedOnPrecision = DatePrecision.DAY;

	@Enumerated(EnumType.STRING)
	@Column(name = "stance", nullable = false, length = 15)
	private Stance stance;

	@Column(name = "condition")
	private String condition;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private Person speaker;

	@Column(name = "quote")
	private String quote;

	@Column(name = "note")
	private String note;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "round_id")
	private Round round;

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<PositionCitation> citations = new LinkedHashSet<>();

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<PositionArgument> arguments = new ArrayList<>();

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<PositionPrecondition> preconditions = new LinkedHashSet<>();

	protected Position() {
	}

	/**
	 * A statement made on a known day, with no condition.
	 * @param proposal what the statement is about
	 * @param party who stands there
	 * @param statedOn the day
	 * @param stance the stance; not CONDITIONAL, which needs a condition
	 */
	public Position(Proposal proposal, Party party, LocalDate statedOn, Stance stance) {
		this(proposal, party, statedOn, DatePrecision.DAY, stance, null);
	}

	/**
	 * A statement.
	 * @param proposal what the statement is about
	 * @param party who stands there
	 * @param statedOn the date, read with {@code precision}
	 * @param precision how exactly the date is known
	 * @param stance the stance
	 * @param condition the condition in words; required when the stance is CONDITIONAL
	 * @throws IllegalArgumentException if a CONDITIONAL stance comes without a condition
	 */
	public Position(Proposal proposal, Party party, LocalDate statedOn, DatePrecision precision, Stance stance,
			String condition) {
		this.proposal = Checks.required(proposal, "proposal");
		this.party = Checks.required(party, "party");
		redate(statedOn, precision);
		correctStance(stance, condition);
	}

	/**
	 * Corrects the recorded stance and its condition.
	 * @param stance the stance
	 * @param condition the condition in words; required when the stance is CONDITIONAL
	 */
	public void correctStance(Stance stance, String condition) {
		Checks.required(stance, "stance");
		String text = Checks.optional(condition);
		if (stance == Stance.CONDITIONAL && text == null) {
			throw new IllegalArgumentException("a conditional stance needs its condition in words");
		}
		this.stance = stance;
		this.condition = text;
	}

	/**
	 * Corrects which party and proposal a mistyped record is about.
	 * @param proposal the proposal
	 * @param party the party
	 * @throws IllegalArgumentException if the position was made at a round of another
	 * negotiation than the proposal
	 */
	public void reassign(Proposal proposal, Party party) {
		Checks.required(proposal, "proposal");
		if (this.round != null && !same(this.round.getNegotiation(), proposal.getNegotiation())) {
			throw new IllegalArgumentException("round '" + this.round.getSlug()
					+ "' belongs to another negotiation than proposal '" + proposal.getSlug() + "'");
		}
		this.proposal = proposal;
		this.party = Checks.required(party, "party");
	}

	public void redate(LocalDate statedOn, DatePrecision precision) {
		this.statedOn = Checks.required(statedOn, "statement date");
		this.statedOnPrecision = Checks.required(precision, "date precision");
	}

	/**
	 * Records who said it and, where there is one, the verbatim quote.
	 * @param speaker the speaker, or {@code null}
	 * @param quote the words as reported, or {@code null}
	 */
	public void attributeTo(Person speaker, String quote) {
		this.speaker = speaker;
		this.quote = Checks.optional(quote);
	}

	public void annotate(String note) {
		this.note = Checks.optional(note);
	}

	/**
	 * Ties the statement to the round where it was made.
	 * @param round the round, or {@code null}
	 * @throws IllegalArgumentException if the round belongs to another negotiation than
	 * the proposal
	 */
	public void madeAt(Round round) {
		if (round != null && !same(round.getNegotiation(), this.proposal.getNegotiation())) {
			throw new IllegalArgumentException("round '" + round.getSlug()
					+ "' belongs to another negotiation than proposal '" + this.proposal.getSlug() + "'");
		}
		this.round = round;
	}

	/**
	 * Cites a report for this position. Citing the same report again only changes the
	 * bearing, since each report may be linked once.
	 * @param citation the report
	 * @param bearing whether it supports or disputes
	 * @return the link
	 */
	public PositionCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_CITATIONS,
				(cited) -> new PositionCitation(this, cited, bearing));
	}

	public void uncite(Citation citation) {
		CitationLink.uncite(this.citations, citation);
	}

	/**
	 * Adds an argument to the position.
	 * @throws IllegalStateException beyond {@link #MAX_ARGUMENTS}
	 */
	public PositionArgument addArgument(ArgumentKind kind, String argument) {
		if (this.arguments.size() >= MAX_ARGUMENTS) {
			throw new IllegalStateException("a position carries at most " + MAX_ARGUMENTS + " arguments");
		}
		PositionArgument added = new PositionArgument(this, kind, argument);
		this.arguments.add(added);
		return added;
	}

	public void removeArgument(PositionArgument argument) {
		this.arguments.remove(argument);
	}

	/**
	 * Makes the position's proposal a precondition of exactly {@code proposals}: the
	 * party wants its proposal first.
	 * @return whether anything changed
	 * @throws IllegalArgumentException if one of them is the position's own proposal, or
	 * beyond {@link #MAX_PRECONDITIONS}
	 */
	public boolean conditions(Collection<Proposal> proposals) {
		Set<Proposal> wanted = new LinkedHashSet<>(proposals);
		for (Proposal proposal : wanted) {
			if (same(proposal, this.proposal)) {
				throw new IllegalArgumentException("a proposal is not a precondition of itself");
			}
		}
		if (wanted.size() > MAX_PRECONDITIONS) {
			throw new IllegalArgumentException("a position conditions at most " + MAX_PRECONDITIONS + " proposals");
		}
		boolean changed = this.preconditions
			.removeIf((link) -> wanted.stream().noneMatch((p) -> same(p, link.getProposal())));
		for (Proposal proposal : wanted) {
			if (this.preconditions.stream().noneMatch((link) -> same(link.getProposal(), proposal))) {
				this.preconditions.add(new PositionPrecondition(this, proposal));
				changed = true;
			}
		}
		return changed;
	}

	private static boolean same(Object a, Object b) {
		// Identity first: unsaved entities have no id, so equals() alone would not match
		// them.
		return a == b || (a != null && a.equals(b));
	}

	public Proposal getProposal() {
		return this.proposal;
	}

	public Party getParty() {
		return this.party;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public DatePrecision getStatedOnPrecision() {
		return this.statedOnPrecision;
	}

	public Stance getStance() {
		return this.stance;
	}

	public String getCondition() {
		return this.condition;
	}

	public Person getSpeaker() {
		return this.speaker;
	}

	public String getQuote() {
		return this.quote;
	}

	public String getNote() {
		return this.note;
	}

	public Round getRound() {
		return this.round;
	}

	public Set<PositionCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

	public List<PositionArgument> getArguments() {
		return Collections.unmodifiableList(this.arguments);
	}

	/** The proposals this position makes its own a precondition of. */
	public Set<PositionPrecondition> getPreconditions() {
		return Collections.unmodifiableSet(this.preconditions);
	}

	/** Its citations changed: the position itself counts as changed. */
	void recite() {
		touch();
	}

}
