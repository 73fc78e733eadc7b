package org.parley.read.search;

import java.time.LocalDate;

import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.source.Citation;
import org.parley.source.Reliability;

/**
 * One search result. {@code titleHtml} and {@code snippetHtml} are escaped HTML whose
 * only markup is {@code <mark>} around the matched words (see {@link Highlight}); every
 * other field is plain text.
 *
 * @param kind what was found
 * @param id its id
 * @param linkId the id of the page it is shown on: the proposal of a point or position,
 * the source of a report, otherwise the id itself
 * @param titleHtml highlighted title or name, or {@code null} (a report without headline)
 * @param snippetHtml highlighted passages of the body text, or {@code null}
 * @param context plain text placing the hit: the proposal's status, the point's number,
 * the position's party, the person's party, the report's outlet
 * @param stance a position's stance
 * @param date a round's first day, a position's date, a report's publication date
 * @param datePrecision how exactly a position's date is known
 * @param speaker who stated a position
 * @param reliability the outlet's reliability, for a report
 * @param credibility the report's credibility (1 to 6), for a report
 * @param linkPage the page of the source's reports that shows a report (0 for the first,
 * and for other hits)
 */
public record SearchHit(Kind kind, long id, long linkId, String titleHtml, String snippetHtml, String context,
		Stance stance, LocalDate date, DatePrecision datePrecision, String speaker, Reliability reliability,
		Integer credibility, long linkPage) {

	/** A report's Admiralty code, e.g. "C2", or {@code null} for other hits. */
	public String grade() {
		return (this.reliability != null && this.credibility != null) ? this.reliability.name() + this.credibility
				: null;
	}

	/** What a report's grade means, e.g. "fairly reliable; probably true". */
	public String gradeMeaning() {
		return (grade() != null)
				? this.reliability.description() + "; " + Citation.describeCredibility(this.credibility) : null;
	}

	/**
	 * The page the hit is shown on: a position or a report at its own anchor (a report on
	 * the page of its source's reports that lists it).
	 */
	public String href() {
		return switch (this.kind) {
			case ROUND -> "/rounds/" + this.id;
			case PROPOSAL -> "/proposals/" + this.id;
			case POINT -> "/proposals/" + this.linkId;
			case POSITION -> "/proposals/" + this.linkId + "#position-" + this.id;
			case PERSON -> "/people/" + this.id;
			case CITATION -> "/sources/" + this.linkId + ((this.linkPage > 0) ? "?page=" + this.linkPage : "")
					+ "#citation-" + this.id;
		};
	}

	/** What can be found, each shown in one group. */
	public enum Kind {

		ROUND(SearchGroup.ROUNDS), PROPOSAL(SearchGroup.PROPOSALS), POINT(SearchGroup.PROPOSALS),
		POSITION(SearchGroup.POSITIONS), PERSON(SearchGroup.PEOPLE), CITATION(SearchGroup.REPORTS);

		private final SearchGroup group;

		Kind(SearchGroup group) {
			this.group = group;
		}

		public SearchGroup group() {
			return this.group;
		}

	}

}
