package org.parley.proposal;

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
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.negotiation.Negotiation;
import org.parley.party.Party;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;
import org.parley.topic.Region;
import org.parley.topic.Topic;

/**
 * An idea, plan or clause put on the table in a negotiation. The aggregate root for its
 * points, its outgoing lineage relations and its citations.
 */
@Entity
@Table(name = "proposal")
public class Proposal extends BaseEntity {

	/**
	 * How many points, relations and reports a proposal holds at most: as many rows of
	 * each as its form shows, so that it can always be edited and saved.
	 */
	public static final int MAX_ROWS = 200;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "negotiation_id", nullable = false)
	private Negotiation negotiation;

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "title", nullable = false, length = 300)
	private String title;

	@Column(name = "summary")
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 20)
	private ProposalStatus status = ProposalStatus.FLOATED;

	@Enumerated(EnumType.STRING)
	@Column(name = "disclosure", nullable = false, length = 20)
	private Disclosure disclosure = Disclosure.REPORTED;

	@Column(name = "first_reported_on")
	private LocalDate firstReportedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "first_reported_citation_id")
	private Citation firstReportedCitation;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "proposal_proposer", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "party_id"))
	private Set<Party> proposers = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "proposal_topic", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	private Set<Topic> topics = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "proposal_region", joinColumns = @JoinColumn(name = "proposal_id"),
			inverseJoinColumns = @JoinColumn(name = "region_id"))
	private Set<Region> regions = new LinkedHashSet<>();

	// Ordinals are kept by renumber() rather than @OrderColumn: on a mappedBy side
	// Hibernate
	// would write the NOT NULL ordinal in a separate UPDATE after the INSERT.
	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordinal")
	private List<ProposalPoint> points = new ArrayList<>();

	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<ProposalRelation> relations = new LinkedHashSet<>();

	@OneToMany(mappedBy = "proposal", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<ProposalCitation> citations = new LinkedHashSet<>();

	protected Proposal() {
	}

	public Proposal(Negotiation negotiation, String slug, String title) {
		this.negotiation = Checks.required(negotiation, "negotiation");
		this.slug = Checks.slug(slug);
		this.title = Checks.notBlank(title, "title");
	}

	public void retitle(String title) {
		this.title = Checks.notBlank(title, "title");
	}

	public void summarise(String summary) {
		this.summary = Checks.optional(summary);
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	/**
	 * Moves the proposal to another negotiation, where it needs a slug of its own.
	 * @param negotiation the negotiation it now belongs to
	 * @param slug its slug there
	 */
	public void moveTo(Negotiation negotiation, String slug) {
		this.negotiation = Checks.required(negotiation, "negotiation");
		this.slug = Checks.slug(slug);
	}

	public void changeStatus(ProposalStatus status) {
		this.status = Checks.required(status, "status");
	}

	public void disclose(Disclosure disclosure) {
		this.disclosure = Checks.required(disclosure, "disclosure");
	}

	/**
	 * Records when and where the proposal was first reported.
	 * @param on the date, or {@code null} to take the citation's publication date
	 * @param citation the first report, or {@code null}
	 */
	public void firstReported(LocalDate on, Citation citation) {
		this.firstReportedCitation = citation;
		this.firstReportedOn = (on == null && citation != null) ? citation.getPublishedOn() : on;
	}

	// --- who proposed it, what it is about, where it applies

	public void addProposer(Party party) {
		this.proposers.add(Checks.required(party, "party"));
	}

	public void removeProposer(Party party) {
		this.proposers.remove(party);
	}

	public void addTopic(Topic topic) {
		this.topics.add(Checks.required(topic, "topic"));
	}

	public void removeTopic(Topic topic) {
		this.topics.remove(topic);
	}

	public void addRegion(Region region) {
		this.regions.add(Checks.required(region, "region"));
	}

	public void removeRegion(Region region) {
		this.regions.remove(region);
	}

	// --- points

	/**
	 * Appends a point.
	 * @param label the label as printed ("12"), or {@code null}
	 * @param text the provision's text
	 * @return the new point
	 */
	public ProposalPoint addPoint(String label, String text) {
		ProposalPoint point = new ProposalPoint(this, this.points.size(), label, text);
		this.points.add(point);
		return point;
	}

	/**
	 * Inserts a point at a 0-based index, shifting later points down.
	 * @param index where the point goes, 0 to {@code points.size()}
	 * @param label the label as printed, or {@code null}
	 * @param text the provision's text
	 * @return the new point
	 */
	public ProposalPoint insertPoint(int index, String label, String text) {
		if (index < 0 || index > this.points.size()) {
			throw new IndexOutOfBoundsException("point index " + index + " outside 0.." + this.points.size());
		}
		ProposalPoint point = new ProposalPoint(this, index, label, text);
		this.points.add(index, point);
		renumberPoints();
		return point;
	}

	public void revisePoint(int index, String label, String text) {
		pointAt(index).revise(label, text);
	}

	/**
	 * Moves a point from one 0-based index to another, shifting the ones between.
	 * @param from the point's current index
	 * @param to its new index
	 */
	public void movePoint(int from, int to) {
		ProposalPoint point = pointAt(from);
		pointAt(to);
		this.points.remove(from);
		this.points.add(to, point);
		renumberPoints();
	}

	/**
	 * Makes the points the given ones, in the given order: a point named by the id of one
	 * of this proposal's points is that point revised and moved; any other is new; the
	 * points not named are removed. Numbering follows the order.
	 * @param wanted the points as they should read
	 */
	public void rewritePoints(List<ProposalDetails.Point> wanted) {
		Map<Long, ProposalPoint> existing = new HashMap<>();
		this.points.stream()
			.filter((point) -> point.getId() != null)
			.forEach((point) -> existing.put(point.getId(), point));
		List<ProposalPoint> arranged = new ArrayList<>();
		for (ProposalDetails.Point point : wanted) {
			ProposalPoint kept = (point.id() != null) ? existing.remove(point.id()) : null;
			if (kept != null) {
				kept.revise(point.label(), point.text());
				arranged.add(kept);
			}
			else {
				arranged.add(new ProposalPoint(this, arranged.size(), point.label(), point.text()));
			}
		}
		this.points.clear();
		this.points.addAll(arranged);
		renumberPoints();
	}

	public void removePoint(int index) {
		this.points.remove(pointAt(index));
		renumberPoints();
	}

	public void removePoint(ProposalPoint point) {
		if (this.points.remove(point)) {
			renumberPoints();
		}
	}

	private ProposalPoint pointAt(int index) {
		if (index < 0 || index >= this.points.size()) {
			throw new IndexOutOfBoundsException("point index " + index + " outside 0.." + (this.points.size() - 1));
		}
		return this.points.get(index);
	}

	private void renumberPoints() {
		// Keeps ordinals dense and 0-based; the unique key on them is deferred to commit.
		for (int i = 0; i < this.points.size(); i++) {
			this.points.get(i).renumber(i);
		}
	}

	// --- lineage

	/**
	 * Records "this proposal &lt;kind&gt; other", e.g. the DMZ PART_OF the 28-point plan.
	 * @param kind the relation
	 * @param other the related proposal
	 * @param note why, or {@code null}
	 * @return the relation, or the existing one (with the note updated) if it was already
	 * recorded
	 * @throws IllegalArgumentException if {@code other} is this proposal
	 */
	public ProposalRelation addRelation(RelationKind kind, Proposal other, String note) {
		Checks.required(kind, "kind");
		Checks.required(other, "other proposal");
		if (other == this || other.equals(this)) {
			throw new IllegalArgumentException("a proposal cannot be related to itself");
		}
		Optional<ProposalRelation> existing = this.relations.stream()
			.filter((relation) -> relation.links(kind, other))
			.findFirst();
		if (existing.isPresent()) {
			existing.get().annotate(note);
			return existing.get();
		}
		ProposalRelation relation = new ProposalRelation(this, kind, other, note);
		this.relations.add(relation);
		return relation;
	}

	public void removeRelation(RelationKind kind, Proposal other) {
		this.relations.removeIf((relation) -> relation.links(kind, other));
	}

	// --- evidence

	/**
	 * Cites a report for this proposal. Citing the same report again only changes the
	 * bearing, since each report may be linked once.
	 * @param citation the report
	 * @param bearing whether it supports or disputes
	 * @return the link
	 */
	public ProposalCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_ROWS,
				(cited) -> new ProposalCitation(this, cited, bearing));
	}

	public void uncite(Citation citation) {
		CitationLink.uncite(this.citations, citation);
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

	public String getSummary() {
		return this.summary;
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public Disclosure getDisclosure() {
		return this.disclosure;
	}

	public LocalDate getFirstReportedOn() {
		return this.firstReportedOn;
	}

	public Citation getFirstReportedCitation() {
		return this.firstReportedCitation;
	}

	public Set<Party> getProposers() {
		return Collections.unmodifiableSet(this.proposers);
	}

	public Set<Topic> getTopics() {
		return Collections.unmodifiableSet(this.topics);
	}

	public Set<Region> getRegions() {
		return Collections.unmodifiableSet(this.regions);
	}

	public List<ProposalPoint> getPoints() {
		return Collections.unmodifiableList(this.points);
	}

	public Set<ProposalRelation> getRelations() {
		return Collections.unmodifiableSet(this.relations);
	}

	public Set<ProposalCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
