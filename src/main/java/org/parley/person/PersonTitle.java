package org.parley.person;

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
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;
import org.parley.source.Cited;

/**
 * A post a person held as of a date ("head of parliament's foreign affairs committee" on
 * 21 February 2026), with the reports that say so. Part of the person.
 */
@Entity
@Table(name = "person_title")
public class PersonTitle extends BaseEntity {

	/** How many reports a title holds at most: as many as its form row shows. */
	public static final int MAX_CITATIONS = 5;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	@PartOf
	private Person person;

	@Column(name = "title", nullable = false, length = 300)
	private String title;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@OneToMany(mappedBy = "title", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private Set<PersonTitleCitation> citations = new LinkedHashSet<>();

	protected PersonTitle() {
	}

	PersonTitle(Person person, String title, LocalDate heldOn) {
		this.person = Checks.required(person, "person");
		retitle(title, heldOn);
	}

	/** Corrects the post and the date it was held as of. */
	public void retitle(String title, LocalDate heldOn) {
		this.title = Checks.notBlank(title, "title");
		this.heldOn = Checks.required(heldOn, "date held");
	}

	/**
	 * Cites a report for the title; citing it again only changes the bearing.
	 * @throws org.parley.source.TooManyCitationsException beyond {@link #MAX_CITATIONS}
	 */
	public PersonTitleCitation cite(Citation citation, Bearing bearing) {
		return CitationLink.cite(this.citations, citation, bearing, MAX_CITATIONS,
				(cited) -> new PersonTitleCitation(this, cited, bearing));
	}

	/** Cites exactly {@code wanted}; whether anything changed. */
	boolean recite(List<Cited> wanted, Map<Long, Citation> found) {
		return CitationLink.sync(this.citations, wanted, found, this::cite);
	}

	public Person getPerson() {
		return this.person;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public Set<PersonTitleCitation> getCitations() {
		return Collections.unmodifiableSet(this.citations);
	}

}
