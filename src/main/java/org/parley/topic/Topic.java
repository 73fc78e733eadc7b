package org.parley.topic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/** A contested issue ("status of the Donbas") that proposals address. */
@Entity
@Table(name = "topic")
public class Topic extends BaseEntity {

	/** How many claims a topic holds at most: as many rows as its form shows. */
	public static final int MAX_CLAIMS = 20;

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Column(name = "description")
	private String description;

	@OneToMany(mappedBy = "topic", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<TopicClaim> claims = new ArrayList<>();

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

	/**
	 * Adds a claim about the topic.
	 * @throws IllegalStateException beyond {@link #MAX_CLAIMS}
	 */
	public TopicClaim addClaim(String claim) {
		if (this.claims.size() >= MAX_CLAIMS) {
			throw new IllegalStateException("a topic holds at most " + MAX_CLAIMS + " claims");
		}
		TopicClaim added = new TopicClaim(this, claim);
		this.claims.add(added);
		return added;
	}

	public void removeClaim(TopicClaim claim) {
		this.claims.remove(claim);
	}

	public List<TopicClaim> getClaims() {
		return Collections.unmodifiableList(this.claims);
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
