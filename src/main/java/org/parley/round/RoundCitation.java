package org.parley.round;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.audit.PartOf;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.CitationLink;

/** A citation that supports or disputes a round. Made through {@link Round#cite}. */
@Entity
@Table(name = "round_citation")
public class RoundCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id", nullable = false)
	@PartOf
	private Round round;

	protected RoundCitation() {
	}

	RoundCitation(Round round, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.round = Checks.required(round, "round");
	}

	public Round getRound() {
		return this.round;
	}

}
