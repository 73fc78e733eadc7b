package org.parley.party.web;

import java.util.List;

import jakarta.validation.Valid;
import org.parley.party.Party;
import org.parley.party.PartyEditing;
import org.parley.party.PartyKind;
import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.StaleVersionException;
import org.parley.web.BadRequestException;
import org.parley.web.FieldDifference;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Parties for editors: create, edit and delete. The edit form carries the version it was
 * made from; when someone saved in between, the editor gets 409 with their input kept and
 * the other change shown field by field. A party something refers to is not deleted.
 */
@Controller
@RequestMapping("/parties")
@PreAuthorize("hasRole('EDITOR')")
class PartyEditController {

	static final String VIEW = "parties/edit";

	private final PartyEditing editing;

	private final MessageSource messages;

	PartyEditController(PartyEditing editing, MessageSource messages) {
		this.editing = editing;
		this.messages = messages;
	}

	@ModelAttribute("kinds")
	PartyKind[] kinds() {
		return PartyKind.values();
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", PartyForm.empty());
		return VIEW;
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PartyForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		Party party = this.editing.create(form.toDetails());
		saved(redirect, "party.notice.created", party.getName());
		return "redirect:/parties/" + party.getId();
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		Party party = existing(id);
		return page(party, PartyForm.of(party), HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") PartyForm form, BindingResult result,
			RedirectAttributes redirect) {
		Party party = existing(id);
		if (form.getVersion() == null) {
			throw new BadRequestException("‘version’ is required: reload the form and try again.");
		}
		if (result.hasErrors()) {
			return page(party, form, HttpStatus.OK);
		}
		try {
			this.editing.update(id, form.getVersion(), form.toDetails());
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return conflict(id, form);
		}
		saved(redirect, "party.notice.updated", form.getName());
		return new ModelAndView("redirect:/parties/" + id);
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			RedirectAttributes redirect) {
		Party party = existing(id);
		if (version == null) {
			throw new BadRequestException("‘version’ is required: reload the page and try again.");
		}
		try {
			this.editing.delete(id, version);
		}
		catch (RecordInUseException ex) {
			return refused(party, ex.getReferences());
		}
		catch (DataIntegrityViolationException ex) {
			// Something began to refer to it between the check and the delete.
			return refused(party, this.editing.references(id));
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			Party current = existing(id);
			ModelAndView page = page(current, PartyForm.of(current), HttpStatus.CONFLICT);
			page.addObject("deleteConflict", true);
			return page;
		}
		saved(redirect, "party.notice.deleted", party.getName());
		return new ModelAndView("redirect:/");
	}

	private ModelAndView conflict(long id, PartyForm yours) {
		Party current = existing(id);
		PartyForm theirs = PartyForm.of(current);
		List<FieldDifference> differences = FieldDifference.between("party.form.", theirs.describe(this::kindWord),
				yours.describe(this::kindWord));
		yours.setVersion(current.getVersion());
		ModelAndView page = page(current, yours, HttpStatus.CONFLICT);
		page.addObject("differences", differences);
		return page;
	}

	private ModelAndView refused(Party party, List<Reference> references) {
		ModelAndView page = page(party, PartyForm.of(party), HttpStatus.CONFLICT);
		page.addObject("references", references);
		return page;
	}

	private static ModelAndView page(Party party, PartyForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("party", party);
		page.addObject("form", form);
		page.setStatus(status);
		return page;
	}

	private Party existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String kindWord(PartyKind kind) {
		return this.messages.getMessage("partyKind." + kind.name(), null, kind.name(), LocaleContextHolder.getLocale());
	}

	private static void saved(RedirectAttributes redirect, String key, String name) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashName", name);
	}

}
