package org.parley.source;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

/**
 * One report cited for a record on an editor's form (a round, a proposal, a position):
 * which citation, and whether it supports or disputes the record. The forms share it, and
 * the check of their rows.
 */
public class CitationRow {

	private Long citationId;

	private Bearing bearing;

	public CitationRow() {
	}

	public CitationRow(Long citationId, Bearing bearing) {
		this.citationId = citationId;
		this.bearing = bearing;
	}

	/**
	 * Checks a form's citation rows, each message on its row: a citation on record, cited
	 * once, supporting or disputing. Rows without a citation are left out, not refused.
	 * @param rows the rows, at {@code citations[i]} of the form
	 * @param citations the repository, asked once for all the ids
	 * @param errors the form's errors
	 */
	public static void check(List<CitationRow> rows, CitationRepository citations, Errors errors) {
		check("", rows, citations, errors);
	}

	/**
	 * Checks a claim's citation rows nested in a row of a form, as
	 * {@link #check(List, CitationRepository, Errors)}.
	 * @param prefix the path of the row holding them, e.g. {@code "claims[2]."}
	 */
	public static void check(String prefix, List<CitationRow> rows, CitationRepository citations, Errors errors) {
		Set<Long> known = citations.findExistingIds(rows.stream()
			.filter((row) -> row != null && row.getCitationId() != null)
			.map(CitationRow::getCitationId)
			.toList());
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			CitationRow row = rows.get(i);
			if (row == null || row.getCitationId() == null) {
				continue;
			}
			String path = prefix + "citations[" + i + "].";
			if (!known.contains(row.getCitationId())) {
				errors.rejectValue(path + "citationId", "citation.row.unknown");
			}
			else if (!seen.add(row.getCitationId())) {
				errors.rejectValue(path + "citationId", "citation.row.twice");
			}
			if (row.getBearing() == null && !errors.hasFieldErrors(path + "bearing")) {
				errors.rejectValue(path + "bearing", "citation.row.bearing.required");
			}
		}
	}

	/**
	 * Ends a claim's report rows with an empty one, unless one is empty already or the
	 * claim holds {@code capacity} reports: how a form row offers one more report.
	 */
	public static void offerEmpty(List<CitationRow> rows, int capacity) {
		boolean empty = rows.stream().anyMatch((row) -> row == null || row.getCitationId() == null);
		if (!empty && rows.size() < capacity) {
			rows.add(new CitationRow(null, Bearing.SUPPORTS));
		}
	}

	/** The rows that name a report. */
	public static List<CitationRow> filled(List<CitationRow> rows) {
		return rows.stream().filter((row) -> row != null && row.getCitationId() != null).toList();
	}

	/** The rows that name a report, as an editor sets them (supporting unless said). */
	public static List<Cited> cited(List<CitationRow> rows) {
		return filled(rows).stream()
			.map((row) -> new Cited(row.getCitationId(),
					(row.getBearing() != null) ? row.getBearing() : Bearing.SUPPORTS))
			.toList();
	}

	public Long getCitationId() {
		return this.citationId;
	}

	public void setCitationId(Long citationId) {
		this.citationId = citationId;
	}

	public Bearing getBearing() {
		return this.bearing;
	}

	public void setBearing(Bearing bearing) {
		this.bearing = bearing;
	}

}
