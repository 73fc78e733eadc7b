package org.parley.log.web;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.parley.log.QuickLog;
import org.parley.log.QuickLogUndoRefusedException;
import org.parley.log.LoggedRecords;
import org.parley.log.QuickLogRejectedException;
import org.parley.negotiation.NegotiationRepository;
import org.parley.negotiation.NegotiationSummary;
import org.parley.negotiation.PartyRole;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.ProposalStatus;
import org.parley.round.DelegateRow;
import org.parley.round.Round;
import org.parley.round.RoundEditing;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Citation;
import org.parley.source.ReportFields;
import org.parley.web.EditFlow;
import org.parley.web.PickerSearchAdvice;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.convert.ConversionService;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quick log: one form to log a round from one report, saved in one transaction.
 * Adding or removing a row re-renders the form and saves nothing, so it works without
 * JavaScript.
 */
@Controller
@RequestMapping("/log")
@PreAuthorize("hasRole('EDITOR')")
class QuickLogController {

	/** The session attribute holding what the editor's last log created. */
	static final String LAST_LOG = "parley.log.last";

	/** The session attribute holding what the editor entered for that log. */
	static final String LAST_LOG_FORM = "parley.log.last.form";

	/** How long after a log it can be undone. */
	static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofMinutes(15);

	static final String VIEW = "log/edit";

	/** The flash attribute carrying what was entered for an undone log. */
	static final String ENTERED = "enteredLog";

	private final QuickLog quickLog;

	private final NegotiationRepository negotiations;

	private final Picker picker;

	private final RoundEditing rounds;

	private final SpringValidatorAdapter validator;

	private final MessageSource messages;

	private final ConversionService conversions;

	QuickLogController(QuickLog quickLog, NegotiationRepository negotiations, Picker picker, RoundEditing rounds,
			jakarta.validation.Validator validator, MessageSource messages,
			@Qualifier("mvcConversionService") ConversionService conversions) {
		this.conversions = conversions;
		this.quickLog = quickLog;
		this.negotiations = negotiations;
		this.picker = picker;
		this.rounds = rounds;
		this.validator = new SpringValidatorAdapter(validator);
		this.messages = messages;
	}

	/**
	 * The empty form; {@code ?negotiation=} (from a negotiation's page) chooses the
	 * negotiation, as does there being only one. An unknown one is ignored.
	 */
	@GetMapping
	ModelAndView form(@RequestParam(required = false) Long negotiation, Model model) {
		if (model.getAttribute(ENTERED) instanceof Map<?, ?> entered) {
			return page(refilled(entered));
		}
		QuickLogForm form = QuickLogForm.empty();
		List<NegotiationSummary> all = this.negotiations.findSummaries();
		if (negotiation != null && all.stream().anyMatch((summary) -> negotiation.equals(summary.id()))) {
			form.getRound().setNegotiationId(negotiation);
		}
		else if (all.size() == 1) {
			form.getRound().setNegotiationId(all.get(0).id());
		}
		return page(form);
	}

	@PostMapping
	ModelAndView save(@ModelAttribute("log") QuickLogForm form, BindingResult result,
			@RequestParam(required = false) String addProposal, @RequestParam(required = false) Integer removeProposal,
			@RequestParam(required = false) String addPosition, @RequestParam(required = false) Integer removePosition,
			@RequestParam(required = false) String addDelegate, @RequestParam(required = false) Integer removeDelegate,
			RedirectAttributes redirect, java.security.Principal editor, jakarta.servlet.http.HttpSession session,
			HttpServletRequest request) {
		form.fillGaps();
		if (addDelegate != null || removeDelegate != null) {
			if (addDelegate != null) {
				form.addDelegateRow();
			}
			else {
				List<Integer> lost = form.removeDelegateRow(removeDelegate);
				return lost(page(form), "log.form.rowRemoved.speaker", lost);
			}
			return page(form);
		}
		if (addProposal != null || removeProposal != null || addPosition != null || removePosition != null) {
			if (addProposal != null) {
				form.addProposalRow();
			}
			if (removeProposal != null) {
				List<Integer> lost = form.removeProposalRow(removeProposal);
				return lost(page(form), "log.form.rowRemoved.proposal", lost);
			}
			if (addPosition != null) {
				form.addPositionRow();
			}
			if (removePosition != null) {
				form.removePositionRow(removePosition);
			}
			return page(form);
		}
		validate(form, result);
		if (result.hasErrors()) {
			return page(form);
		}
		List<QuickLogRejectedException.Problem> problems = this.quickLog.check(form.toEntry());
		problems.forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
		if (!result.hasFieldErrors("round.negotiationId")) {
			form.getRound().askHowNewcomersJoin(newcomers(form), result, "round.partyIds");
		}
		if (result.hasErrors()) {
			return page(form);
		}
		try {
			QuickLog.Logged logged = this.quickLog.log(form.toEntry(), editor.getName());
			Round round = logged.round();
			session.setAttribute(LAST_LOG, logged.records());
			session.setAttribute(LAST_LOG_FORM, entered(request));
			redirect.addFlashAttribute("undoLog", true);
			return EditFlow.saved(redirect, "log.notice.saved", round.getTitle(), "/rounds/" + round.getId());
		}
		catch (QuickLogRejectedException ex) {
			// Something it names went away or changed between the check and the save.
			ex.getProblems().forEach((problem) -> result.rejectValue(problem.field(), problem.code()));
		}
		catch (IllegalArgumentException | DataIntegrityViolationException ex) {
			result.reject("log.form.failed");
		}
		return page(form);
	}

