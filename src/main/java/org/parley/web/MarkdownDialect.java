package org.parley.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.AbstractStandardExpressionAttributeTagProcessor;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * {@code parley:markdown="${text}"} (namespace {@code xmlns:parley="urn:parley"})
 * replaces the element's body with the text rendered by {@link Markdown} (sanitised HTML,
 * nothing for no text). The expression is evaluated restricted, like {@code th:utext}'s;
 * it runs after {@code th:if}. {@code parley:datetime="${instant}"} writes a
 * {@code datetime} attribute the HTML standard accepts ({@link MachineTimes}).
 */
@Component
class MarkdownDialect extends AbstractProcessorDialect {

	static final String PREFIX = "parley";

	private final Markdown markdown;

	MarkdownDialect(Markdown markdown) {
		super("Parley", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
		this.markdown = markdown;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new MarkdownProcessor(dialectPrefix, this.markdown), new DatetimeProcessor(dialectPrefix),
				new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
	}

	private static final class MarkdownProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		/** The same precedence as {@code th:utext}. */
		private static final int PRECEDENCE = 1400;

		private final Markdown markdown;

		MarkdownProcessor(String prefix, Markdown markdown) {
			super(TemplateMode.HTML, prefix, "markdown", PRECEDENCE, true, true);
			this.markdown = markdown;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			String text = (expressionResult != null) ? expressionResult.toString() : null;
			structureHandler.setBody(this.markdown.html(text), false);
		}

	}

	private static final class DatetimeProcessor extends AbstractStandardExpressionAttributeTagProcessor {

		/** The same precedence as {@code th:datetime}. */
		private static final int PRECEDENCE = 1000;

		DatetimeProcessor(String prefix) {
			super(TemplateMode.HTML, prefix, "datetime", PRECEDENCE, true, false);
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, Object expressionResult, IElementTagStructureHandler structureHandler) {
			String value = MachineTimes.datetime(expressionResult);
			if (value != null) {
				structureHandler.setAttribute("datetime", value);
			}
		}

	}

}
