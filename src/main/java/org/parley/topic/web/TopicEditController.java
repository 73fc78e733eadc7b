package org.parley.topic.web;

import java.util.List;

import jakarta.validation.Valid;
import org.parley.picker.PickKind;
import org.parley.picker.Picker;
import org.parley.shared.StaleVersionException;
import org.parley.topic.MergeRefusedException;
import org.parley.topic.NameTakenException;
import org.parley.topic.Topic;
import org.parley.topic.TopicEditing;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
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

	TopicEditController(TopicEditing editing, ThreeWayMerge merges, Picker picker) {
		this.editing = editing;
		this.merges = merges;
		this.picker = picker;
	}

	@GetMapping("/new")
	ModelAndView create() {
		return page(null, new TopicForm());
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			RedirectAttributes redirect) {
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
		TopicForm form = TopicForm.of(topic);
		this.merges.opened(form.getMerge(), form.describe());
		return page(topic, form);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			RedirectAttributes redirect) {
		Topic topic = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (result.hasErrors()) {
			return page(topic, form);
		}
		// Both admins changed these: saved only once the admin chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, TopicForm.of(topic), form.getMerge(), result)) {
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
		TopicForm theirs = TopicForm.of(current);
		List<FieldMerge> merge = this.merges.merge("topic.form.", yours, yours.describe(), theirs, theirs.describe(),
				yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours), merge, "Topic", id);
	}

	private static ModelAndView page(Topic topic, TopicForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("topic", topic);
		page.addObject("form", form);
		return page;
	}

	private Topic existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
