package org.parley.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.BeanWrapper;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.ModelAndView;

/**
 * When someone saved a record after an editor opened its form, the editor's save is
 * merged, field by field, against the record as the form was opened: a field only the
 * other editor changed takes their value, a field only this editor changed keeps theirs,
 * and a field both changed differently waits until the editor chooses. Nothing either of
 * them saved is lost without one of them choosing so. Fields are those of each form's
 * {@code describe()}, named as its properties.
 */
@Component
public class ThreeWayMerge {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	ThreeWayMerge(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Notes on the form how it was opened, to merge against if someone saves meanwhile.
	 */
	public void opened(MergeState state, Map<String, String> described) {
		state.setBase(Base64.getUrlEncoder().encodeToString(JSON.writeValueAsBytes(described)));
		state.getUnresolved().clear();
		state.getChoices().clear();
	}

	/**
	 * Merges the editor's form with the record saved meanwhile; the form then holds the
	 * merged values, notes the saved record as its new base and lists the fields to
	 * choose.
	 * @return the merge, field by field, for the conflict page
	 */
	public List<FieldMerge> merge(String labelPrefix, Object yours, Map<String, String> yoursShown, Object theirs,
			Map<String, String> theirsShown, MergeState state) {
		Map<String, String> base = base(state);
		BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(yours);
		BeanWrapper other = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
		List<FieldMerge> fields = new ArrayList<>();
		List<String> unresolved = new ArrayList<>();
		theirsShown.forEach((field, theirValue) -> {
			String yourValue = yoursShown.get(field);
			String baseValue = (base != null) ? base.get(field) : null;
			boolean theyChanged = base == null || !same(baseValue, theirValue);
			boolean youChanged = base == null || !same(baseValue, yourValue);
			// Asked before and not yet answered: still to be chosen.
			boolean pending = state.getUnresolved().contains(field) && !state.getChoices().containsKey(field);
			if (same(theirValue, yourValue) && !pending) {
				return;
			}
			FieldMerge.Outcome outcome = pending || (theyChanged && youChanged) || !mine.isWritableProperty(field)
					? FieldMerge.Outcome.CHOOSE
					: theyChanged ? FieldMerge.Outcome.THEIRS_TAKEN : FieldMerge.Outcome.YOURS_KEPT;
			if (outcome == FieldMerge.Outcome.THEIRS_TAKEN) {
				mine.setPropertyValue(field, other.getPropertyValue(field));
			}
			if (outcome == FieldMerge.Outcome.CHOOSE) {
				unresolved.add(field);
			}
			fields.add(new FieldMerge(field, labelPrefix + field, baseValue, theirValue, yourValue, outcome));
		});
		opened(state, theirsShown);
		state.setUnresolved(unresolved);
		return fields;
	}

	/**
	 * Applies the editor's choices for the fields both editors changed, before saving.
	 * @return whether every such field was chosen; if not, {@code errors} says which
	 */
	public boolean chosen(Object yours, Object theirs, MergeState state, Errors errors) {
		BeanWrapper mine = PropertyAccessorFactory.forBeanPropertyAccess(yours);
		BeanWrapper other = PropertyAccessorFactory.forBeanPropertyAccess(theirs);
		List<String> missing = new ArrayList<>();
		for (String field : state.getUnresolved()) {
			String choice = state.getChoices().get(field);
			if ("theirs".equals(choice) && mine.isWritableProperty(field)) {
				mine.setPropertyValue(field, other.getPropertyValue(field));
			}
			else if (!"yours".equals(choice)) {
				missing.add(field);
			}
		}
		if (!missing.isEmpty()) {
			errors.reject("merge.choose", new Object[] { missing.size() }, null);
			return false;
		}
		state.getUnresolved().clear();
		return true;
	}

	/**
	 * Makes an edit page the merge page: status 409, the merge, and who saved meanwhile.
	 */
	public ModelAndView page(ModelAndView page, List<FieldMerge> merge, String entityType, long id) {
		page.addObject("merge", merge);
		this.jdbc.query("select actor, occurred_at from audit_event where entity_type = ? and entity_id = ? "
				+ "order by id desc limit 1", (rs) -> {
					page.addObject("mergedWith", rs.getString(1));
					page.addObject("mergedAt", rs.getTimestamp(2).toInstant());
				}, entityType, String.valueOf(id));
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	private static Map<String, String> base(MergeState state) {
		if (state.getBase() == null || state.getBase().isBlank()) {
			return null;
		}
		try {
			return JSON.readValue(new String(Base64.getUrlDecoder().decode(state.getBase()), StandardCharsets.UTF_8),
					FIELDS);
		}
		catch (RuntimeException ex) {
			// A base that is not ours: merge as if it were unknown, every difference
			// chosen.
			return null;
		}
	}

	private static boolean same(String a, String b) {
		return Objects.equals(blankToNull(a), blankToNull(b));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
