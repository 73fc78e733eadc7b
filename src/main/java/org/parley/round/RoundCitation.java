package org.parley.round;

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

/** A citation that supports or disputes a round. Made through {@link Round#cite}. */
@Entity
@Table(name = "round_citation")
public class RoundCitation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "round_id", nullable = false)
	private Round round;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "citation_id", nullable = false)
	private Citation citation;

	@Enumerated(EnumType.STRING)
	@Column(name = "bearing", nullable = false, length = 10)
	private Bearing bearing;

	protected RoundCitation() {
	}

	RoundCitation(Round round, Citation citation, Bearing bearing) {
		this.round = Checks.required(round, "round");
		this.citation = Checks.required(citation, "citation");
		this.bearing = Checks.required(bearing, "bearing");
	}

	void changeBearing(Bearing bearing) {
		this.bearing = Checks.required(bearing, "bearing");
	}

	public Round getRound() {
		return this.round;
	}

	public Citation getCitation() {
		return this.citation;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

}
