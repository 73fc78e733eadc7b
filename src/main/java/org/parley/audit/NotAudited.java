package org.parley.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose writes are bookkeeping rather than content (for example sign-in
 * attempt counters), so the audit trail leaves them out. Use sparingly: every other
 * entity's creates, updates and deletes are recorded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface NotAudited {

}
