package org.parley.topic.web;

import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.picker.PickKind;
import org.parley.picker.Picker;
import org.parley.shared.StaleVersionException;
import org.parley.topic.MergeRefusedException;
import org.parley.topic.NameTakenException;
import org.parley.topic.ParentRefusedException;
import org.parley.topic.Region;
import org.parley.topic.RegionEditing;
import org.parley.web.EditFlow;
import org.parley.web.FieldMerge;
import org.parley.web.ThreeWayMerge;

import org.springframework.dao.DataIntegrityViolationException;
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
 * Regions: editors add them (optionally within another), admins edit them and merge a
 * duplicate into the region to keep. A name another region has (whatever the case) is
 * refused on the form, linking to that region. The edit form carries the version it was
 * made from: a save that meets another admin's is merged three ways; a merge that meets a
 * change is not made.
 */
@Controller
@RequestMapping("/regions")
@PreAuthorize("hasRole('EDITOR')")
class RegionEditController {

	static final String VIEW = "regions/edit";

	private final RegionEditing editing;

	private final ThreeWayMerge merges;

	private final Picker picker;

	RegionEditController(RegionEditing editing, ThreeWayMerge merges, Picker picker) {
		this.editing = editing;
		this.merges = merges;
		this.picker = picker;
	}

	@GetMapping("/new")
	ModelAndView create() {
		return page(null, new RegionForm());
	}

	@PostMapping
	ModelAndView create(@Valid @ModelAttribute("form") RegionForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(null, form);
		}
		try {
			Region region = this.editing.create(form.toDetails());
			return EditFlow.saved(redirect, "region.notice.created", region.getName(), "/regions/" + region.getId());
		}
		catch (NameTakenException ex) {
			return NameTaken.onForm(page(null, form), result, ex, "region", "/regions/");
		}
		catch (ParentRefusedException | DataIntegrityViolationException ex) {
			// The region chosen to lie within went meanwhile (merged into another).
			result.rejectValue("parentId", "region.form.parentId.gone");
			return page(null, form);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView edit(@PathVariable long id) {
		Region region = existing(id);
		RegionForm form = RegionForm.of(region);
		this.merges.opened(form.getMerge(), form.describe(this::label));
		return page(region, form);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") RegionForm form, BindingResult result,
			RedirectAttributes redirect) {
		Region region = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		if (result.hasErrors()) {
			return page(region, form);
		}
		// Both admins changed these: saved only once the admin chose for each.
		if (!form.getMerge().getUnresolved().isEmpty()
				&& !this.merges.chosen(form, RegionForm.of(region), form.getMerge(), result)) {
			return conflict(id, form);
		}
		return EditFlow.save(() -> {
			try {
				this.editing.update(id, version, form.toDetails());
			}
			catch (NameTakenException ex) {
				return NameTaken.onForm(page(region, form), result, ex, "region", "/regions/");
			}
			catch (ParentRefusedException ex) {
				result.rejectValue("parentId",
						ex.isMissing() ? "region.form.parentId.gone" : "region.form.parentId.within");
				return page(region, form);
			}
			catch (DataIntegrityViolationException ex) {
				// The region chosen to lie within was merged into another as this saved.
				result.rejectValue("parentId", "region.form.parentId.gone");
				return page(region, form);
			}
			return EditFlow.saved(redirect, "region.notice.updated", form.getName(), "/regions/" + id);
		}, () -> conflict(id, form));
	}

	@GetMapping("/{id}/merge")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView merge(@PathVariable long id) {
		Region region = existing(id);
		MergeForm form = new MergeForm();
		form.setVersion(region.getVersion());
		return choose(region, form);
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasRole('ADMIN')")
	ModelAndView merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			RedirectAttributes redirect) {
		Region region = existing(id);
		long version = EditFlow.requireVersion(form.getVersion());
		Region kept = result.hasFieldErrors("keep") ? null : keepable(id, form.getKeep(), result);
		if (kept == null || result.hasErrors()) {
			return choose(region, form);
		}
		if (!form.isConfirmed()) {
			return MergePages.confirm("region", "/regions", id, region.getName(), form, kept.getId(), kept.getName(),
					this.editing.whatMerging(id, kept.getId()));
		}
		try {
			this.editing.merge(id, version, kept.getId());
			return EditFlow.saved(redirect, "region.notice.merged", region.getName(), "/regions/" + kept.getId());
		}
		catch (MergeRefusedException ex) {
			result.rejectValue("keep", "region.merge.keep." + ex.getReason());
			return choose(region, form);
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return this.editing.find(id).map((now) -> {
				form.setVersion(now.getVersion());
				return MergePages.refused(choose(now, form), "merge.record.changed");
			}).orElseGet(() -> EditFlow.saved(redirect, "region.notice.gone", region.getName(), "/regions"));
		}
		catch (PessimisticLockingFailureException ex) {
			return MergePages.refused(choose(region, form), "merge.record.busy");
		}
	}

	/** The region to keep, or {@code null} with the reason on the form. */
	private Region keepable(long id, long keep, BindingResult result) {
		if (keep == id) {
			result.rejectValue("keep", "region.merge.keep.SAME");
			return null;
		}
		Region kept = this.editing.find(keep).orElse(null);
		if (kept == null) {
			result.rejectValue("keep", "region.merge.keep.GONE");
		}
		return kept;
	}

	private ModelAndView choose(Region region, MergeForm form) {
		List<Long> chosen = (form.getKeep() != null) ? List.of(form.getKeep()) : List.of();
		return MergePages.choose("region", "/regions", region.getId(), region.getName(), form,
				this.picker.options(PickKind.REGION, chosen));
	}

	private ModelAndView conflict(long id, RegionForm yours) {
		Region current = existing(id);
		RegionForm theirs = RegionForm.of(current);
		List<FieldMerge> merge = this.merges.merge("region.form.", yours, yours.describe(this::label), theirs,
				theirs.describe(this::label), yours.getMerge());
		yours.setVersion(current.getVersion());
		return this.merges.page(page(current, yours), merge, "Region", id);
	}

	private ModelAndView page(Region region, RegionForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("region", region);
		page.addObject("form", form);
		// A region never lies within itself: it is not offered.
		page.addObject("parents",
				this.picker.options(PickKind.REGION, Collections.singleton(form.getParentId()))
					.stream()
					.filter((option) -> region == null || option.id() != region.getId())
					.toList());
		return page;
	}

	private String label(long id) {
		return this.picker.label(PickKind.REGION, id);
	}

	private Region existing(long id) {
		return this.editing.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
