package org.parley.topic.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.parley.party.PartyRepository;
import org.parley.picker.PickKind;
import org.parley.picker.PickOption;
import org.parley.picker.Picker;
import org.parley.source.Bearing;
import org.parley.source.CitationRepository;
import org.parley.source.CitationRow;
import org.parley.shared.StaleVersionException;
import org.parley.topic.MergeRefusedException;
import org.parley.topic.NameTakenException;
import org.parley.topic.Topic;
import org.parley.topic.TopicEditing;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.PickerSearchAdvice;
import org.parley.web.ThreeWayMerge;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Topics: editors add them, admins rename them and merge a duplicate into the topic to
 * keep. A name another topic has (whatever the case) is refused on the form, linking to
 * that topic. The edit form carries the version it was made from: a save that meets
 * another admin's is merged three ways; a merge that meets a change is not made.
 */
@Controller
@RequestMapping("/topics")
@PreAuthorize("hasRole('EDITOR')")
class TopicEditController {

	static final String VIEW = "topics/edit";

	private final TopicEditing editing;

	private final ThreeWayMerge merges;

	private final Picker picker;

	private final PartyRepository parties;

	private final CitationRepository citations;

	private final SpringValidatorAdapter validator;

	TopicEditController(TopicEditing editing, ThreeWayMerge merges, Picker picker, PartyRepository parties,
			CitationRepository citations, jakarta.validation.Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
		this.editing = editing;
		this.merges = merges;
		this.picker = picker;
		this.parties = parties;
		this.citations = citations;
	}

	@GetMapping("/new")
	ModelAndView create() {
		return page(null, TopicForm.empty());
	}

	@PostMapping
	ModelAndView create(@ModelAttribute("form") TopicForm form, BindingResult result, RowAction action,
			RedirectAttributes redirect) {
		if (action.applyTo(form)) {
			return page(null, form);
		}
		checkClaims(form, result);
		if (result.hasErrors()) {
			return page(null, form);
		}
		try {
			Topic topic = this.editing.create(form.toDetails());
			return EditFlow.saved(redirect, "topic.notice.created", topic.getName(), "/topics/" + topic.getId());
		}
		catch (NameTakenException ex) {
			return NameTaken.onForm(page(null, form), result, ex, "topic", "/topics/");
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView edit(@PathVariable long id) {
		Topic topic = existing(id);
		TopicForm form = stored(topic);
		this.merges.opened(form.getMerge(), form.describe(names(form, form)));
		return page(topic, form);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView update(@PathVariable long id, @ModelAttribute("form") TopicForm form, BindingResult result,
			RowAction action, RedirectAttributes redirect) {
		Topic topic = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (action.applyTo(form)) {
			return page(topic, form);
		}
		checkClaims(form, result);
		if (result.hasErrors()) {
			return page(topic, form);
		}
		// Both admins changed these: saved only once the admin chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, stored(topic), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			try {
				this.editing.update(id, version, form.toDetails());
			}
			catch (NameTakenException ex) {
				return NameTaken.onForm(page(topic, form), result, ex, "topic", "/topics/");
			}
			return EditFlow.saved(redirect, "topic.notice.updated", form.getName(), "/topics/" + id);
		}, () -> conflict(id, form));
	}

	@GetMapping("/{id}/merge")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView merge(@PathVariable long id) {
		Topic topic = existing(id);
		MergeForm form = new MergeForm();
		form.setVersion(topic.getVersion());
		return choose(topic, form);
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			RedirectAttributes redirect) {
		Topic topic = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		Topic kept = result.hasFieldErrors("keep") ? null : keepable(id, form.getKeep(), result);
		if (kept == null || result.hasErrors()) {
			return choose(topic, form);
		}
		if (!form.isConfirmed()) {
			return MergePages.confirm("topic", "/topics", id, topic.getName(), form, kept.getId(), kept.getName(),
					this.editing.whatMerging(id, kept.getId()));
		}
		try {
			this.editing.merge(id, version, kept.getId());
			return EditFlow.saved(redirect, "topic.notice.merged", topic.getName(), "/topics/" + kept.getId());
		}
		catch (MergeRefusedException ex) {
			result.rejectValue("keep", "topic.merge.keep." + ex.getReason());
			return choose(topic, form);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return this.editing.find(id).map((now) -> {
				form.setVersion(now.getVersion());
				return MergePages.refused(choose(now, form), "merge.record.changed");
			}).orElseGet(() -> EditFlow.saved(redirect, "topic.notice.gone", topic.getName(), "/topics"));
		}
		catch (PessimisticLockingFailureException ex) {
			return MergePages.refused(choose(topic, form), "merge.record.busy");
		}
	}

