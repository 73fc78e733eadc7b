package org.parley.person.web;

import java.util.List;
import java.util.function.LongFunction;

import jakarta.validation.Valid;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.person.Person;
import org.parley.person.PersonEditing;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.StaleVersionException;
import org.parley.web.BadRequestException;
import org.parley.web.FieldDifference;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * People for editors: create, edit and delete, the same way as parties: the version the
 * form was made from, 409 with the input kept and the other change shown, no delete while
 * anything refers to the person.
 */
@Controller
@RequestMapping("/people")
@PreAuthorize("hasRole('EDITOR')")
class PersonEditController {

	static final String VIEW = "people/edit";

	private final PersonEditing editing;

	private final PartyRepository parties;

	PersonEditController(PersonEditing editing, PartyRepository parties) {
		this.editing = editing;
		this.parties = parties;
	}

	@ModelAttribute("parties")
	List<Party> parties() {
		return this.parties.findAllByOrderByNameAsc();
	}

	@GetMapping("/new")
	String create(@RequestParam(required = false) Long party, Model model) {
		PersonForm form = new PersonForm();
		form.setPartyId(party);
		model.addAttribute("form", form);
		return VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, RedirectAttributes redirect) {
		checkParty(form, result);
		if (result.hasErrors()) {
			return VIEW;
		}
		Person person = this.editing.create(form.toDetails());
		saved(redirect, "person.notice.created", person.getFullName());
		return "redirect:/people/" + person.getId();
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		Person person = existing(id);
		return page(person, PersonForm.of(person), HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			RedirectAttributes redirect) {
		Person person = existing(id);
		if (form.getVersion() == null) {
			throw new BadRequestException("‘version’ is required: reload the form and try again.");
		}
		checkParty(form, result);
		if (result.hasErrors()) {
			return page(person, form, HttpStatus.OK);
		}
		try {
			this.editing.update(id, form.getVersion(), form.toDetails());
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form);
		}
		saved(redirect, "person.notice.updated", form.getFullName());
		return new ModelAndView("redirect:/people/" + id);
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		Person person = existing(id);
		if (version == null) {
			throw new BadRequestException("‘version’ is required: reload the page and try again.");
		}
		try {
			this.editing.delete(id, version);
		}
		catch (RecordInUseException ex) {
			return refused(person, ex.getReferences());
		}
		catch (DataIntegrityViolationException ex) {
			return refused(person, this.editing.references(id));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			Person current = existing(id);
			ModelAndView page = page(current, PersonForm.of(current), HttpStatus.CONFLICT);
			page.addObject("deleteConflict", true);
			return page;
		}
		saved(redirect, "person.notice.deleted", person.getFullName());
		return new ModelAndView("redirect:/");
	}

	private void checkParty(PersonForm form, BindingResult result) {
		if (form.getPartyId() != null && !this.parties.existsById(form.getPartyId())) {
			result.rejectValue("partyId", "person.form.partyId.unknown");
		}
	}

	private ModelAndView conflict(long id, PersonForm yours) {
		Person current = existing(id);
		LongFunction<String> name = (
				partyId) -> this.parties.findById(partyId).map(Party::getName).orElse("#" + partyId);
		List<FieldDifference> differences = FieldDifference.between("person.form.",
				PersonForm.of(current).describe(name), yours.describe(name));
		yours.setVersion(current.getVersion());
		ModelAndView page = page(current, yours, HttpStatus.CONFLICT);
		page.addObject("differences", differences);
		return page;
	}

	private ModelAndView refused(Person person, List<Reference> references) {
		ModelAndView page = page(person, PersonForm.of(person), HttpStatus.CONFLICT);
		page.addObject("references", references);
		return page;
	}

	private static ModelAndView page(Person person, PersonForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("person", person);
		page.addObject("form", form);
		page.setStatus(status);
		return page;
	}

	private Person existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static void saved(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashName", name);
	}

}
