package org.parley.proposal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationRepository;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.proposal.Disclosure;
import org.parley.proposal.EditableProposal;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalEditing;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;
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
 * Proposals for editors: create, edit and delete. Points, relations and citations are
 * rows; the buttons that add, remove and move them re-render the form without saving, so
 * it works without JavaScript. Edits carry the version they were made from: 409 with the
 * input kept and the other change shown when someone saved in between. A proposal that
 * positions, rounds or other proposals refer to is not deleted.
 */
@Controller
@RequestMapping("/proposals")
@PreAuthorize("hasRole('EDITOR')")
class ProposalEditController {

	static final String VIEW = "proposals/edit";

	private final ThreeWayMerge merges;

	private final ProposalEditing editing;

	private final NegotiationRepository negotiations;

	private final ProposalChecks checks;

	private final Picker picker;

	private final MessageSource messages;

	ProposalEditController(ProposalEditing editing, NegotiationRepository negotiations, ProposalChecks checks,
			Picker picker, MessageSource messages, ThreeWayMerge merges) {
		this.merges = merges;
		this.editing = editing;
		this.checks = checks;
		this.negotiations = negotiations;
		this.picker = picker;
		this.messages = messages;
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) Long negotiation) {
		Long chosen = (negotiation != null && this.negotiations.existsById(negotiation)) ? negotiation : null;
		return page(null, ProposalForm.empty(chosen), HttpStatus.OK);
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") ProposalForm form, BindingResult result, RowAction action,
			RedirectAttributes redirect) {
		if (action.apply(form)) {
			form.offerRelationCitations();
			return page(null, form, HttpStatus.OK);
		}
		validate(form, result, null);
		if (result.hasErrors()) {
			return page(null, form, HttpStatus.OK);
		}
		Proposal proposal = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "proposal.notice.created", proposal.getTitle(),
				"/proposals/" + proposal.getId());
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		EditableProposal proposal = existing(id);
		ProposalForm form = ProposalForm.of(proposal.version(), proposal.details());
		this.merges.opened(form.getMerge(), form.describe(names(form, form), this::word));
		return page(proposal, form, HttpStatus.OK);
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") ProposalForm form, BindingResult result,
			RowAction action, RedirectAttributes redirect) {
		EditableProposal proposal = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (action.apply(form)) {
			form.offerRelationCitations();
			return page(proposal, form, HttpStatus.OK);
		}
		validate(form, result, id);
		this.checks.stayInItsNegotiation(form, result, id, proposal.details().negotiationId());
		if (result.hasErrors()) {
			return page(proposal, form, HttpStatus.OK);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty() && !this.merges.chosen(form,
				ProposalForm.of(proposal.version(), proposal.details()), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			this.editing.update(id, version, form.toDetails());
			return EditFlow.saved(redirect, "proposal.notice.updated", form.getTitle(), "/proposals/" + id);
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		EditableProposal proposal = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && this.editing.references(id).isEmpty()) {
			return EditFlow.confirmDelete(proposal.title(), "/proposals/" + id + "/delete", expected,
					this.editing.goesWith(id), "/proposals/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "proposal.notice.deleted", proposal.title(), "/proposals");
		}, () -> this.editing.references(id),
				(references) -> EditFlow.refused(
						page(proposal, ProposalForm.of(proposal.version(), proposal.details()), HttpStatus.OK),
						references),
				() -> {
					EditableProposal current = existing(id);
					return page(current, ProposalForm.of(current.version(), current.details()), HttpStatus.OK);
				});
	}

	private void validate(ProposalForm form, BindingResult result, Long self) {
		this.checks.validate(form, result, self);
	}

	private ModelAndView conflict(long id, ProposalForm yours) {
		EditableProposal current = existing(id);
		ProposalForm theirs = ProposalForm.of(current.version(), current.details());
		Function<String, LongFunction<String>> names = names(theirs, yours);
		List<FieldMerge> merge = this.merges.merge("proposal.form.", yours, yours.describe(names, this::word), theirs,
				theirs.describe(names, this::word), yours.getMerge());
		yours.setVersion(current.version());
		return this.merges.page(page(current, yours, HttpStatus.OK), merge, "Proposal", id);
	}

	/** The names of the records either form refers to, by kind. */
	private Function<String, LongFunction<String>> names(ProposalForm theirs, ProposalForm yours) {
		Map<String, Map<Long, String>> byKind = new HashMap<>();
		byKind.put("negotiation",
				this.negotiations.findAllByOrderByTitleAsc()
					.stream()
					.collect(Collectors.toMap(Negotiation::getId, Negotiation::getTitle)));
		byKind.put("topic", labels(PickKind.TOPIC,
				Stream.concat(theirs.getTopicIds().stream(), yours.getTopicIds().stream()).toList()));
		byKind.put("region", labels(PickKind.REGION,
				Stream.concat(theirs.getRegionIds().stream(), yours.getRegionIds().stream()).toList()));
		byKind.put("party", labels(PickKind.PARTY,
				Stream.concat(theirs.getProposerIds().stream(), yours.getProposerIds().stream()).toList()));
		byKind.put("proposal",
				labels(PickKind.PROPOSAL, Stream.of(theirs, yours)
					.flatMap((form) -> form.filledRelations().stream().map(ProposalForm.RelationRow::getTargetId))
					.toList()));
		byKind.put("citation",
				labels(PickKind.CITATION,
						Stream.of(theirs, yours)
							.flatMap((form) -> Stream.concat(Stream.of(form.getFirstReportedCitationId()),
									Stream.concat(form.filledCitations().stream().map(CitationRow::getCitationId),
											form.filledRelations()
												.stream()
												.flatMap((row) -> row.filledCitations().stream())
												.map(CitationRow::getCitationId))))
							.toList()));
		return (kind) -> (id) -> byKind.getOrDefault(kind, Map.of()).getOrDefault(id, "#" + id);
	}

	private Map<Long, String> labels(PickKind kind, Collection<Long> ids) {
		Set<Long> wanted = ids.stream().filter((id) -> id != null).collect(Collectors.toSet());
		return this.picker.options(kind, wanted)
			.stream()
			.filter((option) -> wanted.contains(option.id()))
			.collect(Collectors.toMap(PickOption::id, PickOption::label, (a, b) -> a));
	}

	private String word(Enum<?> value) {
		String prefix = "";
		if (value instanceof ProposalStatus) {
			prefix = "proposal.status.";
		}
		else if (value instanceof Disclosure) {
			prefix = "proposals.disclosure.";
		}
		else if (value instanceof RelationKind) {
			prefix = "proposal.relationKind.";
		}
		else if (value instanceof Bearing) {
			prefix = "evidence.bearing.";
		}
		return this.messages.getMessage(prefix + value.name(), null, value.name(), LocaleContextHolder.getLocale());
	}

	private ModelAndView page(EditableProposal proposal, ProposalForm form, HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("proposal", proposal);
		page.addObject("form", form);
		page.addObject("negotiations", this.negotiations.findAllByOrderByTitleAsc());
		// Bounded lists with a search box: topics and regions grow with the record.
		page.addObject("topicOptions", this.picker.options(PickKind.TOPIC, form.getTopicIds()));
		page.addObject("regionOptions", this.picker.options(PickKind.REGION, form.getRegionIds()));
		page.addObject("statuses", ProposalStatus.values());
		page.addObject("disclosures", Disclosure.values());
		page.addObject("relationKinds", RelationKind.values());
		page.addObject("bearings", Bearing.values());
		page.addObject("partyOptions", this.picker.options(PickKind.PARTY, form.getProposerIds()));
		Long self = (proposal != null) ? proposal.id() : null;
		page.addObject("proposalOptions",
				this.picker
					.options(PickKind.PROPOSAL,
							form.getRelations()
								.stream()
								.filter((row) -> row != null)
								.map(ProposalForm.RelationRow::getTargetId)
								.toList())
					.stream()
					.filter((option) -> self == null || option.id() != self)
					.toList());
		List<Long> cited = new ArrayList<>();
		cited.add(form.getFirstReportedCitationId());
		form.getCitations().stream().filter((row) -> row != null).forEach((row) -> cited.add(row.getCitationId()));
		form.getRelations()
			.stream()
			.filter((row) -> row != null)
			.flatMap((row) -> row.getCitations().stream())
			.filter((row) -> row != null)
			.forEach((row) -> cited.add(row.getCitationId()));
		page.addObject("citationOptions", this.picker.options(PickKind.CITATION, cited));
		page.setStatus(status);
		return page;
	}

	private EditableProposal existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
