package org.parley.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Put on the handlers of read pages (and read API calls) instead of
 * {@code @PreAuthorize("hasRole('ANALYST')")}: admits any analyst (so editors and admins
 * too), and anyone at all when {@code parley.public-read=true}. The URL rules in
 * {@link SecurityConfiguration} decide which addresses are read pages; this only keeps
 * method security from refusing anonymous readers there.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@readAccess.allows(authentication)")
public @interface ReadAccess {

}
