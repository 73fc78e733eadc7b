package org.parley.position;

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

/**
 * A citation that supports or disputes a position. Made through {@link Position#cite}.
 */
@Entity
@Table(name = "position_citation")
public class PositionCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id", nullable = false)
	@PartOf
	private Position position;

	protected PositionCitation() {
	}

	PositionCitation(Position position, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.position = Checks.required(position, "position");
	}

	public Position getPosition() {
		return this.position;
	}

}
