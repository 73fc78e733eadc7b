package org.parley.person.web;

import java.util.Collections;
import java.util.List;
import java.util.function.LongFunction;

import jakarta.validation.Valid;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.picker.PickKind;
import org.parley.source.Bearing;
import org.parley.source.CitationRepository;
import org.parley.source.CitationRow;
import org.parley.picker.Picker;
import org.parley.person.Person;
import org.parley.person.PersonEditing;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.PickerSearchAdvice;
import org.parley.web.ThreeWayMerge;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
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
 * People for editors: create, edit and delete, the same way as parties: the version the
 * form was made from, 409 with the input kept and the other change shown, no delete while
 * anything refers to the person.
 */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasRole('EDITOR')")
class PersonEditController {

	static final String VIEW = "people/edit";

	private final ThreeWayMerge merges;

	private final PersonEditing editing;

	private final PartyRepository parties;

	private final Picker picker;

	private final CitationRepository citations;

	private final SpringValidatorAdapter validator;

	PersonEditController(PersonEditing editing, PartyRepository parties, Picker picker, ThreeWayMerge merges,
			CitationRepository citations, jakarta.validation.Validator validator) {
		this.citations = citations;
		this.validator = new SpringValidatorAdapter(validator);
		this.merges = merges;
		this.picker = picker;
		this.editing = editing;
		this.parties = parties;
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) Long party) {
		PersonForm form = PersonForm.empty();
		form.setPartyId(party);
		return page(null, form, HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") PersonForm form, BindingResult result, RowAction action,
			RedirectAttributes redirect) {
		if (action.applyTo(form)) {
			return page(null, form, HttpStatus.OK);
		}
		checkParty(form, result);
		if (result.hasErrors()) {
			return page(null, form, HttpStatus.OK);
		}
		Person person = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "person.notice.created", person.getFullName(), "/people/" + person.getId());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		Person person = existing(id);
		PersonForm form = stored(person);
		this.merges.opened(form.getMerge(), form.describe(partyNames()));
		return page(person, form, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") PersonForm form, BindingResult result,
			RowAction action, RedirectAttributes redirect) {
		Person person = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (action.applyTo(form)) {
			return page(person, form, HttpStatus.OK);
		}
		checkParty(form, result);
		if (result.hasErrors()) {
			return page(person, form, HttpStatus.OK);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, stored(person), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "person.notice.updated", form.getFullName(), "/people/" + id);
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		Person person = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(person.getFullName(), "/people/" + id + "/delete", expected, List.of(),
					"/people/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "person.notice.deleted", person.getFullName(), "/");
		}, () -> this.editing.references(id),
				(references) -> EditFlow.refused(page(person, stored(person), HttpStatus.OK), references), () -> {
					Person current = existing(id);
					return page(current, stored(current), HttpStatus.OK);
				});
	}

	/**
	 * The form's constraints, a party on record, and each title's words, date and
	 * reports.
	 */
	private void checkParty(PersonForm form, BindingResult result) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		if (form.getPartyId() != null && !this.parties.existsById(form.getPartyId())) {
			result.rejectValue("partyId", "person.form.partyId.unknown");
		}
		List<TitleRow> rows = form.getTitles();
		for (int i = 0; i < rows.size(); i++) {
			TitleRow row = rows.get(i);
			if (row == null || !row.isFilled()) {
				continue;
			}
			String path = "titles[" + i + "].";
			if (row.getTitle() == null && !result.hasFieldErrors(path + "title")) {
				result.rejectValue(path + "title", "person.form.held.title.required");
			}
			if (row.getHeldOn() == null && !result.hasFieldErrors(path + "heldOn")) {
				result.rejectValue(path + "heldOn", "person.form.held.heldOn.required");
			}
			CitationRow.check(path, row.getCitations(), this.citations, result);
		}
	}

	private PersonForm stored(Person person) {
		return PersonForm.of(person.getVersion(), this.editing.details(person.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** Which row button was pressed, if any: each re-renders the form, saving nothing. */
	record RowAction(String addTitle, Integer removeTitle) {

		boolean applyTo(PersonForm form) {
			if (this.addTitle != null) {
				form.addTitle();
			}
			else if (this.removeTitle != null) {
				form.removeTitle(this.removeTitle);
			}
			else {
				return false;
			}
			return true;
		}

	}

	private ModelAndView conflict(long id, PersonForm yours) {
		Person current = existing(id);
		PersonForm theirs = stored(current);
		List<FieldMerge> merge = this.merges.merge("person.form.", yours, yours.describe(partyNames()), theirs,
				theirs.describe(partyNames()), yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours, HttpStatus.OK), merge, "Person", id);
	}

	private LongFunction<String> partyNames() {
		return (partyId) -> this.parties.findById(partyId).map(Party::getName).orElse("#" + partyId);
	}

	private ModelAndView page(Person person, PersonForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("parties", this.picker.options(PickKind.PARTY, Collections.singleton(form.getPartyId())));
		page.addObject("person", person);
		List<Long> cited = form.getTitles()
			.stream()
			.filter((row) -> row != null)
			.flatMap((row) -> row.getCitations().stream())
			.filter((row) -> row != null && row.getCitationId() != null)
			.map(CitationRow::getCitationId)
			.toList();
		page.addObject("citationOptions", this.picker.options(PickKind.CITATION, cited));
		page.addObject("bearings", Bearing.values());
		page.addObject("form", form);
		page.setStatus(status);
		return page;
	}

	private Person existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
