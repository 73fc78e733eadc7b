package org.parley.read.matrix;

import org.parley.negotiation.PartyRole;

/** A party of a negotiation, with the role it plays there: one column of the matrix. */
public record PartyColumn(long id, String name, String shortName, PartyRole role) {

	/** The short name where there is one ("US"), else the full name. */
	public String displayName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

}
