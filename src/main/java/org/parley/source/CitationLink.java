package org.parley.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * A report linked to a claim (a round, a proposal, a position …), supporting or disputing
 * it. Each kind of claim has its own link table with a real foreign key; this holds what
 * they share.
 */
@MappedSuperclass
public abstract class CitationLink extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "citation_id", nullable = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	@Column(name = "bearing", nullable = false, length = 10)
	private Bearing bearing;

	protected CitationLink() {
	}

	protected CitationLink(Citation citation, Bearing bearing) {
		this.citation = Checks.required(citation, "citation");
		this.bearing = Checks.required(bearing, "bearing");
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

	/**
	 * Links {@code citation} among a claim's {@code links}. A report is linked to a claim
	 * once, so citing it again only changes the bearing.
	 * @throws TooManyCitationsException if the claim holds {@code capacity} reports
	 * already
	 */
	public static <L extends CitationLink> L cite(Collection<L> links, Citation citation, Bearing bearing, int capacity,
			Function<Citation, L> newLink) {
		Checks.required(citation, "citation");
		for (L link : links) {
			if (isSame(link.getCitation(), citation)) {
				CitationLink existing = link;
				existing.bearing = Checks.required(bearing, "bearing");
				return link;
			}
		}
		if (links.size() >= capacity) {
			throw new TooManyCitationsException(capacity);
		}
		L link = newLink.apply(citation);
		links.add(link);
		return link;
	}

	/** Removes the link to {@code citation}, if any. */
	public static void uncite(Collection<? extends CitationLink> links, Citation citation) {
		links.removeIf((link) -> isSame(link.getCitation(), citation));
	}

	/**
	 * Makes a claim's {@code links} hold exactly {@code wanted}: links to other reports
	 * are removed, the rest cited (a bearing changed where it differs).
	 * @param citations the reports wanted, by id (all of them, checked before)
	 * @param cite cites one report with its bearing on the claim
	 * @return whether anything changed
	 */
	public static <L extends CitationLink> boolean sync(Collection<L> links, List<Cited> wanted,
			Map<Long, Citation> citations, BiConsumer<Citation, Bearing> cite) {
		List<Long> ids = wanted.stream().map(Cited::citationId).toList();
		boolean changed = links.removeIf((link) -> !ids.contains(link.getCitation().getId()));
		for (Cited cited : wanted) {
			Citation citation = citations.get(cited.citationId());
			if (citation == null) {
				throw new IllegalArgumentException("no citation #" + cited.citationId());
			}
			boolean same = links.stream()
				.anyMatch((link) -> isSame(link.getCitation(), citation) && link.getBearing() == cited.bearing());
			if (!same) {
				cite.accept(citation, cited.bearing());
				changed = true;
			}
		}
		return changed;
	}

	/** The links as an editor sets them, by citation id. */
	public static List<Cited> cited(Collection<? extends CitationLink> links) {
		return links.stream()
			.map((link) -> new Cited(link.getCitation().getId(), link.getBearing()))
			.sorted(java.util.Comparator.comparing(Cited::citationId))
			.toList();
	}

	private static boolean isSame(Citation a, Citation b) {
		// Identity first: unsaved citations have no id, so equals() alone would not match
		// them.
		return a == b || a.equals(b);
	}

}
