package org.parley.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * An outlet or channel, graded for reliability on the Admiralty scale. Admins manage
 * these.
 */
@Entity
@Table(name = "source")
public class Source extends BaseEntity {

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "name", nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 30)
	private SourceKind kind;

	@Column(name = "homepage", length = 500)
	private String homepage;

	@Column(name = "country_code", length = 2)
	private String countryCode;

	@Column(name = "language", length = 35)
	private String language;

	// Hibernate maps an enum of one-letter names to char(1); the column is varchar(1).
	@Enumerated(EnumType.STRING)
	@JdbcTypeCode(SqlTypes.VARCHAR)
	@Column(name = "reliability", nullable = false, length = 1)
	private Reliability reliability = Reliability.F;

	@Column(name = "reliability_note")
	private String reliabilityNote;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = 10)
	private SourceStatus status = SourceStatus.ACTIVE;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "merged_into_id")
	private Source mergedInto;

	protected Source() {
	}

	/**
	 * A new source, ungraded (F) until an admin grades it.
	 * @param slug the URL slug
	 * @param name the outlet's name
	 * @param kind what sort of outlet it is
	 */
	public Source(String slug, String name, SourceKind kind) {
		this.slug = Checks.slug(slug);
		this.name = Checks.notBlank(name, "name");
		this.kind = Checks.required(kind, "kind");
	}

	public void rename(String name) {
		this.name = Checks.notBlank(name, "name");
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	/**
	 * Describes the outlet; all but the kind are optional.
	 * @param kind what sort of outlet it is
	 * @param homepage http(s) address or {@code null}
	 * @param countryCode ISO 3166-1 alpha-2 or {@code null}
	 * @param language BCP 47 tag or {@code null}
	 */
	public void describe(SourceKind kind, String homepage, String countryCode, String language) {
		this.kind = Checks.required(kind, "kind");
		this.homepage = Checks.httpUrl(homepage, "homepage");
		this.countryCode = Checks.countryCode(countryCode);
		this.language = Checks.optional(language);
	}

	/**
	 * Grades the source, keeping the reason so the grade can be challenged later.
	 * @param reliability the Admiralty letter
	 * @param note why, or {@code null}
	 */
	public void grade(Reliability reliability, String note) {
		this.reliability = Checks.required(reliability, "reliability");
		this.reliabilityNote = Checks.optional(note);
	}

	public void approve() {
		if (this.mergedInto != null) {
			throw new IllegalStateException(this.name + " was merged into another source and stays retired");
		}
		this.status = SourceStatus.ACTIVE;
	}

	/**
	 * Accepts a source someone proposed, so it may be cited.
	 * @throws IllegalStateException if the source is not waiting for acceptance
	 */
	public void accept() {
		if (this.status != SourceStatus.PENDING) {
			throw new IllegalStateException(this.name + " is not waiting for acceptance");
		}
		this.status = SourceStatus.ACTIVE;
	}

	/**
	 * Retires this source as a duplicate of {@code keep}; its citations are expected to
	 * have moved there already.
	 * @param keep the source that stays
	 * @throws IllegalArgumentException if {@code keep} is this source or retired itself
	 */
	public void mergeInto(Source keep) {
		Checks.required(keep, "the source to keep");
		if (keep == this || keep.equals(this)) {
			throw new IllegalArgumentException("a source cannot be merged into itself");
		}
		if (keep.getStatus() == SourceStatus.RETIRED) {
			throw new IllegalArgumentException("cannot merge into " + keep.getName() + ": it is retired");
		}
		this.status = SourceStatus.RETIRED;
		this.mergedInto = keep;
	}

	public void suspend() {
		this.status = SourceStatus.PENDING;
	}

	/** Retires the source: existing citations keep it, new ones should not use it. */
	public void retire() {
		this.status = SourceStatus.RETIRED;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getLanguage() {
		return this.language;
	}

	public Reliability getReliability() {
		return this.reliability;
	}

	public String getReliabilityNote() {
		return this.reliabilityNote;
	}

	public SourceStatus getStatus() {
		return this.status;
	}

	/** The source this one was merged into, or {@code null}. */
	public Source getMergedInto() {
		return this.mergedInto;
	}

}
