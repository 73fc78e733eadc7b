package org.parley.web;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.Errors;

/**
 * A record the API was asked to write breaks its rules: the same field errors the form
 * shows, with the same messages, under the API's member names. Answered with 422.
 */
public class InvalidRecordException extends RuntimeException {

	private final List<FieldMessage> errors;

	public InvalidRecordException(List<FieldMessage> errors) {
		super(String.join(" ", errors.stream().map(FieldMessage::message).toList()));
		this.errors = List.copyOf(errors);
	}

	/**
	 * The field errors of {@code errors}, each named by {@code rename} (form field to
	 * member) and said in the form's words.
	 */
	public static InvalidRecordException of(Errors errors, UnaryOperator<String> rename, MessageSource messages) {
		return new InvalidRecordException(errors.getFieldErrors()
			.stream()
			.map((error) -> new FieldMessage(rename.apply(error.getField()),
					messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList());
	}

	public List<FieldMessage> errors() {
		return this.errors;
	}

	/** A member at fault and what is wrong with it. */
	public record FieldMessage(String field, String message) {
	}

}
