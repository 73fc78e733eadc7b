package org.parley.read.sources;

import java.util.IllformedLocaleException;
import java.util.Locale;

import org.parley.source.Reliability;
import org.parley.source.SourceKind;
import org.parley.source.SourceStatus;

/** An outlet as its page shows it, with the number of reports recorded from it. */
public record SourceDetails(long id, String name, SourceKind kind, String homepage, String countryCode, String language,
		Reliability reliability, String reliabilityNote, SourceStatus status, long citationCount) {

	/** The country's English name, e.g. "Azerbaijan" for AZ, or {@code null}. */
	public String countryName() {
		if (this.countryCode == null) {
			return null;
		}
		try {
			String name = new Locale.Builder().setRegion(this.countryCode).build().getDisplayCountry(Locale.ENGLISH);
			return name.isEmpty() ? this.countryCode : name;
		}
		catch (IllformedLocaleException ex) {
			return this.countryCode;
		}
	}

	/** The language's English name, e.g. "English" for en, or {@code null}. */
	public String languageName() {
		if (this.language == null) {
			return null;
		}
		String name = Locale.forLanguageTag(this.language).getDisplayName(Locale.ENGLISH);
		return name.isEmpty() ? this.language : name;
	}

}
