package org.parley.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.shared.BaseEntity;
import org.parley.shared.Checks;
import org.parley.source.Bearing;
import org.parley.source.Citation;

/**
 * A citation that supports or disputes a position. Made through {@link Position#cite}.
 */
@Entity
@Table(name = "position_citation")
public class PositionCitation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "position_id", nullable = false)
	private Position position;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "citation_id", nullable = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	@Column(name = "bearing", nullable = false, length = 10)
	private Bearing bearing;

	protected PositionCitation() {
	}

	PositionCitation(Position position, Citation citation, Bearing bearing) {
		this.position = Checks.required(position, "position");
		this.citation = Checks.required(citation, "citation");
		this.bearing = Checks.required(bearing, "bearing");
	}

	void changeBearing(Bearing bearing) {
		this.bearing = Checks.required(bearing, "bearing");
	}

	public Position getPosition() {
		return this.position;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

}
