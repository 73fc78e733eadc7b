package org.parley.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a form with rows the editor adds and removes (points, delegates, citations …):
 * the binder grows each list only up to {@link #max()}, and a request naming a row beyond
 * it, or a path the form does not have, is refused with one message for every such form
 * (see {@link EditorFormAdvice}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FormRows {

	/** How many rows of each kind the form holds at most. */
	int max();

}
