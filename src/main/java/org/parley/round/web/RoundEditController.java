package org.parley.round.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.PartyRole;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.round.EditableRound;
import org.parley.round.Round;
import org.parley.round.RoundEditing;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Rounds for editors: create, edit and delete. Delegates, proposals discussed and
 * citations are rows; "add" and "remove" buttons re-render the form and save nothing, so
 * it works without JavaScript. A delegate or proposal not yet on record is typed into its
 * row and created with the round, in the same transaction. Edits carry the version they
 * were made from: 409 with the input kept and the other change shown when someone saved
 * in between.
 */
@Controller
@RequestMapping("/rounds")
@PreAuthorize("hasRole('EDITOR')")
class RoundEditController {

	static final String VIEW = "rounds/edit";

	private final ThreeWayMerge merges;

	private final RoundEditing editing;

	private final NegotiationRepository negotiations;

	private final RoundChecks checks;

	private final Picker picker;

	private final MessageSource messages;

	RoundEditController(RoundEditing editing, RoundChecks checks, NegotiationRepository negotiations, Picker picker,
			MessageSource messages, ThreeWayMerge merges) {
		this.merges = merges;
		this.editing = editing;
		this.checks = checks;
		this.negotiations = negotiations;
		this.picker = picker;
		this.messages = messages;
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) Long negotiation) {
		return page(null, RoundForm.empty(negotiation), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") RoundForm form, BindingResult result, RowAction action,
			RedirectAttributes redirect) {
		if (action.applyTo(form)) {
			return page(null, form, HttpStatus.OK);
		}
		validate(form, result);
		if (result.hasErrors()) {
			return page(null, form, HttpStatus.OK);
		}
		Round round = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "round.notice.created", round.getTitle(), "/rounds/" + round.getId());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		EditableRound round = existing(id);
		return page(round, RoundForm.of(round), HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") RoundForm form, BindingResult result,
			RowAction action, RedirectAttributes redirect) {
		EditableRound round = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (action.applyTo(form)) {
			return page(round, form, HttpStatus.OK);
		}
		validate(form, result);
		this.checks.stayInItsNegotiation(form, result, id, round.details().negotiationId());
		if (result.hasErrors()) {
			return page(round, form, HttpStatus.OK);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, RoundForm.of(round), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			Round saved = this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "round.notice.updated", saved.getTitle(), "/rounds/" + id);
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		EditableRound round = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(round.title(), "/rounds/" + id + "/delete", expected,
					this.editing.goesWith(id), "/rounds/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "round.notice.deleted", round.title(), "/rounds");
		}, () -> this.editing.references(id),
				(references) -> EditFlow.refused(page(round, RoundForm.of(round), HttpStatus.OK), references), () -> {
					EditableRound current = existing(id);
					return page(current, RoundForm.of(current), HttpStatus.OK);
				});
	}

	private void validate(RoundForm form, BindingResult result) {
		this.checks.validate(form, result);
	}

	private ModelAndView conflict(long id, RoundForm yours) {
		EditableRound current = existing(id);
		RoundForm theirs = RoundForm.of(current);
		Function<String, LongFunction<String>> labels = labels(theirs, yours);
		List<FieldMerge> merge = this.merges.merge("round.form.", yours, yours.describe(labels, this::words), theirs,
				theirs.describe(labels, this::words), yours.getMerge());
		yours.setVersion(current.version());
		return this.merges.page(page(current, yours, HttpStatus.OK), merge, "Round", id);
	}

	/** The labels of every record either form names, by kind and id. */
	private Function<String, LongFunction<String>> labels(RoundForm... forms) {
		Map<String, Map<Long, String>> byKind = new HashMap<>();
		Map<Long, String> negotiationTitles = new HashMap<>();
		this.negotiations.findSummaries().forEach((n) -> negotiationTitles.put(n.id(), n.title()));
		byKind.put("negotiation", negotiationTitles);
		Map<PickKind, Set<Long>> chosen = new HashMap<>();
		for (RoundForm form : forms) {
			chosen(form).forEach((kind, ids) -> chosen.computeIfAbsent(kind, (k) -> new LinkedHashSet<>()).addAll(ids));
		}
		chosen.forEach((kind, ids) -> {
			Map<Long, String> names = new HashMap<>();
			this.picker.options(kind, ids).forEach((option) -> names.put(option.id(), option.label()));
			byKind.put(kind.name().toLowerCase(java.util.Locale.ROOT), names);
		});
		return (kind) -> (id) -> byKind.getOrDefault(kind, Map.of()).getOrDefault(id, "#" + id);
	}

	/** The ids a form has chosen, by what they pick. */
	private static Map<PickKind, Set<Long>> chosen(RoundForm form) {
		Map<PickKind, Set<Long>> chosen = new HashMap<>();
		Set<Long> parties = new LinkedHashSet<>(form.chosenParties());
		parties.add(form.getMediatorId());
		Set<Long> people = new LinkedHashSet<>();
		form.getDelegates().stream().filter(Objects::nonNull).forEach((row) -> {
			people.add(row.getPersonId());
			parties.add(row.getPartyId());
		});
		Set<Long> proposals = new LinkedHashSet<>();
		form.getProposals().stream().filter(Objects::nonNull).forEach((row) -> {
			proposals.add(row.getProposalId());
			parties.add(row.getIntroducedById());
		});
		Set<Long> citations = new LinkedHashSet<>();
		form.getCitations().stream().filter(Objects::nonNull).forEach((row) -> citations.add(row.getCitationId()));
		chosen.put(PickKind.PARTY, withoutNull(parties));
		chosen.put(PickKind.PERSON, withoutNull(people));
		chosen.put(PickKind.PROPOSAL, withoutNull(proposals));
		chosen.put(PickKind.CITATION, withoutNull(citations));
		return chosen;
	}

	private static Set<Long> withoutNull(Collection<Long> ids) {
		Set<Long> set = new LinkedHashSet<>(ids);
		set.remove(null);
		return set;
	}

	private String words(Enum<?> value) {
		String prefix = (value instanceof RoundFormat) ? "round.format." : (value instanceof RoundOutcome)
				? "round.outcome." : (value instanceof Bearing) ? "evidence.bearing." : "";
		return this.messages.getMessage(prefix + value.name(), null, value.name(), LocaleContextHolder.getLocale());
	}

	private ModelAndView page(EditableRound round, RoundForm form, HttpStatus status) {
		Map<PickKind, Set<Long>> chosen = chosen(form);
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("round", round);
		page.addObject("form", form);
		var negotiationSummaries = this.negotiations.findSummaries();
		page.addObject("negotiations", negotiationSummaries);
		page.addObject("formats", RoundFormat.values());
		page.addObject("outcomes", RoundOutcome.values());
		page.addObject("bearings", Bearing.values());
		page.addObject("newcomers", (form.getNegotiationId() != null)
				? form.toAsk(this.editing.newToNegotiation(form.getNegotiationId(), form.chosenParties())) : Map.of());
		page.addObject("partyRoles", PartyRole.values());
		Map<String, Map<Long, String>> labels = new HashMap<>();
		labels.put("negotiation", new HashMap<>());
		negotiationSummaries.forEach((n) -> labels.get("negotiation").put(n.id(), n.title()));
		for (PickKind kind : List.of(PickKind.PARTY, PickKind.PERSON, PickKind.PROPOSAL, PickKind.CITATION)) {
			List<PickOption> options = options(kind, chosen);
			page.addObject(kind.name().toLowerCase(java.util.Locale.ROOT) + "Options", options);
			Map<Long, String> names = new HashMap<>();
			options.forEach((option) -> names.put(option.id(), option.label()));
			labels.put(kind.name().toLowerCase(java.util.Locale.ROOT), names);
		}
		if (round != null && form.getMerge().getBase() == null) {
			// As opened, labelled from the choices just read: no further statement.
			this.merges.opened(form.getMerge(), form.describe(
					(kind) -> (id) -> labels.getOrDefault(kind, Map.of()).getOrDefault(id, "#" + id), this::words));
		}
		page.setStatus(status);
		return page;
	}

	private List<PickOption> options(PickKind kind, Map<PickKind, Set<Long>> chosen) {
		return this.picker.options(kind, chosen.get(kind));
	}

	private EditableRound existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Which row button was pressed, if any. */
	record RowAction(String addDelegate, Integer removeDelegate, String addProposal, Integer removeProposal,
			String addCitation, Integer removeCitation) {

		/** Adds or removes the row asked for; whether a row button was pressed. */
		boolean applyTo(RoundForm form) {
			if (this.addDelegate != null) {
				form.addDelegate();
			}
			else if (this.removeDelegate != null) {
				RoundForm.remove(form.getDelegates(), this.removeDelegate);
			}
			else if (this.addProposal != null) {
				form.addProposal();
			}
			else if (this.removeProposal != null) {
				RoundForm.remove(form.getProposals(), this.removeProposal);
			}
			else if (this.addCitation != null) {
				form.addCitation();
			}
			else if (this.removeCitation != null) {
				RoundForm.remove(form.getCitations(), this.removeCitation);
			}
			else {
				return false;
			}
			return true;
		}

	}

}
