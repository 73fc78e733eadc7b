package org.parley.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session may live however active it is
 * ({@code parley.session.absolute-timeout}); the idle timeout is
 * {@code server.servlet.session.timeout}.
 *
 * @param absoluteTimeout the absolute lifetime of a session
 */
@ConfigurationProperties("parley.session")
public record SessionProperties(@DefaultValue("12h") Duration absoluteTimeout) {

}
