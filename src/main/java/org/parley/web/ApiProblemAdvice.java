package org.parley.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.shared.RecordInUseException;
import org.parley.shared.StaleVersionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.dao.DataAccessException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every refusal of the JSON API is an RFC 9457 problem detail: Spring's standard ones
 * (missing or malformed parameters, unsupported media types, a 404 for no such record),
 * with a sentence a person can act on where Spring's own would name a Java type. Ahead of
 * {@link BadRequestAdvice}, which answers pages with an error page.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"‘" + ex.getName() + "’ must be " + BadRequestAdvice.expected(ex.getRequiredType()) + ".");
		problem.setProperty("errors", List.of(error(ex.getName(), problem.getDetail())));
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(BadRequestException.class)
	ResponseEntity<Object> refused(BadRequestException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(InvalidRecordException.class)
	ResponseEntity<Object> invalid(InvalidRecordException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, ex.getMessage());
		problem.setProperty("errors",
				ex.errors().stream().map((error) -> error(error.field(), error.message())).toList());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.UNPROCESSABLE_CONTENT, request);
	}

	/**
	 * A value Java accepts and PostgreSQL does not (a date in the year 300,000): SQLSTATE
	 * class 22, a data exception, is the client's value, not the server's fault.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<Object> database(DataAccessException ex, WebRequest request) throws Exception {
		if (DatabaseFailures.unavailable(ex)) {
			return unavailable(ex, request);
		}
		if (!DatabaseFailures.outOfRange(ex)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, DatabaseFailures.OUT_OF_RANGE);
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * The database does not answer, or a lock or statement timed out: answered here, as
	 * the filter would, because an exception rethrown from this advice whose causes hold
	 * an {@code EOFException} is taken by Spring MVC for a client gone away, and the
	 * request would end as an empty 200.
	 */
	@ExceptionHandler(TransactionException.class)
	ResponseEntity<Object> unavailable(Exception ex, WebRequest request) throws Exception {
		if (!DatabaseFailures.unavailable(ex)) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				DatabaseFailures.UNAVAILABLE);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.SERVICE_UNAVAILABLE, request);
	}

	/** A delete of a record others still refer to: which, and how many. */
	@ExceptionHandler(RecordInUseException.class)
	ResponseEntity<Object> inUse(RecordInUseException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Other records rest on this one: change or delete them first.");
		problem.setProperty("referenced_by",
				ex.getReferences()
					.stream()
					.map((reference) -> Map.of("kind", reference.kind(), "count", reference.count()))
					.toList());
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
	}

	/**
	 * A save that lost a race with another editor's: the version the client sent is gone.
	 */
	@ExceptionHandler({ StaleVersionException.class, ObjectOptimisticLockingFailureException.class })
	ResponseEntity<Object> stale(RuntimeException ex, WebRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
				"The record changed since that version: read it again and apply your change to the new version.");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.PRECONDITION_FAILED, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach((result) -> result.getResolvableErrors()
				.forEach((error) -> errors.add(error(result.getMethodParameter().getParameterName(),
						"‘" + result.getMethodParameter().getParameterName() + "’ " + error.getDefaultMessage()))));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				String.join(" ", errors.stream().map((error) -> error.get("message")).toList()));
		problem.setProperty("errors", errors);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	static Map<String, String> error(String field, String message) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("message", message);
		return error;
	}

}
