package org.parley.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the embedded database keeps its files, and on which port it listens (0 picks a
 * free one).
 */
@ConfigurationProperties("parley")
public record ParleyDataProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int embeddedPort) {
}
