package org.parley.alias;

import java.util.List;
import java.util.Optional;

import org.parley.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What editors do to alias groups: add one, remove one. Each method is one transaction,
 * audited like every entity write.
 */
@Service
@Transactional
public class AliasEditing {

	private final AliasGroupRepository groups;

	AliasEditing(AliasGroupRepository groups) {
		this.groups = groups;
	}

	/**
	 * Adds a group.
	 * @param terms at least two different terms ({@link AliasTerms#of})
	 * @param note why they are one, or {@code null}
	 * @return the group
	 * @throws AliasTermTakenException when another group has one of the terms
	 */
	public AliasGroup create(List<String> terms, String note) {
		Optional<AliasTermTakenException> taken = taken(terms);
		if (taken.isPresent()) {
			throw taken.get();
		}
		// Another editor adding one of the terms meanwhile meets the unique index: the
		// caller asks taken(…) again, in a new transaction.
		return this.groups.saveAndFlush(new AliasGroup(terms, note));
	}

	/** The first of these terms that a group already has, if any. */
	@Transactional(readOnly = true)
	public Optional<AliasTermTakenException> taken(List<String> terms) {
		List<String> keys = terms.stream().map(AliasTerms::key).toList();
		return this.groups.holders(keys)
			.stream()
			.findFirst()
			.map((holder) -> new AliasTermTakenException(terms.get(keys.indexOf(holder.getTerm())),
					holder.getGroupId()));
	}

	/**
	 * Removes a group, as it was shown.
	 * @throws StaleVersionException when it changed or went since
	 */
	public void delete(long id, long version) {
		AliasGroup group = this.groups.findById(id).orElseThrow(() -> new StaleVersionException("AliasGroup", id));
		if (group.getVersion() != version) {
			throw new StaleVersionException("AliasGroup", id);
		}
		this.groups.delete(group);
		this.groups.flush();
	}

	@Transactional(readOnly = true)
	public Optional<AliasGroup> find(long id) {
		return this.groups.findById(id);
	}

}
