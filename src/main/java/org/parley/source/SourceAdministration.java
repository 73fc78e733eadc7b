package org.parley.source;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.parley.shared.SlugClaims;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;
import org.parley.audit.Change;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to sources. Each method is one transaction; a form's version must match
 * the stored one, so nobody overwrites a change they have not seen.
 */
@Service
@Transactional
public class SourceAdministration {

	static final int SLUG_BASE_LENGTH = 90;

	private final SourceRepository sources;

	private final CitationRepository citations;

	private final AuditTrail audit;

	private final SlugClaims slugClaims;

	SourceAdministration(SourceRepository sources, CitationRepository citations, AuditTrail audit,
			SlugClaims slugClaims) {
		this.slugClaims = slugClaims;
		this.sources = sources;
		this.citations = citations;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Source get(long id) {
		return this.sources.findById(id).orElseThrow(() -> new SourceNotFoundException(id));
	}

	/** Adds an active source; its slug comes from the name, numbered if taken. */
	public Source create(SourceDetails details) {
		Source source = new Source(uniqueSlug(details.name()), details.name(), details.kind());
		apply(source, details);
		return this.sources.save(source);
	}

	/**
	 * Adds a source an editor proposed while citing it: pending until an admin accepts it
	 * on the sources page, ungraded (F) and of kind {@link SourceKind#OTHER} until an
	 * admin describes it.
	 * @param name the outlet's name
	 * @param homepage its http(s) address, or {@code null}
	 * @return the pending source
	 */
	public Source propose(String name, String homepage) {
		Source source = new Source(uniqueSlug(name), name, SourceKind.OTHER);
		source.describe(SourceKind.OTHER, homepage, null, null);
		source.suspend();
		return this.sources.save(source);
	}

	/**
	 * Changes a source's details; the slug stays, so links keep working.
	 * @throws SourceConflictException if the source changed since {@code version}
	 */
	public Source update(long id, long version, SourceDetails details) {
		Source source = current(id, version);
		source.rename(details.name());
		apply(source, details);
		return source;
	}

	/** Retires a source: old citations keep it, new ones should not use it. */
	public Source retire(long id, long version) {
		Source source = current(id, version);
		source.retire();
		return source;
	}

	/** Accepts a proposed (pending) source. */
	public Source accept(long id, long version) {
		Source source = current(id, version);
		if (source.getStatus() != SourceStatus.PENDING) {
			throw new SourceConflictException(id, source.getName() + " is no longer waiting for acceptance.");
		}
		source.accept();
		return source;
	}

	/**
	 * Merges a duplicate into the source to keep, in one transaction: the duplicate's
	 * citations move to the one kept and the duplicate is retired, pointing to it (kept
	 * rather than deleted, so old links and the audit trail still resolve).
	 * @param duplicateId the source that goes
	 * @param version the duplicate's version as the admin saw it
	 * @param keepId the source that stays
	 * @return how many citations moved
	 * @throws IllegalArgumentException if the two are the same or the one to keep is
	 * retired
	 */
	public int merge(long duplicateId, long version, long keepId) {
		Source duplicate = current(duplicateId, version);
		if (duplicate.getMergedInto() != null) {
			throw new SourceConflictException(duplicateId,
					duplicate.getName() + " was already merged into another source.");
		}
		if (duplicateId == keepId) {
			throw new IllegalArgumentException("A source cannot be merged into itself: choose another one to keep.");
		}
		Source keep = this.sources.findById(keepId)
			.orElseThrow(() -> new IllegalArgumentException("The source to keep no longer exists."));
		if (keep.getStatus() == SourceStatus.RETIRED) {
			throw new IllegalArgumentException(keep.getName() + " is retired: choose a source that is not.");
		}
		List<Long> moved = this.citations.findIdsBySource(duplicate);
		this.citations.moveCitations(duplicateId, keepId);
		duplicate.mergeInto(keep);
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("mergedFrom", Change.of(null, String.valueOf(duplicateId)));
		changes.put("citations", Change.of(null, moved.toString()));
		this.audit.record(AuditAction.MERGE, "Source", keepId, changes, "Merged “" + duplicate.getName() + "” (#"
				+ duplicateId + ") into “" + keep.getName() + "”; " + moved.size() + " citation(s) moved");
		return moved.size();
	}

	private Source current(long id, long version) {
		Source source = get(id);
		if (source.getVersion() != version) {
			throw new SourceConflictException(id, "Someone else changed " + source.getName()
					+ " after you opened it; nothing was saved. Open the current version and try again.");
		}
		return source;
	}

	private static void apply(Source source, SourceDetails details) {
		source.describe(details.kind(), details.homepage(), details.countryCode(), details.language());
		if (source.getReliability() != details.reliability()
				|| !Objects.equals(source.getReliabilityNote(), details.reliabilityNote())) {
			source.grade(details.reliability(), details.reliabilityNote());
		}
	}

	/** The slug for a new source: from its name, with -2, -3 … when taken. */
	String uniqueSlug(String name) {
		String base = slugOf(name);
		// Read once the claim is held, so a source saved meanwhile is seen.
		Set<String> taken = new HashSet<>();
		return this.slugClaims.unique("source", base, (candidate) -> {
			if (taken.isEmpty()) {
				taken.addAll(this.sources.findSlugsLike(base));
				taken.add("");
			}
			return taken.contains(candidate);
		});
	}

	/** Lower-case ASCII letters and digits joined by single hyphens; "source" if none. */
	static String slugOf(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+)|(-+$)", "");
		if (slug.length() > SLUG_BASE_LENGTH) {
			slug = slug.substring(0, SLUG_BASE_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "source" : slug;
	}

}
