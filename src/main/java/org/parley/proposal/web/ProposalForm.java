package org.parley.proposal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.proposal.Disclosure;
import org.parley.proposal.Proposal;
import org.parley.proposal.ProposalDetails;
import org.parley.proposal.ProposalRelation;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.source.Bearing;
import org.parley.source.CitationRow;
import org.parley.web.FormText;
import org.parley.web.FormRows;
import org.parley.web.MergeState;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create and edit form of a proposal. Points, relations and citations are rows; a row
 * without its text, target or citation is left out, so the form can offer an empty row.
 * Points are added, removed and moved by submit buttons that re-render the form without
 * saving, so no JavaScript is needed. The version is the one the editor saw.
 */
@FormRows(max = ProposalForm.MAX_ROWS)
public class ProposalForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	/** Rows of one kind a form may hold. */
	static final int MAX_ROWS = Proposal.MAX_ROWS;

	private Long version;

	@NotNull(message = "{proposal.form.negotiationId.required}")
	private Long negotiationId;

	@NotBlank(message = "{proposal.form.title.required}")
	@Size(max = 300, message = "{proposal.form.title.size}")
	private String title;

	@Size(max = 20000, message = "{proposal.form.summary.size}")
	private String summary;

	@NotNull(message = "{proposal.form.status.required}")
	private ProposalStatus status = ProposalStatus.FLOATED;

	@NotNull(message = "{proposal.form.disclosure.required}")
	private Disclosure disclosure = Disclosure.REPORTED;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate firstReportedOn;

	private Long firstReportedCitationId;

	private List<Long> proposerIds = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{proposal.form.points.size}")
	private List<PointRow> points = new ArrayList<>();

	private List<Long> topicIds = new ArrayList<>();

	private List<Long> regionIds = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{proposal.form.relations.size}")
	private List<RelationRow> relations = new ArrayList<>();

	@Valid
	@Size(max = MAX_ROWS, message = "{proposal.form.citations.size}")
	private List<CitationRow> citations = new ArrayList<>();

	/** A form for a new proposal, with an empty row of each kind. */
	static ProposalForm empty(Long negotiationId) {
		ProposalForm form = new ProposalForm();
		form.setNegotiationId(negotiationId);
		form.addEmptyRows();
		return form;
	}

	static ProposalForm of(long version, ProposalDetails details) {
		ProposalForm form = new ProposalForm();
		form.setVersion(version);
		form.setNegotiationId(details.negotiationId());
		form.setTitle(details.title());
		form.setSummary(details.summary());
		form.setStatus(details.status());
		form.setDisclosure(details.disclosure());
		form.setFirstReportedOn(details.firstReportedOn());
		form.setFirstReportedCitationId(details.firstReportedCitationId());
		form.proposerIds.addAll(details.proposerIds());
		details.points().forEach((point) -> form.points.add(new PointRow(point.id(), point.label(), point.text())));
		form.topicIds.addAll(details.topicIds());
		form.regionIds.addAll(details.regionIds());
		details.relations().forEach((link) -> form.relations.add(RelationRow.of(link)));
		details.citations()
			.forEach((cited) -> form.citations.add(new CitationRow(cited.citationId(), cited.bearing())));
		form.addEmptyRows();
		return form;
	}

	void addEmptyRows() {
		addPoint();
		addRelation();
		addCitation();
		offerRelationCitations();
	}

	/**
	 * Every relation row ends with an empty report row, while it holds fewer than its
	 * cap.
	 */
	void offerRelationCitations() {
		this.relations.stream().filter(Objects::nonNull).forEach(RelationRow::offerCitation);
	}

	void addPoint() {
		if (this.points.size() < MAX_ROWS) {
			this.points.add(new PointRow(null, null, null));
		}
	}

	void addRelation() {
		if (this.relations.size() < MAX_ROWS) {
			RelationRow row = new RelationRow(RelationKind.PART_OF, null);
			row.offerCitation();
			this.relations.add(row);
		}
	}

	void addCitation() {
		if (this.citations.size() < MAX_ROWS) {
			this.citations.add(new CitationRow(null, Bearing.SUPPORTS));
		}
	}

	void removePoint(int index) {
		if (index >= 0 && index < this.points.size()) {
			this.points.remove(index);
		}
	}

	/**
	 * Swaps a point with its neighbour.
	 * @param index the point's row
	 * @param by -1 to move it up, 1 to move it down
	 */
	void movePoint(int index, int by) {
		int other = index + by;
		if (index >= 0 && index < this.points.size() && other >= 0 && other < this.points.size()) {
			Collections.swap(this.points, index, other);
		}
	}

	/** The point rows with text. */
	List<PointRow> filledPoints() {
		return this.points.stream().filter((row) -> row != null && row.getText() != null).toList();
	}

	/** The relation rows that name a target. */
	List<RelationRow> filledRelations() {
		return this.relations.stream().filter((row) -> row != null && row.getTargetId() != null).toList();
	}

	/** The citation rows that name a citation. */
	List<CitationRow> filledCitations() {
		return CitationRow.filled(this.citations);
	}

	ProposalDetails toDetails() {
		return new ProposalDetails(this.negotiationId, this.title, this.summary, this.status, this.disclosure,
				this.firstReportedOn, this.firstReportedCitationId, distinct(this.proposerIds),
				filledPoints().stream()
					.map((row) -> new ProposalDetails.Point(row.getId(), row.getLabel(), row.getText()))
					.toList(),
				distinct(this.topicIds), distinct(this.regionIds),
				filledRelations().stream()
					.map((row) -> new ProposalDetails.Link(row.getKind(), row.getTargetId(), row.getNote(),
							row.cited()))
					.toList(),
				filledCitations().stream()
					.map((row) -> new ProposalDetails.Cited(row.getCitationId(), row.getBearing()))
					.toList());
	}

	private static List<Long> distinct(List<Long> ids) {
		return ids.stream().filter(Objects::nonNull).distinct().toList();
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change. Lists
	 * of records are named and sorted, so their order does not count; points keep theirs.
	 * @param names the name of a record of a kind ("negotiation", "party", "topic",
	 * "region", "proposal", "citation") by id
	 * @param words the words for an enum value
	 * @return the fields by name
	 */
	Map<String, String> describe(Function<String, LongFunction<String>> names, Function<Enum<?>, String> words) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("negotiationId",
				(this.negotiationId != null) ? names.apply("negotiation").apply(this.negotiationId) : null);
		fields.put("title", this.title);
		fields.put("summary", this.summary);
		fields.put("status", (this.status != null) ? words.apply(this.status) : null);
		fields.put("disclosure", (this.disclosure != null) ? words.apply(this.disclosure) : null);
		fields.put("firstReportedOn", (this.firstReportedOn != null) ? this.firstReportedOn.toString() : null);
		fields.put("firstReportedCitationId", (this.firstReportedCitationId != null)
				? names.apply("citation").apply(this.firstReportedCitationId) : null);
		fields.put("proposerIds", named(this.proposerIds, names.apply("party")));
		List<PointRow> filled = filledPoints();
		fields.put("points",
				java.util.stream.IntStream.range(0, filled.size())
					.mapToObj((i) -> ((filled.get(i).getLabel() != null) ? filled.get(i).getLabel() : "" + (i + 1))
							+ ". " + filled.get(i).getText())
					.collect(Collectors.joining("\n")));
		fields.put("topicIds", named(this.topicIds, names.apply("topic")));
		fields.put("regionIds", named(this.regionIds, names.apply("region")));
		fields.put("relations",
				filledRelations().stream()
					.map((row) -> ((row.getKind() != null) ? words.apply(row.getKind()) : "?") + " "
							+ names.apply("proposal").apply(row.getTargetId())
							+ ((row.getNote() != null) ? " (" + row.getNote() + ")" : "")
							+ row.filledCitations()
								.stream()
								.map((cited) -> ", " + names.apply("citation").apply(cited.getCitationId()) + " ("
										+ ((cited.getBearing() != null) ? words.apply(cited.getBearing()) : "?") + ")")
								.sorted()
								.collect(Collectors.joining()))
					.sorted()
					.collect(Collectors.joining("; ")));
		fields.put("citations",
				filledCitations().stream()
					.map((row) -> names.apply("citation").apply(row.getCitationId()) + " ("
							+ ((row.getBearing() != null) ? words.apply(row.getBearing()) : "?") + ")")
					.sorted()
					.collect(Collectors.joining("; ")));
		return fields;
	}

	private static String named(List<Long> ids, LongFunction<String> name) {
		return ids.stream()
			.filter(Objects::nonNull)
			.distinct()
			.map(name::apply)
			.sorted()
			.collect(Collectors.joining(", "));
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Long getNegotiationId() {
		return this.negotiationId;
	}

	public void setNegotiationId(Long negotiationId) {
		this.negotiationId = negotiationId;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.trimmed(title);
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = FormText.trimmed(summary);
	}

	public ProposalStatus getStatus() {
		return this.status;
	}

	public void setStatus(ProposalStatus status) {
		this.status = status;
	}

	public Disclosure getDisclosure() {
		return this.disclosure;
	}

	public void setDisclosure(Disclosure disclosure) {
		this.disclosure = disclosure;
	}

	public LocalDate getFirstReportedOn() {
		return this.firstReportedOn;
	}

	public void setFirstReportedOn(LocalDate firstReportedOn) {
		this.firstReportedOn = firstReportedOn;
	}

	public Long getFirstReportedCitationId() {
		return this.firstReportedCitationId;
	}

	public void setFirstReportedCitationId(Long firstReportedCitationId) {
		this.firstReportedCitationId = firstReportedCitationId;
	}

	public List<Long> getProposerIds() {
		return this.proposerIds;
	}

	public void setProposerIds(List<Long> proposerIds) {
		this.proposerIds = (proposerIds != null) ? proposerIds : new ArrayList<>();
	}

	public List<PointRow> getPoints() {
		return this.points;
	}

	public void setPoints(List<PointRow> points) {
		this.points = (points != null) ? points : new ArrayList<>();
	}

	public List<Long> getTopicIds() {
		return this.topicIds;
	}

	public void setTopicIds(List<Long> topicIds) {
		this.topicIds = (topicIds != null) ? topicIds : new ArrayList<>();
	}

	public List<Long> getRegionIds() {
		return this.regionIds;
	}

	public void setRegionIds(List<Long> regionIds) {
		this.regionIds = (regionIds != null) ? regionIds : new ArrayList<>();
	}

	public List<RelationRow> getRelations() {
		return this.relations;
	}

	public void setRelations(List<RelationRow> relations) {
		this.relations = (relations != null) ? relations : new ArrayList<>();
	}

	public List<CitationRow> getCitations() {
		return this.citations;
	}

	public void setCitations(List<CitationRow> citations) {
		this.citations = (citations != null) ? citations : new ArrayList<>();
	}

	/** One point: the stored point it is (if any), its printed label and its text. */
	public static class PointRow {

		private Long id;

		@Size(max = 50, message = "{proposal.form.point.label.size}")
		private String label;

		@Size(max = 20000, message = "{proposal.form.point.text.size}")
		private String text;

		public PointRow() {
		}

		PointRow(Long id, String label, String text) {
			this.id = id;
			this.label = label;
			this.text = text;
		}

		public Long getId() {
			return this.id;
		}

		public void setId(Long id) {
			this.id = id;
		}

		public String getLabel() {
			return this.label;
		}

		public void setLabel(String label) {
			this.label = FormText.trimmed(label);
		}

		public String getText() {
			return this.text;
		}

		public void setText(String text) {
			this.text = FormText.trimmed(text);
		}

	}

	/**
	 * "This proposal &lt;kind&gt; target", why (the note) and the reports that say so; a
	 * report row without a report is left out.
	 */
	public static class RelationRow {

		private RelationKind kind;

		private Long targetId;

		@Size(max = 20000, message = "{proposal.form.relation.note.size}")
		private String note;

		@Valid
		@Size(max = ProposalRelation.MAX_CITATIONS, message = "{proposal.form.relation.citations.size}")
		private List<CitationRow> citations = new ArrayList<>();

		public RelationRow() {
		}

		RelationRow(RelationKind kind, Long targetId) {
			this.kind = kind;
			this.targetId = targetId;
		}

		static RelationRow of(ProposalDetails.Link link) {
			RelationRow row = new RelationRow(link.kind(), link.targetId());
			row.setNote(link.note());
			link.citations()
				.forEach((cited) -> row.citations.add(new CitationRow(cited.citationId(), cited.bearing())));
			return row;
		}

		void offerCitation() {
			CitationRow.offerEmpty(this.citations, ProposalRelation.MAX_CITATIONS);
		}

		/** The report rows that name a report. */
		List<CitationRow> filledCitations() {
			return CitationRow.filled(this.citations);
		}

		List<org.parley.source.Cited> cited() {
			return CitationRow.cited(this.citations);
		}

		public RelationKind getKind() {
			return this.kind;
		}

		public void setKind(RelationKind kind) {
			this.kind = kind;
		}

		public Long getTargetId() {
			return this.targetId;
		}

		public void setTargetId(Long targetId) {
			this.targetId = targetId;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = FormText.trimmed(note);
		}

		public List<CitationRow> getCitations() {
			return this.citations;
		}

		public void setCitations(List<CitationRow> citations) {
			this.citations = (citations != null) ? citations : new ArrayList<>();
		}

	}

}
