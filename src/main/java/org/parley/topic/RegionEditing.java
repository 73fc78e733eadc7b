package org.parley.topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;
import org.parley.audit.Change;
import org.parley.shared.Reference;
import org.parley.shared.References;
import org.parley.shared.SlugClaims;
import org.parley.shared.Slugs;
import org.parley.shared.StaleVersionException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors and admins do to regions: add one (optionally within another), edit one,
 * merge a duplicate into the region to keep. Each method is one transaction; an edit or
 * merge names the version the admin saw, and is refused when the region changed since. No
 * two regions share a name, whatever the case: names are checked one writer at a time
 * ({@link SlugClaims}).
 */
@Service
@Transactional
public class RegionEditing {

	static final String KIND = "region";

	private final RegionRepository regions;

	private final SlugClaims slugClaims;

	private final ProposalLinks links;

	private final RecordLocks locks;

	private final AuditTrail audit;

	private final JdbcTemplate jdbc;

	RegionEditing(RegionRepository regions, SlugClaims slugClaims, ProposalLinks links, RecordLocks locks,
			AuditTrail audit, JdbcTemplate jdbc) {
		this.regions = regions;
		this.slugClaims = slugClaims;
		this.links = links;
		this.locks = locks;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Optional<Region> find(long id) {
		return this.regions.findById(id);
	}

	/**
	 * Adds a region; its slug comes from the name, numbered if taken.
	 * @throws NameTakenException if a region has that name already
	 * @throws ParentRefusedException if the region to lie within does not exist
	 */
	public Region create(RegionDetails details) {
		String slug = this.slugClaims.unique(KIND, Slugs.of(details.name(), KIND),
				(candidate) -> this.regions.findBySlug(candidate).isPresent());
		// Under the claim: a region of this name saved meanwhile is seen.
		refuseTakenName(details.name(), null);
		Region region = new Region(slug, details.name(), details.countryCode());
		region.placeWithin(parent(details.parentId()));
		return this.regions.save(region);
	}

	/**
	 * Renames a region, and places it within another or none; its slug stays, so links
	 * keep working.
	 * @throws StaleVersionException if the region changed since {@code version}
	 * @throws NameTakenException if another region has that name
	 * @throws ParentRefusedException if it cannot lie within the region chosen
	 */
	public Region update(long id, long version, RegionDetails details) {
		Region region = current(id, version);
		this.slugClaims.hold(KIND);
		refuseTakenName(details.name(), id);
		region.rename(details.name(), details.countryCode());
		Long parentId = (region.getParent() != null) ? region.getParent().getId() : null;
		if (!Objects.equals(parentId, details.parentId())) {
			try {
				region.placeWithin(parent(details.parentId()));
			}
			catch (IllegalArgumentException ex) {
				throw new ParentRefusedException(ex.getMessage(), false);
			}
		}
		return region;
	}

	/** What merging one region into another would move, by kind. */
	@Transactional(readOnly = true)
	public List<Reference> whatMerging(long mergedId, long keptId) {
		List<Reference> moves = new ArrayList<>(this.links.whatMoves(ProposalLinks.Kind.REGIONS, mergedId, keptId));
		moves.addAll(References.of()
			.with("mergeRegionsWithin", "select name from region where parent_id = ? and id <> " + keptId)
			.find(this.jdbc, mergedId));
		return moves;
	}

	/**
	 * Merges a duplicate into the region to keep, in one transaction: every proposal on
	 * the duplicate is on the one kept (once), the regions within the duplicate lie
	 * within the one kept, and the duplicate is deleted; its history stays in the audit
	 * trail, with the merge recorded on the one kept. A region kept from within the
	 * duplicate takes its place (Donetsk Oblast kept for the Donbas lies where the Donbas
	 * lay).
	 * @param mergedId the region that goes
	 * @param version its version as the admin saw it
	 * @param keptId the region that stays
	 * @return what moved
	 * @throws MergeRefusedException if the two are one, or the one to keep is gone
	 * @throws StaleVersionException if the duplicate changed since {@code version}
	 */
	public MergeOutcome merge(long mergedId, long version, long keptId) {
		if (mergedId == keptId) {
			throw new MergeRefusedException(MergeRefusedException.Reason.SAME);
		}
		// Proposals first, then the two regions, the order an editor's save takes them.
		this.links.lock(ProposalLinks.Kind.REGIONS, mergedId);
		this.locks.lockPair(KIND, mergedId, keptId);
		Region merged = current(mergedId, version);
		Region kept = this.regions.findById(keptId)
			.orElseThrow(() -> new MergeRefusedException(MergeRefusedException.Reason.GONE));
		String detail = "Merged region “" + merged.getName() + "” (#" + mergedId + ") into “" + kept.getName() + "” (#"
				+ keptId + ")";
		int proposals = this.links.move(ProposalLinks.Kind.REGIONS, mergedId, keptId, detail);
		if (kept.ancestors().contains(merged)) {
			kept.placeWithin(merged.getParent());
		}
		List<Region> within = this.regions.findByParentIdOrderById(mergedId)
			.stream()
			.filter((region) -> !region.equals(kept))
			.toList();
		within.forEach((region) -> region.placeWithin(kept));
		this.regions.flush();
		this.regions.delete(merged);
		this.regions.flush();
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("mergedFrom", Change.of(null, merged.getName() + " (#" + mergedId + ")"));
		changes.put("proposalsMoved", Change.of(null, String.valueOf(proposals)));
		changes.put("regionsMoved", Change.of(null, String.valueOf(within.size())));
		this.audit.record(AuditAction.MERGE, "Region", keptId, changes,
				detail + "; " + proposals + " proposal(s), " + within.size() + " region(s) within it");
		return new MergeOutcome(proposals, within.size());
	}

	private Region parent(Long parentId) {
		if (parentId == null) {
			return null;
		}
		return this.regions.findById(parentId)
			.orElseThrow(() -> new ParentRefusedException("no region #" + parentId + " to lie within", true));
	}

	private void refuseTakenName(String name, Long self) {
		this.regions.findByNameIgnoringCase(name.strip())
			.stream()
			.filter((region) -> !region.getId().equals(self))
			.findFirst()
			.ifPresent((region) -> {
				throw new NameTakenException("Region", region.getId(), region.getName());
			});
	}

	private Region current(long id, long version) {
		Region region = this.regions.findById(id).orElseThrow(() -> new StaleVersionException("Region", id));
		if (region.getVersion() != version) {
			throw new StaleVersionException("Region", id);
		}
		return region;
	}

}
