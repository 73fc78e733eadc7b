package org.parley.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (what validator.w3.org/nu runs), in process: HTML in, its errors
 * out, each with its line and column. Warnings are kept apart: they advise, they do not
 * fail a page. Setting the checker up reads its schemas (a few seconds), so one is made
 * and reused; it is not thread-safe.
 */
public final class NuChecker {

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final Messages messages = new Messages();

	private final SimpleDocumentValidator validator;

	public NuChecker() {
		// log4j 1 is the checker's own logging: quiet, without "no appenders" lines.
		org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
		try {
			this.validator = new SimpleDocumentValidator(false, false, false);
			this.validator.setUpMainSchema(HTML_SCHEMA, this.messages);
			this.validator.setUpValidatorAndParsers(this.messages, true, false);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker did not start", ex);
		}
	}

	/** The checker's errors on {@code html}, as "line:column message". */
	public Result check(String html) {
		this.messages.clear();
		InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		input.setEncoding("UTF-8");
		try {
			this.validator.checkHtmlInputSource(input);
		}
		catch (IOException | SAXException ex) {
			this.messages.errors.add("the checker stopped: " + ex.getMessage());
		}
		return new Result(List.copyOf(this.messages.errors), List.copyOf(this.messages.warnings));
	}

	public record Result(List<String> errors, List<String> warnings) {
	}

	private static final class Messages implements ErrorHandler {

		final List<String> errors = new ArrayList<>();

		final List<String> warnings = new ArrayList<>();

		void clear() {
			this.errors.clear();
			this.warnings.clear();
		}

		@Override
		public void warning(SAXParseException ex) {
			this.warnings.add(located(ex));
		}

		@Override
		public void error(SAXParseException ex) {
			this.errors.add(located(ex));
		}

		@Override
		public void fatalError(SAXParseException ex) {
			this.errors.add(located(ex));
		}

		private static String located(SAXParseException ex) {
			return ex.getLineNumber() + ":" + ex.getColumnNumber() + " " + ex.getMessage();
		}

	}

}
