package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sections of messages.properties are appended by each feature and merged line by line; a
 * key written twice keeps only its last value, so a text silently changes on some page.
 */
class MessagesTests {

	@Test
	void everyKeyIsWrittenOnce() throws IOException {
		String text;
		try (InputStream in = MessagesTests.class.getResourceAsStream("/messages.properties")) {
			assertThat(in).isNotNull();
			text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		Set<String> seen = new HashSet<>();
		Set<String> twice = new TreeSet<>();
		for (String line : text.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
				continue;
			}
			String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
			if (!seen.add(key)) {
				twice.add(key);
			}
		}
		assertThat(twice).as("keys written more than once").isEmpty();
	}

}
