package org.parley.negotiation.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationDetails;
import org.parley.negotiation.NegotiationParty;
import org.parley.negotiation.PartyRole;
import org.parley.web.FormText;
import org.parley.web.FormRows;
import org.parley.web.MergeState;

/**
 * The create and edit form of a negotiation. The parties involved are a set of rows, each
 * a party and its role; a row without a party is ignored, so the form can offer empty
 * rows and grow by one without JavaScript. The version is the one the editor saw.
 */
@FormRows(max = NegotiationForm.MAX_ROWS)
public class NegotiationForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	/** Rows a form may hold. */
	static final int MAX_ROWS = 60;

	private Long version;

	@NotBlank(message = "{negotiation.form.title.required}")
	@Size(max = 200, message = "{negotiation.form.title.size}")
	private String title;

	@Size(max = 100, message = "{negotiation.form.slug.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{negotiation.form.slug.invalid}")
	private String slug;

	@Size(max = 20000, message = "{negotiation.form.description.size}")
	private String description;

	@Valid
	@Size(max = MAX_ROWS, message = "{negotiation.form.parties.size}")
	private List<PartyRow> parties = new ArrayList<>();

	/** A form for a new negotiation, with a few empty rows for its parties. */
	static NegotiationForm empty() {
		NegotiationForm form = new NegotiationForm();
		form.addRows(3);
		return form;
	}

	static NegotiationForm of(Negotiation negotiation) {
		NegotiationForm form = new NegotiationForm();
		form.setVersion(negotiation.getVersion());
		form.setTitle(negotiation.getTitle());
		form.setSlug(negotiation.getSlug());
		form.setDescription(negotiation.getDescription());
		for (NegotiationParty membership : negotiation.getParties()) {
			form.parties.add(new PartyRow(membership.getParty().getId(), membership.getRole()));
		}
		form.addRows(1);
		return form;
	}

	void addRows(int count) {
		for (int i = 0; i < count && this.parties.size() < MAX_ROWS; i++) {
			this.parties.add(new PartyRow(null, PartyRole.PARTY));
		}
	}

	/** The rows that name a party. */
	List<PartyRow> filledRows() {
		return this.parties.stream().filter((row) -> row != null && row.getPartyId() != null).toList();
	}

	NegotiationDetails toDetails() {
		return new NegotiationDetails(this.title, this.slug, this.description,
				filledRows().stream()
					.map((row) -> new NegotiationDetails.Involvement(row.getPartyId(), row.getRole()))
					.toList());
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change. The
	 * parties are listed by name, so the order of the rows does not count.
	 * @param partyNames the name of a party by id
	 * @param roles the words for a role
	 * @return the fields by name
	 */
	Map<String, String> describe(LongFunction<String> partyNames, Function<PartyRole, String> roles) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", this.title);
		fields.put("slug", this.slug);
		fields.put("description", this.description);
		fields.put("parties",
				filledRows().stream()
					.map((row) -> partyNames.apply(row.getPartyId()) + " ("
							+ ((row.getRole() != null) ? roles.apply(row.getRole()) : "?") + ")")
					.sorted(Comparator.naturalOrder())
					.collect(Collectors.joining(", ")));
		return fields;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.trimmed(title);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = FormText.trimmed(slug);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = FormText.trimmed(description);
	}

	public List<PartyRow> getParties() {
		return this.parties;
	}

	public void setParties(List<PartyRow> parties) {
		this.parties = (parties != null) ? parties : new ArrayList<>();
	}

	/** One party and its role. */
	public static class PartyRow {

		private Long partyId;

		private PartyRole role;

		public PartyRow() {
		}

		PartyRow(Long partyId, PartyRole role) {
			this.partyId = partyId;
			this.role = role;
		}

		public Long getPartyId() {
			return this.partyId;
		}

		public void setPartyId(Long partyId) {
			this.partyId = partyId;
		}

		public PartyRole getRole() {
			return this.role;
		}

		public void setRole(PartyRole role) {
			this.role = role;
		}

	}

}
