package org.parley.read.proposals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.parley.web.BadRequestException;

/** The orders the proposal list offers, by their parameter value. */
public enum ProposalSort {

	/**
	 * The latest recorded change first: to the proposal itself or to a position on it
	 * ({@code proposal_activity}).
	 */
	ACTIVITY("activity", "join proposal_activity act on act.proposal_id = p.id\n",
			"act.changed_at desc, act.proposal_id desc", "act.changed_at, act.proposal_id"),

	TITLE("title", "", "lower(p.title), p.id", "lower(p.title) desc, p.id desc"),

	/** Most recently first reported first; proposals with no known date last. */
	FIRST_REPORTED("firstReported", "", "p.first_reported_on desc nulls last, lower(p.title), p.id",
			"p.first_reported_on nulls first, lower(p.title) desc, p.id desc");

	private final String parameter;

	private final String join;

	private final String orderBy;

	private final String reversed;

	// Each order is an index (V83, V84), read forwards or backwards, so a page reads only
	// its own rows and those between it and the nearer end.
	ProposalSort(String parameter, String join, String orderBy, String reversed) {
		this.parameter = parameter;
		this.join = join;
		this.orderBy = orderBy;
		this.reversed = reversed;
	}

	public String parameter() {
		return this.parameter;
	}

	/** What the order reads besides the proposal, kept by the database (V83). */
	String join() {
		return this.join;
	}

	String orderBy() {
		return this.orderBy;
	}

	/** The same order from the other end, for pages nearer the last than the first. */
	String reversed() {
		return this.reversed;
	}

	/**
	 * The sort named by a request parameter.
	 * @param parameter the value, e.g. {@code title}
	 * @return the sort
	 * @throws BadRequestException naming the allowed values if there is no such sort
	 */
	static ProposalSort of(String parameter) {
		return Arrays.stream(values())
			.filter((sort) -> sort.parameter.equals(parameter))
			.findFirst()
			.orElseThrow(() -> new BadRequestException("‘sort’ must be one of "
					+ Arrays.stream(values()).map(ProposalSort::parameter).collect(Collectors.joining(", ")) + "."));
	}

}
