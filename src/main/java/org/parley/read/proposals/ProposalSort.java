package org.parley.read.proposals;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.parley.web.BadRequestException;

/** The orders the proposal list offers, by their parameter value. */
public enum ProposalSort {

	/**
	 * The latest recorded change first: to the proposal itself or to a position on it.
	 */
	ACTIVITY("activity",
			"greatest(p.updated_at, (select max(po.updated_at) from position po "
					+ "where po.proposal_id = p.id)) desc, p.id desc"),

	TITLE("title", "lower(p.title), p.id"),

	/** Most recently first reported first; proposals with no known date last. */
	FIRST_REPORTED("firstReported", "p.first_reported_on desc nulls last, lower(p.title), p.id");

	private final String parameter;

	private final String orderBy;

	ProposalSort(String parameter, String orderBy) {
		this.parameter = parameter;
		this.orderBy = orderBy;
	}

	public String parameter() {
		return this.parameter;
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
