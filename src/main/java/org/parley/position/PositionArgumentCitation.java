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
 * A citation that supports or disputes an argument. Made through
 * {@link PositionArgument#cite}.
 */
@Entity
@Table(name = "position_argument_citation")
public class PositionArgumentCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "argument_id", nullable = false)
	@PartOf
	private PositionArgument argument;

	protected PositionArgumentCitation() {
	}

	PositionArgumentCitation(PositionArgument argument, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.argument = Checks.required(argument, "argument");
	}

	public PositionArgument getArgument() {
		return this.argument;
	}

}
