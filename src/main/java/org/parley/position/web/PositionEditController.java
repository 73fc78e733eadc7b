package org.parley.position.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.position.ArgumentKind;
import org.parley.position.DatePrecision;
import org.parley.position.Position;
import org.parley.position.PositionDetails;
import org.parley.position.PositionEditing;
import org.parley.position.PositionRecord;
import org.parley.position.RivalStatement;
import org.parley.position.Stance;
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
 * Positions for editors. Two paths, said plainly on the page: "Record a new statement"
 * adds a position to the party's time series (the earlier ones stay), "Correct this
 * record" edits a mistyped one, and its history keeps what it said before. Corrections
 * carry the version they were made from: 409 with the input kept and the other change
 * shown when someone saved in between.
 */
@Controller
@RequestMapping("/positions")
@PreAuthorize("hasRole('EDITOR')")
class PositionEditController {

	static final String VIEW = "positions/edit";

	private final ThreeWayMerge merges;

	private final PositionEditing editing;

	private final PositionChecks checks;

	private final Picker picker;

	private final Clock clock;

	private final MessageSource messages;

	PositionEditController(PositionEditing editing, PositionChecks checks, Picker picker, Clock clock,
			MessageSource messages, ThreeWayMerge merges) {
		this.merges = merges;
		this.editing = editing;
		this.checks = checks;
		this.picker = picker;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/new")
	ModelAndView create(@RequestParam(required = false) Long proposal, @RequestParam(required = false) Long party) {
		PositionForm form;
		boolean startedFromCurrent = false;
		if (proposal != null && party != null) {
			PositionDetails current = this.editing.current(proposal, party).orElse(null);
			if (current != null) {
				// The current stance is the starting point; the new statement cites its
				// own report, and its date is the editor's to give (today's was easily
				// left on an old report).
				form = PositionForm.of(new PositionDetails(proposal, party, null, DatePrecision.DAY, current.stance(),
						current.condition(), null, null, null, List.of()), null);
				startedFromCurrent = true;
			}
			else {
				form = PositionForm.of(new PositionDetails(proposal, party, null, DatePrecision.DAY, null, null, null,
						null, null, List.of()), null);
			}
		}
		else {
			form = new PositionForm();
			form.setProposalId(proposal);
			form.setPartyId(party);
			form.addRows(1);
		}
		ModelAndView page = page(null, form);
		page.addObject("startedFromCurrent", startedFromCurrent);
		return page;
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") PositionForm form, BindingResult result, RowAction action,
			RedirectAttributes redirect) {
		if (action.applyTo(form)) {
			return page(null, form);
		}
		validate(form, result, null);
		if (result.hasErrors()) {
			return page(null, form);
		}
		List<RivalStatement> rivals = unseenRivals(form, null);
		if (!rivals.isEmpty()) {
			return rivalsFirst(page(null, form), form, rivals);
		}
		Position position = this.editing.create(form.toDetails());
		return EditFlow.saved(redirect, "position.notice.created", position.getParty().getName(),
				target(form.getProposalId(), position.getId()));
	}

	@GetMapping("/{id}/edit")
	ModelAndView edit(@PathVariable long id) {
		PositionRecord record = existing(id);
		PositionForm form = PositionForm.of(record.details(), record.version());
		ModelAndView page = page(record, form);
		this.merges.opened(form.getMerge(), form.describe(names(page), this::word));
		return page;
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") PositionForm form, BindingResult result,
			RowAction action, RedirectAttributes redirect) {
		PositionRecord record = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (action.applyTo(form)) {
			return page(record, form);
		}
		validate(form, result, id);
		if (result.hasErrors()) {
			return page(record, form);
		}
		List<RivalStatement> rivals = unseenRivals(form, id);
		if (!rivals.isEmpty()) {
			return rivalsFirst(page(record, form), form, rivals);
		}
		// Both editors changed these: saved only once the editor chose for each.
		if (!form.getMerge().getUnresolved().isEmpty() && !this.merges.chosen(form,
				PositionForm.of(record.details(), record.version()), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			Position saved = this.editing.correct(id, version, form.toDetails());
			return EditFlow.saved(redirect, "position.notice.updated", saved.getParty().getName(),
					target(form.getProposalId(), id));
		}, () -> conflict(id, form));
	}

	@PostMapping("/{id}/delete")
	ModelAndView delete(@PathVariable long id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		PositionRecord record = existing(id);
		long expected = EditFlow.requireVersion(version);
		// Asked first, listing what goes; a record others refer to is refused as before.
		if (!confirmed && List.<org.parley.shared.Reference>of().isEmpty()) {
			return EditFlow.confirmDelete(record.partyName() + " · " + record.proposalTitle(),
					"/positions/" + id + "/delete", expected, this.editing.goesWith(id), "/positions/" + id + "/edit");
		}
		return EditFlow.delete(() -> {
			this.editing.delete(id, expected);
			return EditFlow.saved(redirect, "position.notice.deleted", record.partyName(),
					"/proposals/" + record.details().proposalId());
		}, List::of, (references) -> EditFlow.refused(page(record, PositionForm.of(record.details(), record.version())),
				references), () -> {
					PositionRecord current = existing(id);
					return page(current, PositionForm.of(current.details(), current.version()));
				});
	}

	/**
	 * The party's statements on the proposal the editor has not yet seen on this form.
	 */
	private List<RivalStatement> unseenRivals(PositionForm form, Long self) {
		return this.editing
			.rivals(form.getProposalId(), form.getPartyId(), form.getStatedOn(), form.getOpenedAt(), self)
			.stream()
			.filter((rival) -> !form.getAlongside().contains(rival.id()))
			.toList();
	}

	/**
	 * The form again, nothing saved, with the other statements shown: saving once more
	 * records this one beside them; each offers to be corrected instead.
	 */
	private static ModelAndView rivalsFirst(ModelAndView page, PositionForm form, List<RivalStatement> rivals) {
		rivals.forEach((rival) -> form.getAlongside().add(rival.id()));
		page.addObject("rivals", rivals);
		return page;
	}

	private void validate(PositionForm form, BindingResult result, Long self) {
		this.checks.validate(form, result, self);
	}

	private ModelAndView conflict(long id, PositionForm yours) {
		PositionRecord current = existing(id);
		PositionForm theirs = PositionForm.of(current.details(), current.version());
		List<FieldMerge> merge = this.merges.merge("position.form.", yours, yours.describe(names(), this::word), theirs,
				theirs.describe(names(), this::word), yours.getMerge());
		yours.setVersion(current.version());
		return this.merges.page(page(current, yours), merge, "Position", id);
	}

	/**
	 * The names of the records the form refers to, from the choices its page offers
	 * (which hold every one chosen), so describing the form costs no statement.
	 */
	@SuppressWarnings("unchecked")
	private Function<String, LongFunction<String>> names(ModelAndView page) {
		java.util.Map<String, String> lists = java.util.Map.of("proposal", "proposals", "party", "parties", "person",
				"people", "citation", "citationOptions", "topic", "aboutTopics");
		return (kind) -> (recordId) -> ((List<PickOption>) page.getModel().getOrDefault(lists.get(kind), List.of()))
			.stream()
			.filter((option) -> option.id() == recordId)
			.map(PickOption::label)
			.findFirst()
			.orElseGet(() -> this.picker.label(PickKind.of(kind), recordId));
	}

	private Function<String, LongFunction<String>> names() {
		return (kind) -> (recordId) -> this.picker.label(PickKind.of(kind), recordId);
	}

	private ModelAndView page(PositionRecord record, PositionForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("position", record);
		if (form.getOpenedAt() == null) {
			form.setOpenedAt(this.clock.instant());
		}
		page.addObject("form", form);
		page.addObject("parties", this.picker.options(PickKind.PARTY, nullable(form.getPartyId())));
		page.addObject("people", this.picker.options(PickKind.PERSON, nullable(form.getSpeakerId())));
		List<Long> cited = new ArrayList<>();
		form.getCitations().stream().filter((row) -> row != null).forEach((row) -> cited.add(row.getCitationId()));
		List<Long> proposals = nullable(form.getProposalId());
		proposals.addAll(form.getPreconditionOf());
		List<Long> topics = new ArrayList<>();
		form.getArguments().stream().filter((row) -> row != null).forEach((row) -> {
			row.getCitations().stream().filter((c) -> c != null).forEach((c) -> cited.add(c.getCitationId()));
			proposals.add(row.getAboutProposalId());
			topics.add(row.getAboutTopicId());
		});
		page.addObject("citationOptions", this.picker.options(PickKind.CITATION, cited));
		// One list for every proposal picker of the form: the position's, its arguments',
		// the proposals it conditions.
		page.addObject("proposals", this.picker.options(PickKind.PROPOSAL, proposals));
		page.addObject("aboutTopics", this.picker.options(PickKind.TOPIC, topics));
		page.addObject("argumentKinds", ArgumentKind.values());
		page.addObject("stances", Stance.values());
		page.addObject("precisions", DatePrecision.values());
		page.addObject("bearings", Bearing.values());
		page.setStatus(HttpStatus.OK);
		return page;
	}

	private String word(Enum<?> value) {
		String prefix = (value instanceof Stance) ? "position.stance."
				: (value instanceof DatePrecision) ? "position.precision."
						: (value instanceof ArgumentKind) ? "position.argumentKind." : "position.bearing.";
		return this.messages.getMessage(prefix + value.name(), null, value.name(), LocaleContextHolder.getLocale());
	}

	/** Which row button was pressed, if any: each re-renders the form, saving nothing. */
	record RowAction(String addCitation, String addArgument, Integer removeArgument, String addPrecondition) {

		boolean applyTo(PositionForm form) {
			if (this.addCitation != null) {
				form.addRows(1);
			}
			else if (this.addArgument != null) {
				form.addArgument();
			}
			else if (this.removeArgument != null) {
				form.removeArgument(this.removeArgument);
			}
			else if (this.addPrecondition != null) {
				form.addPrecondition();
			}
			else {
				return false;
			}
			return true;
		}

	}

	private static List<Long> nullable(Long id) {
		List<Long> ids = new ArrayList<>();
		ids.add(id);
		return ids;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private static String target(long proposalId, long positionId) {
		return "/proposals/" + proposalId + "#position-" + positionId;
	}

	private PositionRecord existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
