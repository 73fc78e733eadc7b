package org.parley.negotiation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.parley.party.Party;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/** A negotiating process; rounds and proposals belong to exactly one. */
@Entity
@Table(name = "negotiation")
public class Negotiation extends BaseEntity {

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "description")
	private String description;

	@OneToMany(mappedBy = "negotiation", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<NegotiationParty> parties = new ArrayList<>();

	protected Negotiation() {
	}

	public Negotiation(String slug, String title) {
		this.slug = Checks.slug(slug);
		this.title = Checks.notBlank(title, "title");
	}

	public void retitle(String title) {
		this.title = Checks.notBlank(title, "title");
	}

	public void describe(String description) {
		this.description = Checks.optional(description);
	}

	public void changeSlug(String slug) {
		this.slug = Checks.slug(slug);
	}

	/**
	 * Brings a party into the negotiation, or changes its role if it is already in.
	 * @param party the party
	 * @param role its role
	 * @return the party's membership
	 */
	public NegotiationParty involve(Party party, PartyRole role) {
		Checks.required(party, "party");
		Optional<NegotiationParty> existing = membershipOf(party);
		if (existing.isPresent()) {
			// Re-adding would break the (negotiation, party) unique key: change the role
			// in place.
			existing.get().changeRole(role);
			return existing.get();
		}
		NegotiationParty membership = new NegotiationParty(this, party, role);
		this.parties.add(membership);
		return membership;
	}

	public void withdraw(Party party) {
		this.parties.removeIf((membership) -> membership.getParty().equals(party));
	}

	public Optional<NegotiationParty> membershipOf(Party party) {
		return this.parties.stream().filter((membership) -> membership.getParty().equals(party)).findFirst();
	}

	public List<Party> partiesIn(PartyRole role) {
		return this.parties.stream()
			.filter((membership) -> membership.getRole() == role)
			.map(NegotiationParty::getParty)
			.toList();
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public List<NegotiationParty> getParties() {
		return Collections.unmodifiableList(this.parties);
	}

}
