package org.parley.alias.web;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.parley.alias.AliasEditing;
import org.parley.alias.AliasGroup;
import org.parley.alias.AliasList;
import org.parley.alias.AliasTermTakenException;
import org.parley.alias.AliasTerms;
import org.parley.web.EditFlow;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
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
 * {@code /aliases}: the terms search treats as one, a group a row, 50 a page, for every
 * signed-in reader; editors add a group ({@code /aliases/new}) and remove one. A term
 * another group has, a term typed twice, or fewer than two terms is refused on the form.
 */
@Controller
@RequestMapping("/aliases")
class AliasController {

	static final int PAGE_SIZE = 50;

	private final AliasEditing editing;

	private final AliasList list;

	AliasController(AliasEditing editing, AliasList list) {
		this.editing = editing;
		this.list = list;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	ModelAndView list(@RequestParam(name = "page", defaultValue = "0") int page) {
		ModelAndView view = new ModelAndView("aliases/list");
		view.addObject("aliases", this.list.page(PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return view;
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create() {
		return form(new AliasForm());
	}

	@PostMapping
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView create(@Valid @ModelAttribute("form") AliasForm form, BindingResult result,
			RedirectAttributes redirect) {
		List<String> terms = form.termList();
		if (!result.hasFieldErrors("terms")) {
			check(terms, result);
		}
		if (result.hasErrors()) {
			return form(form);
		}
		try {
			AliasGroup group = this.editing.create(terms, form.getNote());
			return EditFlow.saved(redirect, "alias.notice.created", group.describe(), "/aliases");
		}
		catch (AliasTermTakenException ex) {
			return taken(form, result, ex);
		}
		catch (DataIntegrityViolationException ex) {
			// Another editor added one of these terms since the check.
			Optional<AliasTermTakenException> taken = this.editing.taken(terms);
			if (taken.isEmpty()) {
				throw ex;
			}
			return taken(form, result, taken.get());
		}
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasRole('EDITOR')")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		AliasGroup group = this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		long expected = EditFlow.requireVersion(version);
		if (!confirmed) {
			return EditFlow.confirmDelete(group.describe(), "/aliases/" + id + "/delete", expected, List.of(),
					"/aliases");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "alias.notice.deleted", group.describe(), "/aliases");
		}, List::of, (references) -> list(0), () -> list(0));
	}

	/** Two terms at least, each short enough, none twice. */
	private static void check(List<String> terms, BindingResult result) {
		if (terms.size() < 2) {
			result.rejectValue("terms", "alias.form.terms.tooFew");
			return;
		}
		terms.stream()
			.filter((term) -> term.length() > AliasGroup.MAX_TERM_LENGTH)
			.findFirst()
			.ifPresent((term) -> result.rejectValue("terms", "alias.form.terms.tooLong",
					new Object[] { AliasGroup.MAX_TERM_LENGTH }, null));
		List<String> twice = AliasTerms.duplicates(terms);
		if (!twice.isEmpty()) {
			result.rejectValue("terms", "alias.form.terms.twice", new Object[] { String.join(", ", twice) }, null);
		}
	}

	private static ModelAndView taken(AliasForm form, BindingResult result, AliasTermTakenException ex) {
		result.rejectValue("terms", "alias.form.terms.taken", new Object[] { ex.getTerm() }, null);
		ModelAndView page = form(form);
		page.addObject("takenLink", "/aliases#alias-" + ex.getGroupId());
		return page;
	}

	private static ModelAndView form(AliasForm form) {
		ModelAndView page = new ModelAndView("aliases/new");
		page.addObject("form", form);
		return page;
	}

}
