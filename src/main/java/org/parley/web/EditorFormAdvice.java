package org.parley.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every editor form shares, said once: rows grow only as far as the form holds
 * ({@link FormRows}), a row beyond that or a made-up field path is a 400 page that says
 * so, and a well-formed date that does not exist (2026-02-30) is refused next to its
 * field as such, the typed text kept, instead of "enter the date as YYYY-MM-DD".
 */
@ControllerAdvice(annotations = Controller.class)
class EditorFormAdvice {

	/** The request attribute holding the row limit of the form being bound. */
	static final String ROW_LIMIT = EditorFormAdvice.class.getName() + ".rows";

	@InitBinder
	void bind(WebDataBinder binder, HttpServletRequest request) {
		// The form may not exist yet (it is built from the request): its type is known.
		Class<?> type = (binder.getTarget() != null) ? binder.getTarget().getClass()
				: (binder.getTargetType() != null) ? binder.getTargetType().resolve() : null;
		FormRows rows = (type != null) ? type.getAnnotation(FormRows.class) : null;
		if (rows != null) {
			binder.setAutoGrowCollectionLimit(rows.max());
			request.setAttribute(ROW_LIMIT, rows.max());
		}
		binder.setBindingErrorProcessor(new DatesThatDoNotExist());
	}

	/** More rows than a form may hold, or a row index or field that is no part of it. */
	@ExceptionHandler(InvalidPropertyException.class)
	ModelAndView tooManyRows(InvalidPropertyException ex, HttpServletRequest request) {
		ModelAndView view = new ModelAndView("error/400");
		view.setStatus(HttpStatus.BAD_REQUEST);
		Object limit = request.getAttribute(ROW_LIMIT);
		view.addObject("message", "The form sent a row or a field it does not have: this form holds at most "
				+ ((limit != null) ? limit : "a few hundred") + " rows of each kind.");
		return view;
	}

	/** Tells a date that does not exist from one written the wrong way. */
	static final class DatesThatDoNotExist extends DefaultBindingErrorProcessor {

		private static final Pattern ISO_DATE = Pattern.compile("\\s*(\\d{4})-(\\d{2})-(\\d{2})\\s*");

		static final String CODE = "nonexistentDate";

		@Override
		public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
			Object value = ex.getValue();
			String typed = (value instanceof String[] values && values.length > 0) ? values[0]
					: (value instanceof String text) ? text : null;
			if (ex instanceof TypeMismatchException mismatch && LocalDate.class.equals(mismatch.getRequiredType())
					&& typed != null && doesNotExist(typed)) {
				String field = ex.getPropertyName();
				result.addError(new FieldError(result.getObjectName(), field, typed, true,
						result.resolveMessageCodes(CODE, field), new Object[] { typed.strip() },
						"There is no such day as " + typed.strip() + "."));
				return;
			}
			super.processPropertyAccessException(ex, result);
		}

		static boolean doesNotExist(String typed) {
			Matcher date = ISO_DATE.matcher(typed);
			if (!date.matches()) {
				return false;
			}
			try {
				LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
						Integer.parseInt(date.group(3)));
				return false;
			}
			catch (DateTimeException ex) {
				return true;
			}
		}

	}

}
