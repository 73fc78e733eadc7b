package org.parley.picker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds records to pick in a form by part of their name, on the server, so that a plain
 * select works without JavaScript and a search box can narrow it with. Plain SQL, so that
 * this feature depends on none of those it picks from.
 */
@Component
@Transactional(readOnly = true)
public class Picker {

	/** How many choices a plain select offers before the editor has to type. */
	public static final int LIMIT = 100;

	/** How many choices a row's select always offers whole. */
	static final int SMALL = 20;

	private final JdbcTemplate jdbc;

	Picker(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param kind what to pick
	 * @param query part of a name, or blank for the first ones in order
	 * @param limit at most this many
	 * @return the matching choices in order
	 */
	public List<PickOption> find(PickKind kind, String query, int limit) {
		String q = (query != null) ? query.strip() : "";
		String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc.query("select id, label from (" + kind.sql() + ") as pick limit ?",
				(rs, row) -> new PickOption(rs.getLong(1), rs.getString(2)), q, like, like, like, limit);
	}

	/**
	 * The choices of a plain select: the first {@link #LIMIT} in order, together with
	 * those already chosen, so that a form never loses a choice beyond the limit.
	 * @param kind what to pick
	 * @param chosen the ids already chosen (nulls are ignored)
	 * @return the choices in order, the chosen ones beyond the limit at the end
	 */
	public List<PickOption> options(PickKind kind, Collection<Long> chosen) {
		List<PickOption> options = new ArrayList<>(find(kind, "", LIMIT));
		Set<Long> missing = new LinkedHashSet<>();
		chosen.stream().filter(Objects::nonNull).forEach(missing::add);
		options.forEach((option) -> missing.remove(option.id()));
		options.addAll(chosen(kind, missing));
		return options;
	}

	/**
	 * What one select of a form offers. A row of a form (an indexed field such as
	 * {@code citations[3].citationId}) that holds a choice among more than
	 * {@value #SMALL} offers only that choice, so that a form's size grows with its rows,
	 * not with its rows times the choices; its search box finds others. A short list (the
	 * parties of most negotiations) is offered whole, so that a row's choice can be
	 * changed without the script. Every other select offers all the options.
	 * @param options the options of the form, the chosen ones among them
	 * @param chosen the field's value, or {@code null}
	 * @param field the field's name
	 * @return the options to offer
	 */
	public List<PickOption> offered(List<PickOption> options, Object chosen, String field) {
		if (chosen == null || !field.contains("[") || options.size() <= SMALL) {
			return options;
		}
		List<PickOption> own = options.stream().filter((option) -> chosen.equals(option.id())).toList();
		return own.isEmpty() ? options : own;
	}

	/**
	 * How a picked record reads, e.g. on a conflict page.
	 * @param kind what was picked
	 * @param id its id
	 * @return its label, or {@code #id} when there is no such record
	 */
	public String label(PickKind kind, long id) {
		return chosen(kind, List.of(id)).stream().map(PickOption::label).findFirst().orElse("#" + id);
	}

	/** The chosen records of a kind, in one query. */
	private List<PickOption> chosen(PickKind kind, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		// A blank query matches every row, so this finds the chosen ones by their ids.
		return this.jdbc.query("select id, label from (" + kind.sql() + ") as pick where id = any(?)",
				(rs, row) -> new PickOption(rs.getLong(1), rs.getString(2)), "", "", "", "", ids.toArray(Long[]::new));
	}

}
