package org.parley.topic;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * A place a proposal concerns; may lie within another (Donetsk Oblast within the Donbas).
 */
@Entity
@Table(name = "region")
public class Region extends BaseEntity {

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "country_code", length = 2)
	private String countryCode;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Region parent;

	protected Region() {
	}

	public Region(String slug, String name, String countryCode) {
		this.slug = Checks.slug(slug);
		this.name = Checks.notBlank(name, "name");
		this.countryCode = Checks.countryCode(countryCode);
	}

	public void rename(String name, String countryCode) {
		this.name = Checks.notBlank(name, "name");
		this.countryCode = Checks.countryCode(countryCode);
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	/**
	 * Places this region within another, or at the top level when {@code parent} is null.
	 * @param parent the enclosing region
	 * @throws IllegalArgumentException if that would make the region contain itself
	 */
	public void placeWithin(Region parent) {
		// The schema only forbids a direct self-reference; a longer loop would hang every
		// breadcrumb.
		for (Region ancestor = parent; ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor == this || ancestor.equals(this)) {
				throw new IllegalArgumentException("region '" + this.slug + "' cannot lie within itself");
			}
		}
		this.parent = parent;
	}

	/**
	 * The enclosing regions, nearest first.
	 * @return the ancestors
	 */
	public List<Region> ancestors() {
		List<Region> ancestors = new ArrayList<>();
		for (Region ancestor = this.parent; ancestor != null; ancestor = ancestor.getParent()) {
			ancestors.add(ancestor);
		}
		return ancestors;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public Region getParent() {
		return this.parent;
	}

}
