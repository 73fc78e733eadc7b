package org.parley.read.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What was typed, read as web search syntax (words, "phrases", {@code or}, {@code -word})
 * and written back as a {@code to_tsquery} expression, so that each term can be widened
 * to its aliases: {@code DMZ russia} becomes
 * {@code ('DMZ' | 'demilitarized zone') & ('russia')}, which {@code websearch_to_tsquery}
 * cannot express (it has no parentheses). Every term is quoted for {@code to_tsquery}, so
 * nothing typed is read as an operator; the database's own parser still splits and stems
 * each term, and a quoted term of several words becomes a phrase.
 */
final class SearchQuery {

	/** The longest run of words looked up as one alias term ("demilitarized zone"). */
	static final int LONGEST_ALIAS = 4;

	private final List<Clause> clauses;

	private SearchQuery(List<Clause> clauses) {
		this.clauses = clauses;
	}

	/** Reads what was typed; nothing typed, or only operators, is an empty query. */
	static SearchQuery parse(String text) {
		List<Clause> clauses = new ArrayList<>();
		boolean joinNext = false;
		for (Token token : tokens(text)) {
			if (token.isOr()) {
				joinNext = !clauses.isEmpty();
				continue;
			}
			Clause last = clauses.isEmpty() ? null : clauses.get(clauses.size() - 1);
			if (joinNext && last != null && last.negated() == token.negated()) {
				last.terms().add(new Term(token.text(), token.quoted()));
			}
			else {
				List<Term> terms = new ArrayList<>();
				terms.add(new Term(token.text(), token.quoted()));
				clauses.add(new Clause(terms, token.negated()));
			}
			joinNext = false;
		}
		return new SearchQuery(clauses);
	}

	boolean isEmpty() {
		return this.clauses.isEmpty();
	}

	/**
	 * The lower-cased phrases an alias could be: each quoted phrase, each word, and each
	 * run of up to {@value #LONGEST_ALIAS} unquoted words standing alone in their
	 * clauses.
	 */
	Set<String> aliasCandidates() {
		Set<String> candidates = new LinkedHashSet<>();
		for (Clause clause : this.clauses) {
			clause.terms().forEach((term) -> candidates.add(key(term.text())));
		}
		for (int start = 0; start < this.clauses.size(); start++) {
			for (int end = start + 2; end <= Math.min(start + LONGEST_ALIAS, this.clauses.size()); end++) {
				String run = run(start, end);
				if (run != null) {
					candidates.add(key(run));
				}
			}
		}
		return candidates;
	}

	/**
	 * Widens each term that is an alias term to all its group's terms; a run of words
	 * that makes an alias term ("demilitarized zone") is taken as one term first, the
	 * longest first.
	 * @param aliases each alias term, lower-cased, with the terms of its group
	 */
	SearchQuery expand(Map<String, List<String>> aliases) {
		if (aliases.isEmpty()) {
			return this;
		}
		List<Clause> expanded = new ArrayList<>();
		int i = 0;
		while (i < this.clauses.size()) {
			int end = longestAliasRun(i, aliases);
			if (end > i + 1) {
				expanded.add(new Clause(terms(aliases.get(key(run(i, end)))), false));
				i = end;
				continue;
			}
			Clause clause = this.clauses.get(i);
			List<Term> terms = new ArrayList<>();
			for (Term term : clause.terms()) {
				List<String> group = aliases.get(key(term.text()));
				terms.addAll((group != null) ? terms(group) : List.of(term));
			}
			expanded.add(new Clause(terms, clause.negated()));
			i++;
		}
		return new SearchQuery(expanded);
	}

	/**
	 * For {@code to_tsquery}: each clause in parentheses, its terms or-ed, the clauses
	 * and-ed, a clause with {@code -} negated.
	 */
	String tsquery() {
		return this.clauses.stream().map(Clause::tsquery).collect(Collectors.joining(" & "));
	}

	/**
	 * What names and titles are compared with by trigram similarity: the words typed, or
	 * {@code null} when there is none, or when some are left out with {@code -} (a
	 * similar name would come back whatever was left out).
	 */
	String fuzzy() {
		if (this.clauses.isEmpty() || this.clauses.stream().anyMatch(Clause::negated)) {
			return null;
		}
		String words = this.clauses.stream()
			.flatMap((clause) -> clause.terms().stream())
			.map(Term::text)
			.collect(Collectors.joining(" "))
			.strip();
		return words.isEmpty() ? null : words;
	}

	private int longestAliasRun(int start, Map<String, List<String>> aliases) {
		for (int end = Math.min(start + LONGEST_ALIAS, this.clauses.size()); end > start + 1; end--) {
			String run = run(start, end);
			if (run != null && aliases.containsKey(key(run))) {
				return end;
			}
		}
		return start + 1;
	}

	/**
	 * The words of clauses start to end as one phrase, or null if one is not a lone word.
	 */
	private String run(int start, int end) {
		List<String> words = new ArrayList<>();
		for (Clause clause : this.clauses.subList(start, end)) {
			if (clause.negated() || clause.terms().size() != 1 || clause.terms().get(0).quoted()) {
				return null;
			}
			words.add(clause.terms().get(0).text());
		}
		return String.join(" ", words);
	}

	private static List<Term> terms(List<String> group) {
		return group.stream().map((text) -> new Term(text, text.contains(" "))).collect(Collectors.toList());
	}

	static String key(String term) {
		return term.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean negated = false;
			if (c == '-' && i + 1 < length && !Character.isWhitespace(text.charAt(i + 1))) {
				negated = true;
				i++;
			}
			if (text.charAt(i) == '"') {
				int close = text.indexOf('"', i + 1);
				int stop = (close < 0) ? length : close;
				String phrase = text.substring(i + 1, stop).strip();
				if (!phrase.isEmpty()) {
					tokens.add(new Token(phrase, true, negated));
				}
				i = (close < 0) ? length : close + 1;
				continue;
			}
			int stop = i;
			while (stop < length && !Character.isWhitespace(text.charAt(stop)) && text.charAt(stop) != '"') {
				stop++;
			}
			String word = text.substring(i, stop);
			if (!word.equals("-")) {
				tokens.add(new Token(word, false, negated));
			}
			i = stop;
		}
		return tokens;
	}

	private record Token(String text, boolean quoted, boolean negated) {

		boolean isOr() {
			return !this.quoted && !this.negated && this.text.equalsIgnoreCase("or");
		}

	}

	private record Term(String text, boolean quoted) {

		/** Quoted for to_tsquery: a quote doubled, a backslash escaped. */
		String tsquery() {
			return "'" + this.text.replace("\\", "\\\\").replace("'", "''") + "'";
		}

	}

	private record Clause(List<Term> terms, boolean negated) {

		String tsquery() {
			String terms = this.terms.stream().map(Term::tsquery).collect(Collectors.joining(" | "));
			return (this.negated ? "!(" : "(") + terms + ")";
		}

	}

}
