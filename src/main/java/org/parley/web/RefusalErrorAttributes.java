package org.parley.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * The error pages' attributes, with the message a filter wrote for the user when it
 * refused the request: messages are otherwise never shown
 * ({@code server.error.include-message=never}), since an exception's may hold anything.
 */
@Component
class RefusalErrorAttributes extends DefaultErrorAttributes {

	/** The request attribute holding a refusal's message, written for the user. */
	static final String REFUSAL = RefusalErrorAttributes.class.getName() + ".refusal";

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object refusal = request.getAttribute(REFUSAL, RequestAttributes.SCOPE_REQUEST);
		if (refusal != null) {
			attributes.put("message", refusal);
		}
		return attributes;
	}

}
