package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one stylesheet is written by many hands, section by section; a lost closing brace
 * silently nests every later rule inside the one left open (browsers read it as CSS
 * nesting), so the pages look wrong while every other test passes.
 */
class StylesheetTests {

	@Test
	void everyRuleIsClosedBeforeTheNextTopLevelRuleBegins() throws IOException {
		String css = read("/static/css/parley.css").replaceAll("(?s)/\\*.*?\\*/", "");
		List<String> unclosed = new ArrayList<>();
		int depth = 0;
		int number = 0;
		for (String line : css.split("\n", -1)) {
			number++;
			boolean topLevelStart = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("}");
			if (topLevelStart && depth > 0) {
				unclosed.add(number + ": " + line);
			}
			depth += count(line, '{') - count(line, '}');
			assertThat(depth).as("braces closed before line %d", number).isNotNegative();
		}
		assertThat(unclosed).as("rules starting while another is still open").isEmpty();
		assertThat(depth).as("braces left open at the end").isZero();
	}

	private static int count(String line, char c) {
		return (int) line.chars().filter((ch) -> ch == c).count();
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = StylesheetTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
