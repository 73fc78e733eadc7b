package org.parley.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/** A state, organisation or armed group at or around the table. */
@Entity
@Table(name = "party")
public class Party extends BaseEntity {

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "short_name", length = 50)
	private String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 30)
	private PartyKind kind;

	@Column(name = "country_code", length = 2)
	private String countryCode;

	protected Party() {
	}

	public Party(String slug, String name, PartyKind kind) {
		this.slug = Checks.slug(slug);
		this.name = Checks.notBlank(name, "name");
		this.kind = Checks.required(kind, "kind");
	}

	public void rename(String name, String shortName) {
		this.name = Checks.notBlank(name, "name");
		this.shortName = Checks.optional(shortName);
	}

	public void reclassify(PartyKind kind, String countryCode) {
		this.kind = Checks.required(kind, "kind");
		this.countryCode = Checks.countryCode(countryCode);
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	/**
	 * The short name where there is one ("US"), else the full name; for tight spaces.
	 * @return the name to show
	 */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

	public PartyKind getKind() {
		return this.kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

}