	/** The topic to keep, or {@code null} with the reason on the form. */
	private Topic keepable(long id, long keep, BindingResult result) {
		if (keep == id) {
			result.rejectValue("keep", "topic.merge.keep.SAME");
			return null;
		}
		Topic kept = this.editing.find(keep).orElse(null);
		if (kept == null) {
			result.rejectValue("keep", "topic.merge.keep.GONE");
		}
		return kept;
	}

	private ModelAndView choose(Topic topic, MergeForm form) {
		List<Long> chosen = (form.getKeep() != null) ? List.of(form.getKeep()) : List.of();
		return MergePages.choose("topic", "/topics", topic.getId(), topic.getName(), form,
				this.picker.options(PickKind.TOPIC, chosen));
	}

	private ModelAndView conflict(long id, TopicForm yours) {
		Topic current = existing(id);
		TopicForm theirs = stored(current);
		Function<String, LongFunction<String>> names = names(theirs, yours);
		List<FieldMerge> merge = this.merges.merge("topic.form.", yours, yours.describe(names), theirs,
				theirs.describe(names), yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours), merge, "Topic", id);
	}

	/** The form of the topic as stored. */
	private TopicForm stored(Topic topic) {
		return TopicForm.of(topic.getVersion(), this.editing.details(topic.getId())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/**
	 * Each claim row: its words when anything else is filled in, a party and reports on
	 * record, each report once.
	 */
	private void checkClaims(TopicForm form, BindingResult result) {
		this.validator.validate(form, result);
		PickerSearchAdvice.refuseTypedButNotChosen(form, result);
		Set<Long> partyIds = form.filledClaims()
			.stream()
			.map(ClaimRow::getPartyId)
			.filter((partyId) -> partyId != null)
			.collect(Collectors.toSet());
		Set<Long> knownParties = this.parties.findAllById(partyIds)
			.stream()
			.map((party) -> party.getId())
			.collect(Collectors.toSet());
		List<ClaimRow> rows = form.getClaims();
		for (int i = 0; i < rows.size(); i++) {
			ClaimRow row = rows.get(i);
			if (row == null || !row.isFilled()) {
				continue;
			}
			String path = "claims[" + i + "].";
			if (row.getClaim() == null && !result.hasFieldErrors(path + "claim")) {
				result.rejectValue(path + "claim", "topic.form.claim.required");
			}
			if (row.getPartyId() != null && !knownParties.contains(row.getPartyId())) {
				result.rejectValue(path + "partyId", "topic.form.claim.party.unknown");
			}
			CitationRow.check(path, row.getCitations(), this.citations, result);
		}
	}

	/** The names of the parties and reports either form refers to, by kind. */
	private Function<String, LongFunction<String>> names(TopicForm theirs, TopicForm yours) {
		Map<Long, String> parties = labels(PickKind.PARTY, partyIds(theirs, yours));
		Map<Long, String> reports = labels(PickKind.CITATION, citationIds(theirs, yours));
		return (kind) -> (id) -> ("party".equals(kind) ? parties : reports).getOrDefault(id, "#" + id);
	}

	private Map<Long, String> labels(PickKind kind, Collection<Long> ids) {
		Set<Long> wanted = ids.stream().filter((id) -> id != null).collect(Collectors.toSet());
		return this.picker.options(kind, wanted)
			.stream()
			.filter((option) -> wanted.contains(option.id()))
			.collect(Collectors.toMap(PickOption::id, PickOption::label, (a, b) -> a));
	}

	private static List<Long> partyIds(TopicForm... forms) {
		List<Long> ids = new ArrayList<>();
		for (TopicForm form : forms) {
			form.getClaims().stream().filter((row) -> row != null).forEach((row) -> ids.add(row.getPartyId()));
		}
		return ids;
	}

	private static List<Long> citationIds(TopicForm... forms) {
		List<Long> ids = new ArrayList<>();
		for (TopicForm form : forms) {
			form.getClaims()
				.stream()
				.filter((row) -> row != null)
				.flatMap((row) -> row.getCitations().stream())
				.filter((row) -> row != null)
				.forEach((row) -> ids.add(row.getCitationId()));
		}
		return ids;
	}

	private ModelAndView page(Topic topic, TopicForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("topic", topic);
		page.addObject("form", form);
		// Bounded lists with a search box: parties and reports grow with the record.
		page.addObject("partyOptions", this.picker.options(PickKind.PARTY, partyIds(form)));
		page.addObject("citationOptions", this.picker.options(PickKind.CITATION, citationIds(form)));
		page.addObject("bearings", Bearing.values());
		return page;
	}

	/** Which row button was pressed, if any: each re-renders the form, saving nothing. */
	record RowAction(String addClaim, Integer removeClaim) {

		boolean applyTo(TopicForm form) {
			if (this.addClaim != null) {
				form.addClaim();
			}
			else if (this.removeClaim != null) {
				form.removeClaim(this.removeClaim);
			}
			else {
				return false;
			}
			return true;
		}

	}

	private Topic existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