	/**
	 * Undoes the editor's last log, within {@link #UNDO_WINDOW} of it: everything it
	 * created goes in one transaction, or, if anything was changed or is referred to
	 * since, nothing does and the editor is told why.
	 */
	@PostMapping("/undo")
	ModelAndView undo(java.security.Principal editor, jakarta.servlet.http.HttpSession session,
			RedirectAttributes redirect) {
		Object last = session.getAttribute(LAST_LOG);
		if (!(last instanceof LoggedRecords logged) || !logged.editor().equals(editor.getName())
				|| logged.at().plus(UNDO_WINDOW).isBefore(java.time.Instant.now())) {
			session.removeAttribute(LAST_LOG);
			redirect.addFlashAttribute("flashError", "log.undo.expired");
			return new ModelAndView("redirect:/log");
		}
		try {
			this.quickLog.undo(logged);
		}
		catch (QuickLogUndoRefusedException ex) {
			redirect.addFlashAttribute("flashError", "log.undo.refused." + ex.getKind());
			return new ModelAndView("redirect:/rounds/" + logged.roundId());
		}
		session.removeAttribute(LAST_LOG);
		redirect.addFlashAttribute(ENTERED, session.getAttribute(LAST_LOG_FORM));
		session.removeAttribute(LAST_LOG_FORM);
		redirect.addFlashAttribute("flash", "log.notice.undone");
		redirect.addFlashAttribute("flashName", String.valueOf(logged.count()));
		return new ModelAndView("redirect:/log");
	}

