package org.parley.topic.web;

import java.util.List;

import org.parley.picker.PickOption;
import org.parley.shared.Reference;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The two pages of merging a topic or a region ({@code templates/merge.html}): choosing
 * the one to keep from a bounded picker, then, having seen what moves, confirming.
 * Nothing changes until the confirmation is sent.
 */
final class MergePages {

	static final String VIEW = "merge";

	private MergePages() {
	}

	/**
	 * @param kind {@code topic} or {@code region}, the prefix of the page's messages
	 * @param path the records' address, e.g. {@code /topics}
	 * @param id the record merged
	 * @param name its name
	 * @param form the form
	 * @param options the records to keep offered
	 * @return the page that asks which one to keep
	 */
	static ModelAndView choose(String kind, String path, long id, String name, MergeForm form,
			List<PickOption> options) {
		ModelAndView page = page(kind, path, id, name, form);
		page.addObject("options", options.stream().filter((option) -> option.id() != id).toList());
		return page;
	}

	/**
	 * @param keptId the record to keep
	 * @param keptName its name
	 * @param goes what moves to it
	 * @return the page that lists what moves and asks to confirm
	 */
	static ModelAndView confirm(String kind, String path, long id, String name, MergeForm form, long keptId,
			String keptName, List<Reference> goes) {
		ModelAndView page = page(kind, path, id, name, form);
		page.addObject("keptId", keptId);
		page.addObject("keptName", keptName);
		page.addObject("goes", goes);
		return page;
	}

	/**
	 * The choosing page, saying the merge was not made: the record changed since it was
	 * shown, or a proposal on it was being saved.
	 * @param notice the message key of what happened
	 */
	static ModelAndView refused(ModelAndView page, String notice) {
		page.addObject("mergeNotice", notice);
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	private static ModelAndView page(String kind, String path, long id, String name, MergeForm form) {
		ModelAndView page = new ModelAndView(VIEW);
		page.addObject("kind", kind);
		page.addObject("recordName", name);
		page.addObject("action", path + "/" + id + "/merge");
		page.addObject("back", path + "/" + id);
		page.addObject("mergeForm", form);
		return page;
	}

}
