package org.parley.citing.web;

import java.time.Clock;
import java.time.LocalDate;

import org.parley.citing.CitationEditing;
import org.parley.source.SourceStatus;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules a citation must keep beyond its constraints, checked once for the form and
 * the API alike: a source that exists and is not retired (unless the citation already had
 * it), no future publication date, a description only for an anonymous source, a "via"
 * citation that makes no cycle.
 */
@Component
class CitationChecks {

	private final CitationEditing editing;

	private final Clock clock;

	CitationChecks(CitationEditing editing, Clock clock) {
		this.editing = editing;
		this.clock = clock;
	}

	/**
	 * Field errors in {@code result} for what {@code form} gets wrong; {@code self} is
	 * the citation edited.
	 */
	void validate(CitationForm form, Errors result, Long self) {
		if (form.getSourceId() != null) {
			SourceStatus status = this.editing.sourceStatus(form.getSourceId()).orElse(null);
			if (status == null) {
				result.rejectValue("sourceId", "citation.form.sourceId.unknown");
			}
			else if (status == SourceStatus.RETIRED && !keepsRetiredSource(form, self)) {
				result.rejectValue("sourceId", "citation.form.sourceId.retired");
			}
			if (form.getNewSourceName() != null || form.getNewSourceHomepage() != null) {
				result.rejectValue("newSourceName", "citation.form.newSourceName.both");
			}
		}
		else if (form.getNewSourceName() == null && !result.hasFieldErrors("sourceId")) {
			result.rejectValue("sourceId", "citation.form.sourceId.required");
		}
		else if (form.getNewSourceName() != null && !result.hasFieldErrors("newSourceName")
				&& this.editing.sourceNamed(form.getNewSourceName())) {
			result.rejectValue("newSourceName", "citation.form.newSourceName.taken");
		}
		if (form.getPublishedOn() != null && form.getPublishedOn().isAfter(LocalDate.now(this.clock))) {
			result.rejectValue("publishedOn", "citation.form.publishedOn.future");
		}
		if (!form.isAnonymous() && form.getAnonymousDescription() != null) {
			result.rejectValue("anonymousDescription", "citation.form.anonymousDescription.notAnonymous");
		}
		if (form.getViaId() != null && !result.hasFieldErrors("viaId")) {
			this.editing.viaProblem(self, form.getViaId())
				.ifPresent((problem) -> result.rejectValue("viaId", "citation.form.viaId." + problem));
		}
	}

	/** A citation of a source retired since may keep it; a new one may not take it. */
	private boolean keepsRetiredSource(CitationForm form, Long self) {
		return self != null
				&& this.editing.find(self).map((record) -> record.sourceId() == form.getSourceId()).orElse(false);
	}

}
