package org.parley.read.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.position.Stance;
import org.parley.position.StanceReader;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;
import org.parley.read.CsvRows;
import org.parley.read.CsvTable;
import org.parley.read.CsvTable.Column;
import org.parley.read.Exports;
import org.parley.source.EvidenceFilter;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import static org.parley.read.CsvTable.code;
import static org.parley.read.CsvTable.date;
import static org.parley.read.CsvTable.integer;
import static org.parley.read.CsvTable.text;

/**
 * The matrix of one negotiation as {@code matrix.csv}: a row per proposal listed on the
 * date (every page of it, by title), four columns per party holding its stance then, the
 * position that decided it, its speaker and the best grade of its evidence, empty where
 * it had stated none. The stances are read as the page reads them
 * ({@link StanceReader#asOf}), {@value #BATCH} proposals at a time.
 */
@Component
public class MatrixExport {

	static final int BATCH = 500;

	/** The columns before the parties'. */
	static final List<Column> PROPOSAL_COLUMNS = List.of(integer("proposal_id"), text("proposal"),
			code("status", ProposalStatus.class), date("first_reported_on"));

	/**
	 * As the codebook shows it: four columns per party, the first named after the party.
	 */
	public static final CsvTable DESCRIBED = withColumns(partyColumns("{party}"));

	// The proposals the page lists on the date, in its order: every page of them.
	private static final String ROWS = "select p.id, p.title, p.status, p.first_reported_on " + MatrixReader.LISTED
			+ "order by p.title, p.id";

	private final Exports exports;

	private final StanceReader stances;

	private final BestGrades grades;

	MatrixExport(Exports exports, StanceReader stances, BestGrades grades) {
		this.exports = exports;
		this.stances = stances;
		this.grades = grades;
	}

	/** The table of a negotiation with these parties. */
	static CsvTable table(List<PartyColumn> parties) {
		return withColumns(parties.stream().flatMap((party) -> partyColumns(party.name()).stream()).toList());
	}

	/**
	 * A party's stance, the position that decided it (whose date and precision
	 * positions.csv gives), its speaker and the best grade of its evidence.
	 */
	private static List<Column> partyColumns(String party) {
		return List.of(code(party, Stance.class), integer(party + ".position_id"), text(party + ".speaker"),
				text(party + ".grade"));
	}

	private static CsvTable withColumns(List<Column> partyColumns) {
		List<Column> columns = new ArrayList<>(PROPOSAL_COLUMNS);
		columns.addAll(partyColumns);
		return new CsvTable("matrix", columns, "proposal_id", List.of());
	}

	/**
	 * Every row of the matrix on {@code asOf}, its cells holding the stances that pass
	 * the evidence filter.
	 */
	void write(NegotiationRef negotiation, List<PartyColumn> parties, LocalDate asOf, EvidenceFilter evidence,
			CsvRows rows) {
		List<Object[]> batch = new ArrayList<>();
		this.exports.stream(ROWS, new MapSqlParameterSource("negotiation", negotiation.id()).addValue("asOf", asOf),
				(rs) -> {
					batch.add(new Object[] { rs.getLong("id"), rs.getString("title"), rs.getString("status"),
							rs.getObject("first_reported_on", LocalDate.class) });
					if (batch.size() == BATCH) {
						writeBatch(batch, parties, asOf, evidence, rows);
					}
				});
		writeBatch(batch, parties, asOf, evidence, rows);
	}

	private void writeBatch(List<Object[]> batch, List<PartyColumn> parties, LocalDate asOf, EvidenceFilter evidence,
			CsvRows rows) {
		Map<List<Long>, StanceView> stance = new HashMap<>();
		for (StanceView view : this.stances.asOf(batch.stream().map((row) -> (Long) row[0]).toList(), asOf, evidence)) {
			stance.put(List.of(view.proposalId(), view.partyId()), view);
		}
		Map<Long, Matrix.Grade> grades = this.grades.of(stance.values().stream().map(StanceView::positionId).toList());
		for (Object[] proposal : batch) {
			List<Object> cells = new ArrayList<>(Arrays.asList(proposal));
			parties.forEach((party) -> {
				StanceView view = stance.get(List.of((Long) proposal[0], party.id()));
				Matrix.Grade grade = (view != null) ? grades.get(view.positionId()) : null;
				cells.add((view != null) ? view.stance() : null);
				cells.add((view != null) ? view.positionId() : null);
				cells.add((view != null) ? view.speakerName() : null);
				cells.add((grade != null) ? grade.admiraltyCode() : null);
			});
			rows.row(cells.toArray());
		}
		batch.clear();
	}

}
