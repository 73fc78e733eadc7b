package org.parley.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of every edit form that lets two editors' saves be merged instead of one
 * undoing the other (see {@link ThreeWayMerge}): the record as the editor opened it, the
 * fields both editors changed that still wait for the editor's choice, and those choices.
 * Bound as {@code merge.*}; kept in hidden fields by
 * {@code fragments/editing :: mergeState}.
 */
public class MergeState {

	/**
	 * Every field as the form showed it when opened, encoded by {@link ThreeWayMerge}.
	 */
	private String base;

	private List<String> unresolved = new ArrayList<>();

	/** For each unresolved field: {@code theirs} or {@code yours}. */
	private Map<String, String> choices = new LinkedHashMap<>();

	public String getBase() {
		return this.base;
	}

	public void setBase(String base) {
		this.base = base;
	}

	public List<String> getUnresolved() {
		return this.unresolved;
	}

	public void setUnresolved(List<String> unresolved) {
		this.unresolved = unresolved;
	}

	public Map<String, String> getChoices() {
		return this.choices;
	}

	public void setChoices(Map<String, String> choices) {
		this.choices = choices;
	}

}
