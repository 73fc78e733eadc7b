package org.parley.source.web;

import org.parley.web.CountryCode;
import java.util.Locale;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.source.SourceDetails;
import org.parley.source.SourceKind;

/**
 * The create and edit form of a source. Blank optional fields count as empty; the country
 * code is taken in capitals. The version is the one the admin saw.
 */
public class SourceForm {

	private Long version;

	@NotBlank(message = "{source.form.name.required}")
	@Size(max = 200, message = "{source.form.name.size}")
	private String name;

	@NotNull(message = "{source.form.kind.required}")
	private SourceKind kind;

	@Size(max = 500, message = "{source.form.homepage.size}")
	@Pattern(regexp = "https?://[^\\s/?#]+[^\\s]*", message = "{source.form.homepage.invalid}")
	private String homepage;

	@CountryCode
	private String countryCode;

	@Size(max = 35, message = "{source.form.language.invalid}")
	@LanguageTag
	private String language;

	@NotNull(message = "{source.form.reliability.required}")
	private Reliability reliability;

	@Size(max = 2000, message = "{source.form.reliabilityNote.size}")
	private String reliabilityNote;

	/** A form for a new source: ungraded until the admin says otherwise. */
	static SourceForm empty() {
		SourceForm form = new SourceForm();
		form.setKind(SourceKind.MEDIA);
		form.setReliability(Reliability.F);
		return form;
	}

	static SourceForm of(Source source) {
		SourceForm form = new SourceForm();
		form.setVersion(source.getVersion());
		form.setName(source.getName());
		form.setKind(source.getKind());
		form.setHomepage(source.getHomepage());
		form.setCountryCode(source.getCountryCode());
		form.setLanguage(source.getLanguage());
		form.setReliability(source.getReliability());
		form.setReliabilityNote(source.getReliabilityNote());
		return form;
	}

	SourceDetails toDetails() {
		return new SourceDetails(this.name, this.kind, this.homepage, this.countryCode, this.language, this.reliability,
				this.reliabilityNote);
	}

	private static String trimmed(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = trimmed(name);
	}

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getHomepage() {
		return this.homepage;
	}

	public void setHomepage(String homepage) {
		this.homepage = trimmed(homepage);
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		String code = trimmed(countryCode);
		this.countryCode = (code != null) ? code.toUpperCase(Locale.ROOT) : null;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = trimmed(language);
	}

	public Reliability getReliability() {
		return this.reliability;
	}

	public void setReliability(Reliability reliability) {
		this.reliability = reliability;
	}

	public String getReliabilityNote() {
		return this.reliabilityNote;
	}

	public void setReliabilityNote(String reliabilityNote) {
		this.reliabilityNote = trimmed(reliabilityNote);
	}

}
