package org.parley.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrase lists the generated text is built from ({@code vocabulary.txt}), each
 * offered to the loading session as a constant SQL array: {@code pg_temp.w_<name>()}.
 */
final class Vocabulary {

	private static final String RESOURCE = "vocabulary.txt";

	private final Map<String, List<String>> lists;

	private Vocabulary(Map<String, List<String>> lists) {
		this.lists = lists;
	}

	static Vocabulary read() {
		try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
			return new Vocabulary(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	private static Map<String, List<String>> parse(String text) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		List<String> current = null;
		for (String line : text.split("\n")) {
			String phrase = line.strip();
			if (phrase.isEmpty() || phrase.startsWith("#")) {
				continue;
			}
			if (phrase.startsWith("[") && phrase.endsWith("]")) {
				current = new ArrayList<>();
				lists.put(phrase.substring(1, phrase.length() - 1), current);
			}
			else if (current != null) {
				current.add(phrase);
			}
		}
		return lists;
	}

	List<String> list(String name) {
		return this.lists.get(name);
	}

	/** Creates one immutable function per list; the planner folds each to a constant. */
	void offerTo(Statement statement) throws SQLException {
		for (Map.Entry<String, List<String>> list : this.lists.entrySet()) {
			statement.execute("CREATE FUNCTION pg_temp.w_" + list.getKey()
					+ "() RETURNS text[] IMMUTABLE LANGUAGE sql AS $words$ SELECT " + array(list.getValue())
					+ " $words$");
		}
	}

	private static String array(List<String> phrases) {
		List<String> literals = new ArrayList<>();
		phrases.forEach((phrase) -> literals.add("'" + phrase.replace("'", "''") + "'"));
		return "ARRAY[" + String.join(", ", literals) + "]::text[]";
	}

}
