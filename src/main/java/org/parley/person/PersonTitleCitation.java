package org.parley.person;

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

/** A citation that supports or disputes a title a person held. */
@Entity
@Table(name = "person_title_citation")
public class PersonTitleCitation extends CitationLink {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "title_id", nullable = false)
	@PartOf
	private PersonTitle title;

	protected PersonTitleCitation() {
	}

	PersonTitleCitation(PersonTitle title, Citation citation, Bearing bearing) {
		super(citation, bearing);
		this.title = Checks.required(title, "title");
	}

	public PersonTitle getTitle() {
		return this.title;
	}

}
