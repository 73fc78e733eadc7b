package org.parley.web;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.parley.shared.RecordInUseException;
import org.parley.shared.Reference;
import org.parley.shared.StaleVersionException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps every editor form shares, so that each record's controller says only what is
 * its own: an edit names the version it started from; a save that finds the record
 * changed since shows the conflict page (409) instead of overwriting; a delete is refused
 * while anything refers to the record.
 */
public final class EditFlow {

	private EditFlow() {
	}

	/**
	 * @param version the version the form carries
	 * @return the version
	 * @throws BadRequestException when the form carries none (a hand-made request)
	 */
	public static long requireVersion(Long version) {
		if (version == null) {
			throw new BadRequestException("‘version’ is required: reload the form and try again.");
		}
		return version;
	}

	/**
	 * Saves, or shows the conflict when the record changed since the form was opened.
	 * @param save saves and says where to go next
	 * @param conflict the conflict page, built after the failed save
	 * @return the next page
	 */
	public static ModelAndView save(Supplier<ModelAndView> save, Supplier<ModelAndView> conflict) {
		try {
			return save.get();
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			return conflict.get();
		}
	}

	/**
	 * Deletes, unless something refers to the record or it changed since it was shown.
	 * @param delete deletes and says where to go next
	 * @param references what refers to the record now
	 * @param refused the page listing what refers to it
	 * @param changed the page shown when the record changed since it was shown
	 * @return the next page
	 */
	public static ModelAndView delete(Supplier<ModelAndView> delete, Supplier<List<Reference>> references,
			Function<List<Reference>, ModelAndView> refused, Supplier<ModelAndView> changed) {
		try {
			return delete.get();
		}
		catch (RecordInUseException ex) {
			return refused.apply(ex.getReferences());
		}
		catch (DataIntegrityViolationException ex) {
			// Something began to refer to it between the check and the delete.
			return refused.apply(references.get());
		}
		catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
			ModelAndView page = changed.get();
			page.addObject("deleteConflict", true);
			page.setStatus(HttpStatus.CONFLICT);
			return page;
		}
	}

	/**
	 * The page that asks before a delete: what goes with the record, a button that
	 * deletes it, the way back. Nothing is deleted until that button is pressed.
	 * @param name the record as shown
	 * @param action where the delete is sent
	 * @param version the version shown
	 * @param goes the records deleted with it
	 * @param back the page to return to without deleting
	 * @return the page
	 */
	public static ModelAndView confirmDelete(String name, String action, long version, List<Reference> goes,
			String back) {
		ModelAndView page = new ModelAndView("confirm-delete");
		page.addObject("name", name);
		page.addObject("action", action);
		page.addObject("version", version);
		page.addObject("goes", goes);
		page.addObject("back", back);
		return page;
	}

	/**
	 * Makes an edit page the refused-delete page: status 409 and what refers to the
	 * record.
	 * @param page the edit page
	 * @param references what refers to the record
	 * @return the page
	 */
	public static ModelAndView refused(ModelAndView page, List<Reference> references) {
		page.addObject("references", references);
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/**
	 * Says on the next page what was saved.
	 * @param redirect the redirect's attributes
	 * @param key the notice's message key
	 * @param name the record's name for the notice
	 * @return a redirect to {@code target}
	 * @param target where to go
	 */
	public static ModelAndView saved(RedirectAttributes redirect, String key, String name, String target) {
		redirect.addFlashAttribute("flash", key);
		redirect.addFlashAttribute("flashName", name);
		return new ModelAndView("redirect:" + target);
	}

}
