package org.parley.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.party.Party;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * A named speaker or delegate. The title is the post held now, as text; the titles held
 * list the posts held as of dates, each with its reports.
 */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

	/** How many titles a person holds at most: as many rows as the form shows. */
	public static final int MAX_TITLES = 20;

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "full_name", nullable = false, length = 200)
	private String fullName;

	@Column(name = "native_name", length = 200)
	private String nativeName;

	@Column(name = "title", length = 300)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "party_id")
	private Party party;

	@OneToMany(mappedBy = "person", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("heldOn, id")
	private List<PersonTitle> titles = new ArrayList<>();

	protected Person() {
	}

	public Person(String slug, String fullName) {
		this.slug = Checks.slug(slug);
		this.fullName = Checks.notBlank(fullName, "full name");
	}

	public void rename(String fullName, String nativeName) {
		this.fullName = Checks.notBlank(fullName, "full name");
		this.nativeName = Checks.optional(nativeName);
	}

	/**
	 * Records the post the person holds and whom they speak for; either may be unknown.
	 * @param title the post, e.g. "Russian presidential aide"
	 * @param party the party they speak for, or {@code null}
	 */
	public void appoint(String title, Party party) {
		this.title = Checks.optional(title);
		this.party = party;
	}

	/**
	 * Records a post the person held as of a date.
	 * @throws IllegalStateException beyond {@link #MAX_TITLES}
	 */
	public PersonTitle addTitle(String title, LocalDate heldOn) {
		if (this.titles.size() >= MAX_TITLES) {
			throw new IllegalStateException("a person holds at most " + MAX_TITLES + " titles");
		}
		PersonTitle added = new PersonTitle(this, title, heldOn);
		this.titles.add(added);
		return added;
	}

	public void removeTitle(PersonTitle title) {
		this.titles.remove(title);
	}

	public List<PersonTitle> getTitles() {
		return Collections.unmodifiableList(this.titles);
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getNativeName() {
		return this.nativeName;
	}

	public String getTitle() {
		return this.title;
	}

	public Party getParty() {
		return this.party;
	}

}
