package org.parley.topic.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.topic.Topic;
import org.parley.topic.TopicDetails;
import org.parley.web.FormRows;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a topic. A blank description counts as none. The version is
 * the one the admin saw.
 */
@FormRows(max = Topic.MAX_CLAIMS)
public class TopicForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	private Long version;

	@NotBlank(message = "{topic.form.name.required}")
	@Size(max = 200, message = "{topic.form.name.size}")
	private String name;

	@Size(max = 2000, message = "{topic.form.description.size}")
	private String description;

	@Valid
	@Size(max = Topic.MAX_CLAIMS, message = "{topic.form.claims.size}")
	private List<ClaimRow> claims = new ArrayList<>();

	/** A form for a new topic, with an empty claim row. */
	static TopicForm empty() {
		TopicForm form = new TopicForm();
		form.addClaim();
		return form;
	}

	static TopicForm of(long version, TopicDetails details) {
		TopicForm form = new TopicForm();
		form.setVersion(version);
		form.setName(details.name());
		form.setDescription(details.description());
		details.claims().forEach((claim) -> form.claims.add(ClaimRow.of(claim)));
		form.addClaim();
		return form;
	}

	/** An empty claim row at the end, and an empty report row on every claim. */
	void addClaim() {
		if (this.claims.size() < Topic.MAX_CLAIMS) {
			this.claims.add(new ClaimRow());
		}
		offerCitations();
	}

	void offerCitations() {
		this.claims.stream().filter((row) -> row != null).forEach(ClaimRow::offerCitation);
	}

	void removeClaim(int index) {
		if (index >= 0 && index < this.claims.size()) {
			this.claims.remove(index);
		}
		offerCitations();
	}

	/** The claim rows with anything filled in. */
	List<ClaimRow> filledClaims() {
		return this.claims.stream().filter((row) -> row != null && row.isFilled()).toList();
	}

	TopicDetails toDetails() {
		return new TopicDetails(this.name, this.description, filledClaims().stream().map(ClaimRow::toDetails).toList());
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param names the name of a record of a kind ("party", "citation") by id
	 */
	Map<String, String> describe(Function<String, LongFunction<String>> names) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("description", this.description);
		fields.put("claims",
				filledClaims().stream()
					.map((row) -> row.getClaim()
							+ ((row.getPartyId() != null) ? " — " + names.apply("party").apply(row.getPartyId()) : "")
							+ ((row.getStatedOn() != null) ? " (" + row.getStatedOn() + ")" : "")
							+ row.filledCitations()
								.stream()
								.map((cited) -> ", " + names.apply("citation").apply(cited.getCitationId()) + " "
										+ cited.getBearing())
								.collect(Collectors.joining()))
					.collect(Collectors.joining("\n")));
		return fields;
	}

	public List<ClaimRow> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimRow> claims) {
		this.claims = (claims != null) ? claims : new ArrayList<>();
	}

	public MergeState getMerge() {
		return this.merge;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = FormText.trimmed(name);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = FormText.trimmed(description);
	}

}
