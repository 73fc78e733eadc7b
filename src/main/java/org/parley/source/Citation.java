package org.parley.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * One concrete report in a source, graded for the credibility of its information on the
 * Admiralty scale (1 confirmed … 6 cannot be judged). A report that relays another names
 * it as {@code via}, so chains read "Report via The Kyiv Independent via the NYT".
 */
@Entity
@Table(name = "citation")
public class Citation extends BaseEntity {

	/** Credibility when nobody has judged it: "truth cannot be judged". */
	public static final int UNJUDGED = 6;

	private static final List<String> CREDIBILITY_DESCRIPTIONS = List.of("confirmed by other sources", "probably true",
			"possibly true", "doubtful", "improbable", "truth cannot be judged");

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id", nullable = false)
	private Source source;

	@Column(name = "url", length = 2000)
	private String url;

	@Column(name = "headline", length = 500)
	private String headline;

	@Column(name = "published_on")
	private LocalDate publishedOn;

	@Column(name = "excerpt")
	private String excerpt;

	@Column(name = "credibility", nullable = false)
	private int credibility = UNJUDGED;

	@Column(name = "anonymous", nullable = false)
	private boolean anonymous;

	@Column(name = "anonymous_description", length = 300)
	private String anonymousDescription;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "via_citation_id")
	private Citation via;

	protected Citation() {
	}

	public Citation(Source source, String url, String headline, LocalDate publishedOn, int credibility) {
		this.source = Checks.required(source, "source");
		this.url = Checks.httpUrl(url, "url");
		this.headline = Checks.optional(headline);
		this.publishedOn = publishedOn;
		this.credibility = checkCredibility(credibility);
	}

	/**
	 * The Admiralty wording for an information-credibility grade.
	 * @param credibility 1 to 6
	 * @return e.g. "probably true" for 2
	 */
	public static String describeCredibility(int credibility) {
		return CREDIBILITY_DESCRIPTIONS.get(checkCredibility(credibility) - 1);
	}

	private static int checkCredibility(int credibility) {
		if (credibility < 1 || credibility > 6) {
			throw new IllegalArgumentException("credibility must be between 1 and 6, was " + credibility);
		}
		return credibility;
	}

	/**
	 * Corrects which source the report appeared in.
	 * @param source the source
	 */
	public void reattribute(Source source) {
		this.source = Checks.required(source, "source");
	}

	public void revise(String url, String headline, LocalDate publishedOn) {
		this.url = Checks.httpUrl(url, "url");
		this.headline = Checks.optional(headline);
		this.publishedOn = publishedOn;
	}

	/**
	 * Records the passage relied on, verbatim.
	 * @param excerpt the passage, or {@code null}
	 */
	public void quote(String excerpt) {
		this.excerpt = Checks.optional(excerpt);
	}

	public void grade(int credibility) {
		this.credibility = checkCredibility(credibility);
	}

	/**
	 * Marks the report as resting on an unnamed source.
	 * @param description how the report describes it ("a person familiar with the
	 * discussions"), or {@code null}
	 */
	public void attributeToAnonymous(String description) {
		this.anonymous = true;
		this.anonymousDescription = Checks.optional(description);
	}

	/**
	 * Marks the report as resting on named sources; the schema forbids a description
	 * then.
	 */
	public void attributeOpenly() {
		this.anonymous = false;
		this.anonymousDescription = null;
	}

	/**
	 * Records that this report relays another one.
	 * @param via the relayed report, or {@code null} if this is the original
	 * @throws IllegalArgumentException if the chain would lead back to this citation
	 */
	public void relay(Citation via) {
		// The schema stops only a direct self-reference; a longer loop would make
		// viaChain() endless.
		for (Citation link = via; link != null; link = link.getVia()) {
			if (link == this || link.equals(this)) {
				throw new IllegalArgumentException("a citation cannot come via itself");
			}
		}
		this.via = via;
	}

	/**
	 * The source's reliability letter and this report's credibility digit, e.g. "B2".
	 * @return the Admiralty code
	 */
	public String admiraltyCode() {
		return new Grade(this.source.getReliability(), this.credibility).code();
	}

	/**
	 * The reports this one came through, nearest first, not including this one.
	 * @return the relayed citations
	 */
	public List<Citation> viaChain() {
		List<Citation> chain = new ArrayList<>();
		// Guards against a loop written to the database behind the application's back.
		Set<Citation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		seen.add(this);
		for (Citation link = this.via; link != null && seen.add(link); link = link.getVia()) {
			chain.add(link);
		}
		return chain;
	}

	public Source getSource() {
		return this.source;
	}

	public String getUrl() {
		return this.url;
	}

	public String getHeadline() {
		return this.headline;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public int getCredibility() {
		return this.credibility;
	}

	public String getCredibilityDescription() {
		return describeCredibility(this.credibility);
	}

	public boolean isAnonymous() {
		return this.anonymous;
	}

	public String getAnonymousDescription() {
		return this.anonymousDescription;
	}

	public Citation getVia() {
		return this.via;
	}

}
