package org.parley.read.matrix;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.negotiation.PartyRole;
import org.parley.position.Stance;
import org.parley.position.StanceReader;
import org.parley.position.StanceView;
import org.parley.proposal.ProposalStatus;
import org.parley.read.ProposalRef;
import org.parley.source.EvidenceFilter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the stance matrix of a negotiation. A matrix costs at most six statements: one
 * page of proposals (with their total), the stances on {@code asOf} and the best grade of
 * their evidence, and with a compare date the stances then and the changes over the whole
 * negotiation; a count only when the page asked for lies past the end.
 */
@Component
public class MatrixReader {

	/** How many changed cells the summary lists at most. */
	static final int CHANGES_SHOWN = 100;

	/** How many negotiations the chooser offers at most. */
	static final int CHOICES_SHOWN = 200;

	private static final String NEGOTIATION = "select id, slug, title, description from negotiation ";

	private static final String PARTIES = """
			select pa.id, pa.name, pa.short_name, np.role
			from negotiation_party np join party pa on pa.id = np.party_id
			where np.negotiation_id = :negotiation
			order by case np.role when 'PARTY' then 0 when 'MEDIATOR' then 1 when 'GUARANTOR' then 2 else 3 end,
			         pa.name, pa.id
			""";

	// Proposals first reported after asOf are left out; count(*) over () is the total
	// before LIMIT.
	static final String LISTED = """
			from proposal p
			where p.negotiation_id = :negotiation
			  and (p.first_reported_on is null or p.first_reported_on <= :asOf)
			""";

	// Each row's preconditions: the proposals a party's position standing on asOf makes a
	// precondition of it, read with the row (only the page's rows are computed).
	private static final String ROWS = "select p.id, p.title, p.status, p.first_reported_on, count(*) over () as total, "
			+ """
					(select json_agg(json_build_object('party_id', po.party_id, 'id', w.id, 'title', w.title)
					        order by w.title, w.id)::text
					 from position_precondition c join position po on po.id = c.position_id
					 join proposal w on w.id = po.proposal_id
					 where c.proposal_id = p.id
					   and po.id = (select s.id from stance_as_of(po.proposal_id, po.party_id, :asOf) s)) as preconditions
					"""
			+ LISTED + "order by p.title, p.id limit :limit offset :offset";

	private static final String COUNT = "select count(*) " + LISTED;