	/** Says which position rows a removed row left without what they named. */
	private ModelAndView lost(ModelAndView page, String key, List<Integer> rows) {
		if (!rows.isEmpty()) {
			page.addObject("rowNotice", message(key,
					rows.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
		}
		return page;
	}

	/** What the editor sent, but the token and the buttons, to fill the form again. */
	private static HashMap<String, String[]> entered(HttpServletRequest request) {
		HashMap<String, String[]> entered = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.startsWith("typed.") && !name.startsWith("add")
					&& !name.startsWith("remove")) {
				entered.put(name, values.clone());
			}
		});
		return entered;
	}

	/** A form filled with what was entered for an undone log. */
	private QuickLogForm refilled(Map<?, ?> entered) {
		QuickLogForm form = new QuickLogForm();
		WebDataBinder binder = new WebDataBinder(form, "log");
		binder.setConversionService(this.conversions);
		binder.setAutoGrowCollectionLimit(QuickLogForm.MAX_ROWS);
		MutablePropertyValues values = new MutablePropertyValues();
		entered.forEach((name, value) -> values.add(String.valueOf(name), value));
		binder.bind(values);
		form.fillGaps();
		return form;
	}

	private void validate(QuickLogForm form, BindingResult result) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		ReportFields report = form.getReport();
		if (report.getSourceId() == null && report.getNewSourceName() == null) {
			result.rejectValue("report.sourceId", "log.form.sourceId.required");
		}
		else if (report.getSourceId() != null && report.getNewSourceName() != null) {
			result.rejectValue("report.newSourceName", "log.form.newSourceName.both");
		}
		if (!report.isAnonymous() && report.getAnonymousDescription() != null) {
			result.rejectValue("report.anonymousDescription", "log.form.anonymousDescription.notAnonymous");
		}
		if (form.getRound().endsBeforeItStarts()) {
			result.rejectValue("round.endsOn", "log.form.endsOn.beforeStart");
		}
		validateDelegates(form, result);
		validateProposals(form, result);
		validatePositions(form, result);
	}

	/**
	 * Each delegate row picks a person or names a new one, not both; unknown people and
	 * people named twice are for the service to say.
	 */
	private void validateDelegates(QuickLogForm form, BindingResult result) {
		List<DelegateRow> rows = form.getDelegates();
		for (int i = 0; i < rows.size(); i++) {
			DelegateRow row = rows.get(i);
			String prefix = "delegates[" + i + "].";
			if (row.isEmpty()) {
				continue;
			}
			if (row.getPersonId() != null) {
				if (row.getFullName() != null) {
					result.rejectValue(prefix + "fullName", "log.form.delegate.both");
				}
				else if (row.getPartyId() != null) {
					result.rejectValue(prefix + "partyId", "log.form.delegate.partyOfExisting");
				}
			}
			else if (row.getFullName() == null && !result.hasFieldErrors(prefix + "personId")) {
				result.rejectValue(prefix + "fullName", "log.form.delegate.none");
			}
		}
	}

	private void validateProposals(QuickLogForm form, BindingResult result) {
		Set<Long> ids = new HashSet<>();
		Set<String> titles = new HashSet<>();
		List<QuickLogForm.ProposalRow> rows = form.getProposals();
		for (int i = 0; i < rows.size(); i++) {
			QuickLogForm.ProposalRow row = rows.get(i);
			String prefix = "proposals[" + i + "].";
			if (!row.isFilled()) {
				continue;
			}
			if (row.getProposalId() != null) {
				if (row.getTitle() != null) {
					result.rejectValue(prefix + "title", "log.form.proposal.both");
				}
				else if (!row.getTopicIds().isEmpty()) {
					result.rejectValue(prefix + "topicIds", "log.form.proposal.topicsOfExisting");
				}
				else if (!ids.add(row.getProposalId())) {
					result.rejectValue(prefix + "proposalId", "log.form.proposal.twice");
				}
			}
			else if (row.getTitle() == null) {
				result.rejectValue(prefix + "title", "log.form.proposal.required");
			}
			else if (!titles.add(row.getTitle().toLowerCase(java.util.Locale.ROOT))
					&& !result.hasFieldErrors(prefix + "title")) {
				result.rejectValue(prefix + "title", "log.form.proposal.twice");
			}
		}
	}

	private void validatePositions(QuickLogForm form, BindingResult result) {
		Set<String> seen = new HashSet<>();
		List<QuickLogForm.PositionRow> rows = form.getPositions();
		for (int i = 0; i < rows.size(); i++) {
			QuickLogForm.PositionRow row = rows.get(i);
			String prefix = "positions[" + i + "].";
			if (!row.isFilled()) {
				continue;
			}
			if (row.getPartyId() == null && !result.hasFieldErrors(prefix + "partyId")) {
				result.rejectValue(prefix + "partyId", "log.form.position.party.required");
			}
			validateSpeaker(form, row, prefix, result);
			String proposalKey = null;
			if (result.hasFieldErrors(prefix + "proposal")) {
				// Not a proposal or a row: said already.
			}
			else if (row.getProposal() == null) {
				result.rejectValue(prefix + "proposal", "log.form.position.proposal.required");
			}
			else if (row.proposalRow() != null) {
				int target = row.proposalRow();
				if (target >= form.getProposals().size() || !form.getProposals().get(target).isFilled()) {
					result.rejectValue(prefix + "proposal", "log.form.position.proposal.emptyRow");
				}
				else {
					Long existing = form.getProposals().get(target).getProposalId();
					proposalKey = (existing != null) ? String.valueOf(existing) : row.getProposal();
				}
			}
			else {
				proposalKey = row.getProposal();
			}
			if (row.getStance() == null && !result.hasFieldErrors(prefix + "stance")) {
				result.rejectValue(prefix + "stance", "log.form.position.stance.required");
			}
			else if (row.getStance() == Stance.CONDITIONAL && row.getCondition() == null) {
				result.rejectValue(prefix + "condition", "log.form.position.condition.required");
			}
			if (row.getPartyId() != null && proposalKey != null && !seen.add(row.getPartyId() + "/" + proposalKey)) {
				result.rejectValue(prefix + "partyId", "log.form.position.twice");
			}
		}
	}

	/** A speaker on record or a new delegate of this log, not both. */
	private static void validateSpeaker(QuickLogForm form, QuickLogForm.PositionRow row, String prefix,
			BindingResult result) {
		Integer delegate = row.getSpeakerDelegate();
		if (delegate == null || result.hasFieldErrors(prefix + "speakerDelegate")) {
			return;
		}
		if (row.getSpeakerId() != null) {
			result.rejectValue(prefix + "speakerDelegate", "log.form.position.speaker.both");
		}
		else if (delegate >= form.getDelegates().size() || !form.getDelegates().get(delegate).isNewPerson()) {
			result.rejectValue(prefix + "speakerDelegate", "log.form.position.speakerDelegate.unknown");
		}
	}

	/** The chosen parties not yet in the chosen negotiation, id to name. */
	private Map<Long, String> newcomers(QuickLogForm form) {
		Long negotiation = form.getRound().getNegotiationId();
		return (negotiation != null) ? this.rounds.newToNegotiation(negotiation, form.getRound().takingPart())
				: Map.of();
	}

	private ModelAndView page(QuickLogForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("log", form);
		page.addObject("newcomers", form.getRound().toAsk(newcomers(form)));
		page.addObject("partyRoles", PartyRole.values());
		page.addObject("negotiations", this.negotiations.findSummaries());
		page.addObject("sourceOptions",
				this.picker.options(PickKind.SOURCE, singleton(form.getReport().getSourceId())));
		page.addObject("viaOptions", this.picker.options(PickKind.CITATION, singleton(form.getViaCitationId())));
		page.addObject("partyOptions", this.picker.options(PickKind.PARTY, form.chosenParties()));
		page.addObject("personOptions", this.picker.options(PickKind.PERSON, form.chosenPeople()));
		List<PickOption> proposalOptions = this.picker.options(PickKind.PROPOSAL, form.chosenProposals());
		page.addObject("proposalOptions", proposalOptions);
		page.addObject("proposalRows", proposalRows(form, proposalOptions));
		page.addObject("rowProposals",
				form.getProposals()
					.stream()
					.map(QuickLogForm.ProposalRow::getProposalId)
					.filter(Objects::nonNull)
					.collect(java.util.stream.Collectors.toSet()));
		page.addObject("topicOptions", this.picker.options(PickKind.TOPIC, form.chosenTopics()));
		page.addObject("delegateRows", delegateRows(form));
		page.addObject("formats", RoundFormat.values());
		page.addObject("outcomes", RoundOutcome.values());
		page.addObject("statuses", ProposalStatus.values());
		page.addObject("precisions", DatePrecision.values());
		page.addObject("stances", Stance.values());
		List<SimpleImmutableEntry<Integer, String>> credibilities = new ArrayList<>();
		for (int grade = 1; grade <= 6; grade++) {
			credibilities.add(new SimpleImmutableEntry<>(grade, grade + " — " + Citation.describeCredibility(grade)));
		}
		page.addObject("credibilities", credibilities);
		return page;
	}

	/**
	 * The choices for "about which proposal" that name this form's rows: "Proposal row 1:
	 * its title", so a position can be about a proposal logged on the same form. The key
	 * is what the form sends ({@code row-N}), the value what the editor reads.
	 */
	private List<SimpleImmutableEntry<String, String>> proposalRows(QuickLogForm form, List<PickOption> options) {
		Map<Long, String> labels = new HashMap<>();
		options.forEach((option) -> labels.put(option.id(), option.label()));
		List<SimpleImmutableEntry<String, String>> choices = new ArrayList<>();
		List<QuickLogForm.ProposalRow> rows = form.getProposals();
		for (int i = 0; i < rows.size(); i++) {
			QuickLogForm.ProposalRow row = rows.get(i);
			String what = (row.getProposalId() != null)
					? labels.getOrDefault(row.getProposalId(), "#" + row.getProposalId())
					: Objects.requireNonNullElse(row.getTitle(), message("log.form.row.empty"));
			choices.add(new SimpleImmutableEntry<>(QuickLogForm.ROW + i, message("log.form.row.label", i + 1, what)));
		}
		return choices;
	}

	/**
	 * The choices for "or a new delegate of this log" as speaker: "Delegate row 2: the
	 * typed name", one per row, so the list is there before the names are typed.
	 */
	private List<SimpleImmutableEntry<Integer, String>> delegateRows(QuickLogForm form) {
		List<SimpleImmutableEntry<Integer, String>> choices = new ArrayList<>();
		List<DelegateRow> rows = form.getDelegates();
		for (int i = 0; i < rows.size(); i++) {
			String name = rows.get(i).isNewPerson() ? rows.get(i).getFullName() : message("log.form.delegateRow.empty");
			choices.add(new SimpleImmutableEntry<>(i, message("log.form.delegateRow.label", i + 1, name)));
		}
		return choices;
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static List<Long> singleton(Long id) {
		return (id != null) ? List.of(id) : List.of();
	}

}
