package org.parley.party.web;

import java.util.List;

import jakarta.validation.Valid;
import org.parley.party.Party;
import org.parley.party.PartyEditing;
import org.parley.party.PartyKind;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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

	private final ThreeWayMerge merges;

	private final PartyEditing editing;

	private final MessageSource messages;

	PartyEditController(PartyEditing editing, MessageSource messages, ThreeWayMerge merges) {
		this.merges = merges;
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
	ModelAndView create(@Valid @ModelAttribute("form") PartyForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(null, form, HttpStatus.OK);
		}
		Party party = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "party.notice.created", party.getName(), "/parties/" + party.getId());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		Party party = existing(id);
		PartyForm form = PartyForm.of(party);
		this.merges.opened(form.getMerge(), form.describe(this::kindWord));
		return page(party, form, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") PartyForm form, BindingResult result,
			RedirectAttributes redirect) {
		Party party = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (result.hasErrors()) {
			return page(party, form, HttpStatus.OK);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, PartyForm.of(party), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "party.notice.updated", form.getName(), "/parties/" + id);
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		Party party = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(party.getName(), "/parties/" + id + "/delete", expected, List.of(),
					"/parties/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "party.notice.deleted", party.getName(), "/");
		}, () -> this.editing.references(id),
				(references) -> EditFlow.refused(page(party, PartyForm.of(party), HttpStatus.OK), references), () -> {
					Party current = existing(id);
					return page(current, PartyForm.of(current), HttpStatus.OK);
				});
	}

	private ModelAndView conflict(long id, PartyForm yours) {
		Party current = existing(id);
		PartyForm theirs = PartyForm.of(current);
		List<FieldMerge> merge = this.merges.merge("party.form.", yours, yours.describe(this::kindWord), theirs,
				theirs.describe(this::kindWord), yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours, HttpStatus.OK), merge, "Party", id);
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

}
