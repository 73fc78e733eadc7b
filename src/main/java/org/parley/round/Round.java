package org.parley.round;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.person.Person;
import org.parley.proposal.Proposal;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/**
 * One meeting or series of meetings in a negotiation. The aggregate root for the
 * proposals discussed there and its citations.
 */
@Entity
@Table(name = "round")
public class Round extends BaseEntity {

	/**
	 * How many parties, delegates, discussed proposals and reports a round holds at most:
	 * as many rows of each as its form shows, so that it can always be edited and saved.
	 */
	public static final int MAX_ROWS = 100;

	/** How long a delegate's post may be, as its column allows. */
	public static final int MAX_POST = 200;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "negotiation_id", nullable = false)
	private Negotiation negotiation;

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "title", nullable = false, length = 300)
	private String title;

	@Column(name = "place", length = 200)
	private String place;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "format", nullable = false, length = 20)
	private RoundFormat format;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome", nullable = false, length = 20)
	private RoundOutcome outcome = RoundOutcome.UNKNOWN;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "mediator_party_id")
	private Party mediator;

	@Column(name = "summary")
	private String summary;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "round_party", joinColumns = @JoinColumn(name = "round_id"),
			inverseJoinColumns = @JoinColumn(name = "party_id"))
	private Set<Party> parties = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "round_delegate", joinColumns = @JoinColumn(name = "round_id"),
			inverseJoinColumns = @JoinColumn(name = "person_id"))
	private Set<Person> delegates = new LinkedHashSet<>();

	/** Each delegate's post at this round, where the report gives one. */
	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "round_delegate_post", joinColumns = @JoinColumn(name = "round_id"))
	@MapKeyJoinColumn(name = "person_id")
	@Column(name = "post")
	private Map<Person, String> posts = new HashMap<>();

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<RoundProposal> proposals = new ArrayList<>();

	@OneToMany(mappedBy = "round", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<RoundCitation> citations = new LinkedHashSet<>();

	protected Round() {
	}

	/**
	 * A round whose outcome is not yet known.
	 * @param negotiation the negotiation it belongs to
	 * @param slug unique within the negotiation
	 * @param title e.g. "Geneva talks"
	 * @param startsOn first day
	 * @param endsOn last day, or {@code null} if open or a single day not yet confirmed
	 * @param format how the parties met
	 */
	public Round(Negotiation negotiation, String slug, String title, LocalDate startsOn, LocalDate endsOn,
			RoundFormat format) {
		this.negotiation = Checks.required(negotiation, "negotiation");
		this.slug = Checks.slug(slug);
		this.title = Checks.notBlank(title, "title");
		this.format = Checks.required(format, "format");
		reschedule(startsOn, endsOn);
	}

	/**
	 * Moves the round to new dates.
	 * @param startsOn first day
	 * @param endsOn last day, or {@code null}
	 * @throws IllegalArgumentException if the round would end before it starts
	 */
	public void reschedule(LocalDate startsOn, LocalDate endsOn) {
		Checks.required(startsOn, "start date");
		if (endsOn != null && endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException(
					"a round cannot end (" + endsOn + ") before it starts (" + startsOn + ")");
		}
		this.startsOn = startsOn;
		this.endsOn = endsOn;
	}

	/**
	 * Moves the round to another negotiation, under a slug unique there.
	 * @param negotiation the negotiation it belongs to now
	 * @param slug unique within that negotiation
	 * @throws IllegalArgumentException if a proposal discussed at the round belongs to
	 * another negotiation: remove it first
	 */
	public void moveTo(Negotiation negotiation, String slug) {
		Checks.required(negotiation, "negotiation");
		for (RoundProposal entry : this.proposals) {
			if (!same(entry.getProposal().getNegotiation(), negotiation)) {
				throw new IllegalArgumentException("proposal '" + entry.getProposal().getSlug()
						+ "' discussed at round '" + this.slug + "' belongs to another negotiation");
			}
		}
		this.negotiation = negotiation;
		this.slug = Checks.slug(slug);
	}

	public void retitle(String title) {
		this.title = Checks.notBlank(title, "title");
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	public void relocate(String place) {
		this.place = Checks.optional(place);
	}

	public void changeFormat(RoundFormat format) {
		this.format = Checks.required(format, "format");
	}

	/**
	 * Records who mediated the round; a mediator new to the negotiation joins it as its
	 * mediator, so that it shows wherever the negotiation's parties do.
	 * @param mediator the mediating party, or {@code null}
	 */
	public void mediatedBy(Party mediator) {
		this.mediator = mediator;
		if (mediator != null) {
			this.parties.add(mediator);
			admit(mediator, PartyRole.MEDIATOR);
		}
	}

	public void summarise(String summary) {
		this.summary = Checks.optional(summary);
	}

	public void recordOutcome(RoundOutcome outcome) {
		this.outcome = Checks.required(outcome, "outcome");
	}

	// --- who was there

	/**
	 * Records a party taking part; one new to the negotiation joins it in the role given,
	 * which the editor chose (a mediator or observer is not made a party by taking part).
	 * @param party the party
	 * @param joining its role in the negotiation if it is new to it
	 */
	public void addParty(Party party, PartyRole joining) {
		this.parties.add(Checks.required(party, "party"));
		admit(party, Checks.required(joining, "joining"));
	}

	/** A party taking part in a round of a negotiation is in that negotiation. */
	private void admit(Party party, PartyRole role) {
		if (this.negotiation.membershipOf(party).isEmpty()) {
			this.negotiation.involve(party, role);
		}
	}

	public void removeParty(Party party) {
		this.parties.remove(party);
	}

	public void addDelegate(Person person) {
		this.delegates.add(Checks.required(person, "delegate"));
	}

	/**
	 * Records a delegate and their post at this round, or corrects the post of one
	 * already recorded.
	 * @param person the delegate
	 * @param post e.g. "deputy foreign minister", or {@code null} if not known
	 */
	public void addDelegate(Person person, String post) {
		addDelegate(person);
		String text = Checks.optional(post);
		if (text != null) {
			if (text.length() > MAX_POST) {
				throw new IllegalArgumentException("post is longer than " + MAX_POST + " characters");
			}
			this.posts.put(person, text);
		}
		else {
			this.posts.remove(person);
		}
	}

	public void removeDelegate(Person person) {
		this.delegates.remove(person);
		this.posts.remove(person);
	}

	/** The delegate's post at this round, or {@code null} if not known. */
	public String postOf(Person person) {
		return this.posts.get(person);
	}

	// --- what was discussed

	/**
	 * Records that a proposal was discussed at this round.
	 * @param proposal the proposal, from the same negotiation
	 * @param introducedBy the party that put it on the table, or {@code null} if unknown
	 * @param note a remark, or {@code null}
	 * @return the new entry
	 * @throws IllegalArgumentException if the proposal is already recorded for this
	 * round, or belongs to another negotiation
	 */
	public RoundProposal addProposal(Proposal proposal, Party introducedBy, String note) {
		Checks.required(proposal, "proposal");
		if (!same(proposal.getNegotiation(), this.negotiation)) {
			throw new IllegalArgumentException("proposal '" + proposal.getSlug()
					+ "' belongs to another negotiation than round '" + this.slug + "'");
		}
		if (proposalEntry(proposal).isPresent()) {
			throw new IllegalArgumentException(
					"proposal '" + proposal.getSlug() + "' is already recorded for round '" + this.slug + "'");
		}
		RoundProposal entry = new RoundProposal(this, proposal, introducedBy, note);
		this.proposals.add(entry);
		return entry;
	}

	public Optional<RoundProposal> proposalEntry(Proposal proposal) {
		return this.proposals.stream().filter((entry) -> entry.concerns(proposal)).findFirst();
	}

	public void removeProposal(Proposal proposal) {
		this.proposals.removeIf((entry) -> entry.concerns(proposal));
	}

	// --- evidence

	/**
	 * Cites a report for this round. Citing the same report again only changes the
	 * bearing, since each report may be linked once.
	 * @param citation the report
	 * @param bearing whether it supports or disputes
	 * @return the link
	 */
	public RoundCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_ROWS,
				(cited) -> new RoundCitation(this, cited, bearing));
	}

	public void uncite(Citation citation) {
		CitationLink.uncite(this.citations, citation);
	}

	private static boolean same(Object a, Object b) {
		// Identity first: unsaved entities have no id, so equals() alone would not match
		// them.
		return a == b || (a != null && a.equals(b));
	}

	public Negotiation getNegotiation() {
		return this.negotiation;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPlace() {
		return this.place;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public RoundFormat getFormat() {
		return this.format;
	}

	public RoundOutcome getOutcome() {
		return this.outcome;
	}

	public Party getMediator() {
		return this.mediator;
	}

	public String getSummary() {
		return this.summary;
	}

	public Set<Party> getParties() {
		return Collections.unmodifiableSet(this.parties);
	}

	public Set<Person> getDelegates() {
		return Collections.unmodifiableSet(this.delegates);
	}

	public List<RoundProposal> getProposals() {
		return Collections.unmodifiableList(this.proposals);
	}

	public Set<RoundCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
