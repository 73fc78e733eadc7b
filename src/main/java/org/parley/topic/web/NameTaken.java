package org.parley.topic.web;

import org.parley.topic.NameTakenException;

import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * A name another topic or region has, said on the form next to the name, with a link to
 * the one that has it: the editor most likely wants that one.
 */
final class NameTaken {

	private NameTaken() {
	}

	/**
	 * @param page the form page
	 * @param result the form's errors
	 * @param ex the refusal
	 * @param kind {@code topic} or {@code region}, the prefix of the message
	 * @param path the address of such records, ending in a slash
	 * @return the page, with the error and the link
	 */
	static ModelAndView onForm(ModelAndView page, BindingResult result, NameTakenException ex, String kind,
			String path) {
		result.rejectValue("name", kind + ".form.name.taken", new Object[] { ex.getExistingName() }, null);
		page.addObject("takenName", ex.getExistingName());
		page.addObject("takenLink", path + ex.getExistingId());
		return page;
	}

}
