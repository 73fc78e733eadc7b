package org.parley.topic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/** A contested issue ("status of the Donbas") that proposals address. */
@Entity
@Table(name = "topic")
public class Topic extends BaseEntity {

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "description")
	private String description;

	protected Topic() {
	}

	public Topic(String slug, String name) {
		this.slug = Checks.slug(slug);
		this.name = Checks.notBlank(name, "name");
	}

	public void rename(String name) {
		this.name = Checks.notBlank(name, "name");
	}

	public void describe(String description) {
		this.description = Checks.optional(description);
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

	public String getDescription() {
		return this.description;
	}

}
