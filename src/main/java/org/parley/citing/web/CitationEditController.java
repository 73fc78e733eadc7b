package org.parley.citing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import org.parley.citing.CitationEditing;
import org.parley.citing.CitationRecord;
import org.parley.citing.CitationSaved;
import org.parley.citing.CitedRecord;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.SourceStatus;
import org.parley.source.TooManyCitationsException;
import org.parley.web.BadRequestException;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Citations for editors: create, edit and delete. A citation made from a round, a
 * proposal or a position ({@code ?round=}, {@code ?proposal=}, {@code ?position=}) is
 * linked to it in the same transaction, supporting or disputing it, and the editor goes
 * back to that record's page. A source not on the admins' list can be proposed by name;
 * it stays pending until an admin accepts it.
 */
@Controller
@RequestMapping("/citations")
@PreAuthorize("hasRole('EDITOR')")
class CitationEditController {

	static final String VIEW = "citations/edit";

	private final ThreeWayMerge merges;

	private final CitationEditing editing;

	private final CitationChecks checks;

	private final Picker picker;

	private final Clock clock;

	CitationEditController(CitationEditing editing, CitationChecks checks, Picker picker, Clock clock,
			ThreeWayMerge merges) {
		this.merges = merges;
		this.editing = editing;
		this.checks = checks;
		this.picker = picker;
		this.clock = clock;
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) Long round, @RequestParam(required = false) Long proposal,
			@RequestParam(required = false) Long position, @RequestParam(required = false) Long source) {
		CitationForm form = new CitationForm();
		form.setSourceId(source);
		List<CitedRecord.Kind> kinds = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		add(kinds, ids, CitedRecord.Kind.ROUND, round);
		add(kinds, ids, CitedRecord.Kind.PROPOSAL, proposal);
		add(kinds, ids, CitedRecord.Kind.POSITION, position);
		if (kinds.size() > 1) {
			throw new BadRequestException("A new citation backs one record: give one of round, proposal or position.");
		}
		if (!kinds.isEmpty()) {
			form.setCitedKind(kinds.get(0));
			form.setCitedId(ids.get(0));
		}
		// Left empty: today's date was easily kept for an old report.
		return page(null, form, cited(form));
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute("form") CitationForm form, BindingResult result,
			RedirectAttributes redirect) {
		CitedRecord cited = cited(form);
		validate(form, result, null);
		if (cited != null && form.getBearing() == null) {
			result.rejectValue("bearing", "citation.form.bearing.required");
		}
		if (cited != null && cited.full()) {
			result.reject("citation.form.cited.full", new Object[] { cited.capacity() }, null);
		}
		if (result.hasErrors()) {
			return page(null, form, cited);
		}
		CitationSaved saved;
		try {
			saved = this.editing.create(form.toDetails(), cited,
					(cited != null) ? form.getBearing() : Bearing.SUPPORTS);
		}
		catch (TooManyCitationsException ex) {
			// Filled by another editor since the check above: nothing was saved.
			result.reject("citation.form.cited.full", new Object[] { ex.getCapacity() }, null);
			return page(null, form, cited);
		}
		return EditFlow.saved(redirect, (cited != null) ? "citation.notice.attached" : "citation.notice.created",
				saved.sourceName(), saved.page());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		CitationRecord record = existing(id);
		CitationForm form = CitationForm.of(record.details(), record.version());
		this.merges.opened(form.getMerge(), form.describe(sourceNames(), citationNames()));
		return page(record, form, null);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") CitationForm form, BindingResult result,
			RedirectAttributes redirect) {
		CitationRecord record = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		// Attaching happens only when a citation is made.
		form.setCitedKind(null);
		form.setCitedId(null);
		validate(form, result, id);
		if (result.hasErrors()) {
			return page(record, form, null);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty() && !this.merges.chosen(form,
				CitationForm.of(record.details(), record.version()), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			CitationSaved saved = this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "citation.notice.updated", saved.sourceName(), saved.page());
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		CitationRecord record = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(record.sourceName(), "/citations/" + id + "/delete", expected, List.of(),
					"/citations/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "citation.notice.deleted", record.sourceName(),
					"/sources/" + record.sourceId());
		}, () -> this.editing.references(id),
				(references) -> EditFlow
					.refused(page(record, CitationForm.of(record.details(), record.version()), null), references),
				() -> {
					CitationRecord current = existing(id);
					return page(current, CitationForm.of(current.details(), current.version()), null);
				});
	}

	private void validate(CitationForm form, BindingResult result, Long self) {
		this.checks.validate(form, result, self);
	}

	private ModelAndView conflict(long id, CitationForm yours) {
		CitationRecord current = existing(id);
		CitationForm theirs = CitationForm.of(current.details(), current.version());
		List<FieldMerge> merge = this.merges.merge("citation.form.", yours,
				yours.describe(sourceNames(), citationNames()), theirs, theirs.describe(sourceNames(), citationNames()),
				yours.getMerge());
		yours.setVersion(current.version());
		return this.merges.page(page(current, yours, null), merge, "Citation", id);
	}

	private LongFunction<String> sourceNames() {
		return (sourceId) -> this.picker.label(PickKind.SOURCE, sourceId);
	}

	private LongFunction<String> citationNames() {
		return (citationId) -> this.picker.label(PickKind.CITATION, citationId);
	}

	private CitedRecord cited(CitationForm form) {
		if (form.getCitedKind() == null || form.getCitedId() == null) {
			return null;
		}
		return this.editing.cited(form.getCitedKind(), form.getCitedId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private ModelAndView page(CitationRecord record, CitationForm form, CitedRecord cited) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("citation", record);
		page.addObject("cited", cited);
		page.addObject("form", form);
		List<PickOption> sources = new ArrayList<>(this.picker.options(PickKind.SOURCE, nullable(form.getSourceId())));
		if (record != null && record.sourceStatus() == SourceStatus.RETIRED
				&& sources.stream().noneMatch((option) -> option.id() == record.sourceId())) {
			// Retired sources are not offered, but a citation of one keeps it.
			sources.add(new PickOption(record.sourceId(), record.sourceName() + " (retired)"));
		}
		page.addObject("sources", sources);
		List<PickOption> via = new ArrayList<>(this.picker.options(PickKind.CITATION, nullable(form.getViaId())));
		if (record != null) {
			via.removeIf((option) -> option.id() == record.id());
		}
		page.addObject("viaOptions", via);
		page.addObject("credibilities",
				IntStream.rangeClosed(1, 6)
					.mapToObj((grade) -> new PickOption(grade, grade + " — " + Citation.describeCredibility(grade)))
					.toList());
		page.addObject("bearings", Bearing.values());
		page.setStatus(HttpStatus.OK);
		return page;
	}

	private static void add(List<CitedRecord.Kind> kinds, List<Long> ids, CitedRecord.Kind kind, Long id) {
		if (id != null) {
			kinds.add(kind);
			ids.add(id);
		}
	}

	private static List<Long> nullable(Long id) {
		List<Long> ids = new ArrayList<>();
		ids.add(id);
		return ids;
	}

	private CitationRecord existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
