package org.parley.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the association from a part (a proposal's point, a round's citation link …) to
 * the record it belongs to. The audit trail records that record beside each of the part's
 * rows ({@code audit_event.part_of_type}, {@code part_of_id}), following further marked
 * associations up (a discussed proposal's citation belongs to the round), so the record's
 * history shows its parts' changes, deleted parts included.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PartOf {

}
