package org.parley.alias.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.alias.AliasTerms;

/** A new alias group: its terms, one a line (or separated by commas), and a note. */
public class AliasForm {

	@NotBlank(message = "{alias.form.terms.blank}")
	@Size(max = 2000, message = "{alias.form.terms.size}")
	private String terms;

	@Size(max = 500, message = "{alias.form.note.size}")
	private String note;

	public String getTerms() {
		return this.terms;
	}

	public void setTerms(String terms) {
		this.terms = terms;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	List<String> termList() {
		return AliasTerms.of(this.terms);
	}

}
