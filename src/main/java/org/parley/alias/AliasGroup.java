package org.parley.alias;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/**
 * Terms that search treats as one ("DMZ", "demilitarized zone"): a query term that is one
 * of them is searched as any of them. Kept by editors; a term belongs to one group at
 * most, whatever its capitals (the database's {@code alias_term_term_uk}).
 */
@Entity
@Table(name = "alias_group")
public class AliasGroup extends BaseEntity {

	/** The longest term, as the column allows. */
	public static final int MAX_TERM_LENGTH = 100;

	// A bag, not a list with an order column: changed, it is deleted and inserted again
	// whole, so the unique index never sees a term twice in the middle of a save.
	@ElementCollection
	@CollectionTable(name = "alias_term", joinColumns = @JoinColumn(name = "alias_group_id"))
	@Column(name = "term", nullable = false, length = MAX_TERM_LENGTH)
	@OrderBy
	private List<String> terms = new ArrayList<>();

	@Column(name = "note", length = 500)
	private String note;

	protected AliasGroup() {
	}

	/**
	 * @param terms at least two different terms, as {@link AliasTerms#of} reads them
	 * @param note why they are one, or {@code null}
	 */
	public AliasGroup(List<String> terms, String note) {
		if (terms.size() < 2) {
			throw new IllegalArgumentException("An alias group needs at least two terms.");
		}
		terms.forEach((term) -> this.terms.add(Checks.notBlank(term, "term")));
		this.note = Checks.optional(note);
	}

	public List<String> getTerms() {
		return List.copyOf(this.terms);
	}

	public String getNote() {
		return this.note;
	}

	/** The group as a short name: its terms, joined. */
	public String describe() {
		return String.join(" ↔ ", this.terms);
	}

}
