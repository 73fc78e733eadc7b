package org.parley.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.party.Party;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;

/** A party's role in a negotiation. Changed only through {@link Negotiation}. */
@Entity
@Table(name = "negotiation_party")
public class NegotiationParty extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "negotiation_id", nullable = false)
	@PartOf
	private Negotiation negotiation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "party_id", nullable = false)
	private Party party;

	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 20)
	private PartyRole role;

	protected NegotiationParty() {
	}

	NegotiationParty(Negotiation negotiation, Party party, PartyRole role) {
		this.negotiation = Checks.required(negotiation, "negotiation");
		this.party = Checks.required(party, "party");
		this.role = Checks.required(role, "role");
	}

	void changeRole(PartyRole role) {
		this.role = Checks.required(role, "role");
	}

	public Negotiation getNegotiation() {
		return this.negotiation;
	}

	public Party getParty() {
		return this.party;
	}

	public PartyRole getRole() {
		return this.role;
	}

}
