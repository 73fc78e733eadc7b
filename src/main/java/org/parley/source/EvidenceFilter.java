package org.parley.source;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Which claims (positions) a page keeps by their evidence, defined once for the proposal
 * list, the matrix and a party's page, their JSON and CSV. Only reports supporting a
 * claim count. A claim reaches a grade when its best report does: one whose grade
 * {@linkplain Grade#reaches reaches} it. A claim rests only on anonymous sources when
 * every supporting report does (itself or a report it relays); a claim with no report
 * does not. The database keeps both per position ({@code position_evidence}, copied to
 * {@code current_position}; migration V113) and per proposal over its current stances
 * ({@code proposal_evidence}, V114), so a filter reads one row per claim instead of its
 * citations.
 *
 * @param grade the grade the claim's best report must reach, or {@code null} for any
 * @param hideAnonymous whether to leave out claims resting only on anonymous sources
 */
public record EvidenceFilter(Grade grade, boolean hideAnonymous) {

	/** How the API documents the grade parameter. */
	public static final String GRADE_DESCRIPTION = "Only claims whose best supporting report reaches this Admiralty "
			+ "grade: its source this reliable or better (A best) and its information this credible or better "
			+ "(1 best), e.g. B2.";

	/** The grade parameter's form. */
	public static final String GRADE_PATTERN = "^[A-Fa-f][1-6]$";

	/** How the API documents the hideAnonymous parameter. */
	public static final String HIDE_ANONYMOUS_DESCRIPTION = "Leave out claims every supporting report of which "
			+ "rests on an anonymous source (itself or a report it relays).";

	/** Every claim, whatever its evidence. */
	public static final EvidenceFilter NONE = new EvidenceFilter(null, false);

	/** The filter given by request parameters, either of which may be absent. */
	public static EvidenceFilter of(Grade grade, Boolean hideAnonymous) {
		return new EvidenceFilter(grade, Boolean.TRUE.equals(hideAnonymous));
	}

	/** The grades a form offers, best first. */
	public List<Grade> grades() {
		return Grade.all();
	}

	/**
	 * The filter as the rest of a query string, e.g.
	 * {@code &grade=B2&hideAnonymous=true}, for links that carry it; empty when it is not
	 * active.
	 */
	public String query() {
		return ((this.grade != null) ? "&grade=" + this.grade.code() : "")
				+ (this.hideAnonymous ? "&hideAnonymous=true" : "");
	}

	/** Whether any claim is left out. */
	public boolean isActive() {
		return this.grade != null || this.hideAnonymous;
	}

	/**
	 * The SQL condition a claim must meet, over the columns that hold its evidence
	 * ({@code best_credibility} and {@code anonymous_only} of {@code position_evidence}
	 * or {@code current_position}; both null for a claim without supporting reports), its
	 * values bound in {@code parameters}.
	 * @param alias the table's alias
	 * @param parameters where the values are bound
	 * @return the condition, {@code "true"} when the filter is not active
	 */
	public String condition(String alias, MapSqlParameterSource parameters) {
		List<String> conditions = new ArrayList<>();
		if (this.grade != null) {
			// best_credibility[r]: the best credibility among the supporting reports
			// whose
			// source is graded r (1 = A … 6 = F) or better.
			conditions.add("coalesce(" + alias + ".best_credibility[:evidenceReliability], 7) <= :evidenceCredibility");
			parameters.addValue("evidenceReliability", this.grade.reliability().ordinal() + 1);
			parameters.addValue("evidenceCredibility", this.grade.credibility());
		}
		if (this.hideAnonymous) {
			conditions.add("not coalesce(" + alias + ".anonymous_only, false)");
		}
		return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
	}

	/**
	 * The SQL condition on {@code proposal_evidence} (V114) that some current stance of
	 * the proposal passes the filter: the same as asking {@link #condition} of each of
	 * its current stances, from one row per proposal.
	 * @param alias the alias of {@code proposal_evidence}
	 * @param parameters where the values are bound
	 * @return the condition, {@code "true"} when the filter is not active
	 */
	public String proposalCondition(String alias, MapSqlParameterSource parameters) {
		if (this.grade == null) {
			return this.hideAnonymous ? alias + ".named" : "true";
		}
		// With both, one stance must be named and reach the grade: the best among the
		// named.
		String best = this.hideAnonymous ? ".named_best_credibility" : ".best_credibility";
		parameters.addValue("evidenceReliability", this.grade.reliability().ordinal() + 1);
		parameters.addValue("evidenceCredibility", this.grade.credibility());
		return alias + best + "[:evidenceReliability] <= :evidenceCredibility";
	}

	/**
	 * The SQL condition a position must meet, looked up by its id in
	 * {@code position_evidence} (a position without a row has no supporting report).
	 * @param positionId the SQL expression of the position's id, e.g. {@code po.id}
	 * @param parameters where the values are bound
	 * @return the condition, {@code "true"} when the filter is not active
	 */
	public String positionCondition(String positionId, MapSqlParameterSource parameters) {
		if (!isActive()) {
			return "true";
		}
		return "coalesce((select " + condition("ev", parameters) + " from position_evidence ev where ev.position_id = "
				+ positionId + "), " + (this.grade == null) + ")";
	}

}
