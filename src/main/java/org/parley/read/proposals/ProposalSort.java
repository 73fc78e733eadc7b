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
			"act.changed_at desc, act.proposal_id desc"),

	TITLE("title", "", "lower(p.title), p.id"),

	/** Most recently first reported first; proposals with no known date last. */
	FIRST_REPORTED("firstReported", "", "p.first_reported_on desc nulls last, lower(p.title), p.id");

	private final String parameter;

	private final String join;

	private final String orderBy;

	// Each order is an index (V83, V84), so a page reads its own rows only.
	ProposalSort(String parameter, String join, String orderBy) {
		this.parameter = parameter;
		this.join = join;
		this.orderBy = orderBy;
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
