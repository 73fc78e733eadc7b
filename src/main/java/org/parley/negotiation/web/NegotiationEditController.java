package org.parley.negotiation.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationEditing;
import org.parley.negotiation.PartyRole;
import org.parley.party.Party;
import org.parley.party.PartyRepository;
import org.parley.web.EditFlow;
import org.parley.web.PickerSearchAdvice;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Negotiations for editors: create, edit and delete. The parties involved are a set of
 * rows; "add another party" re-renders the form with one more row and saves nothing, so
 * the form works without JavaScript. Edits carry the version they were made from: 409
 * with the input kept and the other change shown when someone saved in between.
 */
@Controller
@RequestMapping("/negotiations")
@PreAuthorize("hasRole('EDITOR')")
class NegotiationEditController {

	static final String VIEW = "negotiations/edit";

	private final ThreeWayMerge merges;

	private final NegotiationEditing editing;

	private final PartyRepository parties;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	NegotiationEditController(NegotiationEditing editing, PartyRepository parties,
			jakarta.validation.Validator validator, MessageSource messages, ThreeWayMerge merges) {
		this.merges = merges;
		this.editing = editing;
		this.parties = parties;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	@ModelAttribute("parties")
	List<Party> parties() {
		return this.parties.findAllByOrderByNameAsc();
	}

	@ModelAttribute("roles")
	PartyRole[] roles() {
		return PartyRole.values();
	}

	@GetMapping("/new")
	ModelAndView create() {
		return page(null, NegotiationForm.empty(), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") NegotiationForm form, BindingResult result,
			@RequestParam(required = false) String addRow, RedirectAttributes redirect) {
		if (addRow != null) {
			form.addRows(1);
			return page(null, form, HttpStatus.OK);
		}
		validate(form, result, null);
		if (result.hasErrors()) {
			return page(null, form, HttpStatus.OK);
		}
		Negotiation negotiation = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "negotiation.notice.created", negotiation.getTitle(),
				"/negotiations/" + negotiation.getSlug());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		Negotiation negotiation = existing(id);
		NegotiationForm form = NegotiationForm.of(negotiation);
		this.merges.opened(form.getMerge(), form.describe(partyNames(), this::roleWord));
		return page(negotiation, form, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") NegotiationForm form, BindingResult result,
			@RequestParam(required = false) String addRow, RedirectAttributes redirect) {
		Negotiation negotiation = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (addRow != null) {
			form.addRows(1);
			return page(negotiation, form, HttpStatus.OK);
		}
		validate(form, result, id);
		if (result.hasErrors()) {
			return page(negotiation, form, HttpStatus.OK);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, NegotiationForm.of(negotiation), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			Negotiation saved = this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "negotiation.notice.updated", saved.getTitle(),
					"/negotiations/" + saved.getSlug());
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		Negotiation negotiation = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(negotiation.getTitle(), "/negotiations/" + id + "/delete", expected,
					this.editing.goesWith(id), "/negotiations/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "negotiation.notice.deleted", negotiation.getTitle(), "/");
		}, () -> this.editing.references(id), (references) -> EditFlow
			.refused(page(negotiation, NegotiationForm.of(existing(id)), HttpStatus.OK), references), () -> {
				Negotiation current = existing(id);
				return page(current, NegotiationForm.of(current), HttpStatus.OK);
			});
	}

	private void validate(NegotiationForm form, BindingResult result, Long self) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		if (form.getSlug() != null && !result.hasFieldErrors("slug") && this.editing.slugTaken(form.getSlug(), self)) {
			result.rejectValue("slug", "negotiation.form.slug.taken");
		}
		Set<Long> known = parties().stream().map(Party::getId).collect(Collectors.toSet());
		Set<Long> seen = new HashSet<>();
		List<NegotiationForm.PartyRow> rows = form.getParties();
		for (int i = 0; i < rows.size(); i++) {
			NegotiationForm.PartyRow row = rows.get(i);
			if (row == null || row.getPartyId() == null) {
				continue;
			}
			String field = "parties[" + i + "].partyId";
			if (!known.contains(row.getPartyId())) {
				result.rejectValue(field, "negotiation.form.party.unknown");
			}
			else if (!seen.add(row.getPartyId())) {
				result.rejectValue(field, "negotiation.form.party.twice");
			}
			if (row.getRole() == null && !result.hasFieldErrors("parties[" + i + "].role")) {
				result.rejectValue("parties[" + i + "].role", "negotiation.form.role.required");
			}
		}
	}

	private ModelAndView conflict(long id, NegotiationForm yours) {
		Negotiation current = existing(id);
		NegotiationForm theirs = NegotiationForm.of(current);
		LongFunction<String> names = partyNames();
		List<FieldMerge> merge = this.merges.merge("negotiation.form.", yours, yours.describe(names, this::roleWord),
				theirs, theirs.describe(names, this::roleWord), yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours, HttpStatus.OK), merge, "Negotiation", id);
	}

	private LongFunction<String> partyNames() {
		Map<Long, String> names = parties().stream().collect(Collectors.toMap(Party::getId, Party::getName));
		return (partyId) -> names.getOrDefault(partyId, "#" + partyId);
	}

	private String roleWord(PartyRole role) {
		return this.messages.getMessage("partyRole." + role.name(), null, role.name(), LocaleContextHolder.getLocale());
	}

	private static ModelAndView page(Negotiation negotiation, NegotiationForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("negotiation", negotiation);
		page.addObject("form", form);
		page.setStatus(status);
		return page;
	}

	private Negotiation existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
