package org.parley.source.web;

import jakarta.validation.Valid;
import org.parley.source.CitationRepository;
import org.parley.source.Reliability;
import org.parley.source.Source;
import org.parley.source.SourceAdministration;
import org.parley.source.SourceConflictException;
import org.parley.source.SourceKind;
import org.parley.source.SourceListing;
import org.parley.source.SourceRepository;
import org.parley.source.SourceStatus;
import org.parley.web.BadRequestException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sources for admins: list, create, edit, retire, accept a proposed one, and merge a
 * duplicate into the one to keep. Every form carries the version it was made from; a
 * stale one is refused with 409 rather than overwriting someone else's change.
 */
@Controller
@RequestMapping("/admin/sources")
@PreAuthorize("hasRole('ADMIN')")
class SourceAdminController {

	static final int PAGE_SIZE = 50;

	private final SourceAdministration administration;

	private final SourceRepository sources;

	private final CitationRepository citations;

	SourceAdminController(SourceAdministration administration, SourceRepository sources, CitationRepository citations) {
		this.administration = administration;
		this.sources = sources;
		this.citations = citations;
	}

	@ModelAttribute
	void vocabularies(Model model) {
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("reliabilities", Reliability.values());
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		if (page < 0) {
			throw new BadRequestException("‘page’ must be 0 or more.");
		}
		Page<SourceListing> listings = this.sources.findListings(PageRequest.of(page, PAGE_SIZE));
		model.addAttribute("sources", listings);
		return "admin/sources/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", SourceForm.empty());
		return "admin/sources/edit";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") SourceForm form, BindingResult result, RedirectAttributes redirect) {
		if (form.getReliability() != null && form.getReliability() != Reliability.F
				&& form.getReliabilityNote() == null) {
			result.rejectValue("reliabilityNote", "source.form.reliabilityNote.required");
		}
		if (result.hasErrors()) {
			return "admin/sources/edit";
		}
		Source source = this.administration.create(form.toDetails());
		redirect.addFlashAttribute("notice", "created");
		redirect.addFlashAttribute("noticeName", source.getName());
		return "redirect:/admin/sources";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Source source = this.administration.get(id);
		model.addAttribute("source", source);
		model.addAttribute("form", SourceForm.of(source));
		return "admin/sources/edit";
	}

	@PostMapping("/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") SourceForm form, BindingResult result,
			RedirectAttributes redirect) {
		Source source = this.administration.get(id);
		if (form.getVersion() == null) {
			throw new BadRequestException("‘version’ is required: reload the form and try again.");
		}
		if (form.getReliability() != null && form.getReliability() != source.getReliability()
				&& (form.getReliabilityNote() == null
						|| form.getReliabilityNote().equals(source.getReliabilityNote()))) {
			result.rejectValue("reliabilityNote", "source.form.reliabilityNote.changed",
					new Object[] { source.getReliability().name(), form.getReliability().name() }, null);
		}
		ModelAndView page = new ModelAndView("admin/sources/edit");
		page.addObject("source", source);
		if (result.hasErrors()) {
			return page;
		}
		try {
			this.administration.update(id, form.getVersion(), form.toDetails());
		}
		catch (SourceConflictException | ObjectOptimisticLockingFailureException ex) {
			page.addObject("conflict", true);
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
		redirect.addFlashAttribute("notice", "updated");
		redirect.addFlashAttribute("noticeName", form.getName());
		return new ModelAndView("redirect:/admin/sources");
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Source source = this.administration.retire(id, version);
		redirect.addFlashAttribute("notice", "retired");
		redirect.addFlashAttribute("noticeName", source.getName());
		return "redirect:/admin/sources";
	}

	@PostMapping("/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		Source source = this.administration.accept(id, version);
		redirect.addFlashAttribute("notice", "accepted");
		redirect.addFlashAttribute("noticeName", source.getName());
		return "redirect:/admin/sources";
	}

	@GetMapping("/{id}/merge")
	String merge(@PathVariable long id, Model model) {
		Source duplicate = this.administration.get(id);
		MergeForm form = new MergeForm();
		form.setVersion(duplicate.getVersion());
		return mergePage(duplicate, form, model);
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("form") MergeForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Source duplicate = this.administration.get(id);
		if (form.getVersion() == null) {
			throw new BadRequestException("‘version’ is required: reload the form and try again.");
		}
		if (!result.hasErrors()) {
			try {
				int moved = this.administration.merge(id, form.getVersion(), form.getKeep());
				redirect.addFlashAttribute("notice", "merged");
				redirect.addFlashAttribute("noticeName", duplicate.getName());
				redirect.addFlashAttribute("noticeCount", moved);
				return "redirect:/admin/sources";
			}
			catch (IllegalArgumentException ex) {
				result.rejectValue("keep", "source.merge.keep.invalid", ex.getMessage());
			}
		}
		return mergePage(duplicate, form, model);
	}

	private String mergePage(Source duplicate, MergeForm form, Model model) {
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("citationCount", this.citations.countBySource(duplicate));
		model.addAttribute("candidates",
				this.sources.findByStatusNotOrderByNameAsc(SourceStatus.RETIRED)
					.stream()
					.filter((candidate) -> !candidate.equals(duplicate))
					.toList());
		model.addAttribute("form", form);
		return "admin/sources/merge";
	}

	@ExceptionHandler({ SourceConflictException.class, ObjectOptimisticLockingFailureException.class })
	ModelAndView conflict(RuntimeException ex) {
		ModelAndView page = new ModelAndView("admin/sources/conflict");
		page.setStatus(HttpStatus.CONFLICT);
		if (ex instanceof SourceConflictException conflict) {
			page.addObject("message", conflict.getMessage());
			page.addObject("sourceId", conflict.getSourceId());
		}
		return page;
	}

}