	// A cell can differ between the two dates only if its current position was stated
	// after the earlier one: the rest stand as they are now on both dates and are never
	// read again. A stance the evidence filter leaves out counts as none.
	private static final String CHANGES = """
			with candidates as (
			    select cur.proposal_id, cur.party_id
			    from current_position cur join proposal pr on pr.id = cur.proposal_id
			    where pr.negotiation_id = :negotiation and cur.stated_on > least(:asOf, :compare)
			      and (pr.first_reported_on is null or pr.first_reported_on <= :asOf)
			      and exists (select 1 from position p
			                  where p.proposal_id = cur.proposal_id and p.party_id = cur.party_id
			                    and p.stated_on > least(:asOf, :compare) and p.stated_on <= greatest(:asOf, :compare))
			), cells as (
			    select c.proposal_id, c.party_id, now.id as now_id, case when %1$s then now.stance end as after,
			           earlier.id as earlier_id, case when %2$s then earlier.stance end as before
			    from candidates c
			    left join lateral stance_as_of(c.proposal_id, c.party_id, :asOf) now on true
			    left join lateral stance_as_of(c.proposal_id, c.party_id, :compare) earlier on true
			    left join position_evidence now_evidence on now_evidence.position_id = now.id
			    left join position_evidence earlier_evidence on earlier_evidence.position_id = earlier.id
			)
			select pr.id as proposal_id, pr.title, pa.id as party_id, pa.name as party_name,
			       cells.before, cells.after, coalesce(cells.now_id, cells.earlier_id) as position_id,
			       count(*) over () as total
			from cells
			join proposal pr on pr.id = cells.proposal_id
			join negotiation_party np on np.negotiation_id = :negotiation and np.party_id = cells.party_id
			join party pa on pa.id = np.party_id
			where cells.after is distinct from cells.before
			order by pr.title, pr.id, pa.name, pa.id
			limit :limit
			""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final NamedParameterJdbcTemplate jdbc;

	private final StanceReader stances;

	private final BestGrades grades;

	MatrixReader(NamedParameterJdbcTemplate jdbc, StanceReader stances, BestGrades grades) {
		this.jdbc = jdbc;
		this.stances = stances;
		this.grades = grades;
	}

	public Optional<NegotiationRef> negotiation(String slug) {
		return this.jdbc
			.query(NEGOTIATION + "where slug = :slug", new MapSqlParameterSource("slug", slug),
					(rs, row) -> new NegotiationRef(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
							rs.getString("description")))
			.stream()
			.findFirst();
	}

	/** The negotiations to choose from, by title. */
	List<NegotiationRef> choices() {
		return this.jdbc.query(NEGOTIATION + "order by title, id limit :limit",
				new MapSqlParameterSource("limit", CHOICES_SHOWN), (rs, row) -> new NegotiationRef(rs.getLong("id"),
						rs.getString("slug"), rs.getString("title"), rs.getString("description")));
	}

	/** The columns: parties first, then mediators, guarantors and observers, by name. */
	public List<PartyColumn> parties(long negotiationId) {
		return this.jdbc.query(PARTIES, new MapSqlParameterSource("negotiation", negotiationId),
				(rs, row) -> new PartyColumn(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
						PartyRole.valueOf(rs.getString("role"))));
	}

	/**
	 * The matrix of one negotiation.
	 * @param negotiation the negotiation
	 * @param parties its columns, from {@link #parties(long)}
	 * @param asOf the date the stances are read at
	 * @param compare the date to compare with, or {@code null}
	 * @param pageable which proposals (rows), by title
	 * @return the matrix
	 */
	public Matrix matrix(NegotiationRef negotiation, List<PartyColumn> parties, LocalDate asOf, LocalDate compare,
			Pageable pageable) {
		return matrix(negotiation, parties, asOf, compare, EvidenceFilter.NONE, pageable);
	}

	/**
	 * The matrix of one negotiation, its cells holding only stances that pass the
	 * evidence filter (a stance left out leaves its cell empty; an earlier one does not
	 * stand in for it).
	 * @param negotiation the negotiation
	 * @param parties its columns, from {@link #parties(long)}
	 * @param asOf the date the stances are read at
	 * @param compare the date to compare with, or {@code null}
	 * @param evidence which stances are shown
	 * @param pageable which proposals (rows), by title
	 * @return the matrix
	 */
	public Matrix matrix(NegotiationRef negotiation, List<PartyColumn> parties, LocalDate asOf, LocalDate compare,
			EvidenceFilter evidence, Pageable pageable) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("negotiation", negotiation.id())
			.addValue("asOf", asOf)
			.addValue("compare", compare)
			.addValue("limit", pageable.getPageSize())
			.addValue("offset", pageable.getOffset());
		long[] total = { 0 };
		List<ProposalRow> proposals = this.jdbc.query(ROWS, parameters, (rs, row) -> {
			total[0] = rs.getLong("total");
			Date reported = rs.getDate("first_reported_on");
			return new ProposalRow(rs.getLong("id"), rs.getString("title"),
					ProposalStatus.valueOf(rs.getString("status")), (reported != null) ? reported.toLocalDate() : null,
					preconditions(rs.getString("preconditions")));
		});
		if (proposals.isEmpty() && pageable.getOffset() > 0) {
			total[0] = this.jdbc.queryForObject(COUNT, parameters, Long.class);
		}
		List<Long> ids = proposals.stream().map(ProposalRow::id).toList();
		Map<List<Long>, StanceView> now = byCell(this.stances.asOf(ids, asOf, evidence));
		Map<List<Long>, StanceView> earlier = (compare != null) ? byCell(this.stances.asOf(ids, compare, evidence))
				: Map.of();
		Map<Long, Matrix.Grade> grades = this.grades.of(now.values().stream().map(StanceView::positionId).toList());
		List<Matrix.Row> rows = new ArrayList<>();
		for (ProposalRow proposal : proposals) {
			List<Matrix.Cell> cells = new ArrayList<>();
			for (PartyColumn party : parties) {
				List<Long> key = List.of(proposal.id(), party.id());
				StanceView stance = now.get(key);
				cells.add(new Matrix.Cell(party, stance, compare != null, earlier.get(key),
						(stance != null) ? grades.get(stance.positionId()) : null,
						proposal.preconditions().getOrDefault(party.id(), List.of())));
			}
			boolean newSinceCompare = compare != null && proposal.firstReportedOn() != null
					&& proposal.firstReportedOn().isAfter(compare);
			rows.add(new Matrix.Row(proposal.id(), proposal.title(), proposal.status(), proposal.firstReportedOn(),
					newSinceCompare, List.copyOf(cells)));
		}
		long[] changeCount = { 0 };
		List<Matrix.Change> changes = List.of();
		if (compare != null) {
			String changed = CHANGES.formatted(evidence.condition("now_evidence", parameters),
					evidence.condition("earlier_evidence", parameters));
			changes = this.jdbc.query(changed, parameters.addValue("limit", CHANGES_SHOWN), (rs, row) -> {
				changeCount[0] = rs.getLong("total");
				return new Matrix.Change(rs.getLong("proposal_id"), rs.getString("title"), rs.getLong("party_id"),
						rs.getString("party_name"), stance(rs.getString("before")), stance(rs.getString("after")),
						rs.getLong("position_id"));
			});
		}
		return new Matrix(negotiation, parties, new PageImpl<>(rows, pageable, total[0]), asOf, compare, evidence,
				changes, changeCount[0]);
	}

	private static Stance stance(String name) {
		return (name != null) ? Stance.valueOf(name) : null;
	}

	private static Map<List<Long>, StanceView> byCell(List<StanceView> views) {
		Map<List<Long>, StanceView> cells = new HashMap<>();
		for (StanceView view : views) {
			cells.put(List.of(view.proposalId(), view.partyId()), view);
		}
		return cells;
	}

	/** The proposals each party makes a precondition of a row's proposal, by party. */
	@SuppressWarnings("unchecked")
	private static Map<Long, List<ProposalRef>> preconditions(String json) {
		if (json == null) {
			return Map.of();
		}
		Map<Long, List<ProposalRef>> byParty = new HashMap<>();
		for (Map<String, Object> item : (List<Map<String, Object>>) JSON.readValue(json, List.class)) {
			byParty.computeIfAbsent(((Number) item.get("party_id")).longValue(), (party) -> new ArrayList<>())
				.add(new ProposalRef(((Number) item.get("id")).longValue(), (String) item.get("title")));
		}
		return byParty;
	}

	private record ProposalRow(long id, String title, ProposalStatus status, LocalDate firstReportedOn,
			Map<Long, List<ProposalRef>> preconditions) {
	}

}
