package org.parley.web;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * {@link BidiText} as the expression object {@code #bidi}, so templates can use it in
 * {@code th:utext}, where Thymeleaf refuses references to beans.
 */
@Component
class BidiDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "bidi";

	private final BidiText bidi;

	BidiDialect(BidiText bidi) {
		super("Parley bidi");
		this.bidi = bidi;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? BidiDialect.this.bidi : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
