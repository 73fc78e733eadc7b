package org.parley.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Malformed parameters on pages (a date that is not a date, an id that is not a number)
 * become a 400 page that says which parameter was wrong and what it should look like,
 * never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
class BadRequestAdvice {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest("‘" + ex.getName() + "’ must be " + expected(ex.getRequiredType()) + ".");
	}

	/** What a parameter of {@code type} must look like, in words. */
	static String expected(Class<?> type) {
		return (type == null) ? "a valid value" : LocalDate.class.isAssignableFrom(type)
				? "a date written as YYYY-MM-DD, for example 2026-02-18"
				: java.time.Instant.class.isAssignableFrom(type)
						? "an instant written as ISO 8601, for example 2026-02-18T09:30:00Z"
						: Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a whole number"
								: type.isEnum() ? "one of " + String.join(", ", enumNames(type)) : "a valid value";
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException ex) {
		return badRequest("‘" + ex.getParameterName() + "’ is required.");
	}

	@ExceptionHandler(BadRequestException.class)
	ModelAndView refused(BadRequestException ex) {
		return badRequest(ex.getMessage());
	}

	/**
	 * A value Java reads and PostgreSQL cannot store or compare (a date in the year
	 * 300,000): SQLSTATE class 22, a data exception, is the visitor's value, not a fault.
	 */
	@ExceptionHandler(DataAccessException.class)
	ModelAndView outOfRange(DataAccessException ex, HttpServletRequest request, HttpServletResponse response)
			throws Exception {
		if (DatabaseFailures.unavailable(ex)) {
			return unavailable(ex, request, response);
		}
		if (!DatabaseFailures.outOfRange(ex)) {
			throw ex;
		}
		return badRequest(DatabaseFailures.OUT_OF_RANGE);
	}

	/**
	 * The database does not answer: the page that says so, which needs nothing from it.
	 * Answered here rather than rethrown, as Spring MVC takes an exception rethrown from
	 * an advice whose causes hold an {@code EOFException} for a client gone away.
	 */
	@ExceptionHandler(TransactionException.class)
	ModelAndView unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws Exception {
		if (!DatabaseFailures.unavailable(ex)) {
			throw ex;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
		ModelAndView view = new ModelAndView("error/unavailable");
		view.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		view.addObject("retry", request.getRequestURI());
		return view;
	}

	/**
	 * A date at the edge of Java's range, moved past it (the day after +999999999-12-31).
	 */
	@ExceptionHandler(java.time.DateTimeException.class)
	ModelAndView dateOutOfRange() {
		return badRequest(DatabaseFailures.OUT_OF_RANGE);
	}

	private static ModelAndView badRequest(String message) {
		ModelAndView view = new ModelAndView("error/400");
		view.setStatus(HttpStatus.BAD_REQUEST);
		view.addObject("message", message);
		return view;
	}

	private static String[] enumNames(Class<?> type) {
		Object[] constants = type.getEnumConstants();
		String[] names = new String[constants.length];
		for (int i = 0; i < constants.length; i++) {
			names[i] = ((Enum<?>) constants[i]).name();
		}
		return names;
	}

}
