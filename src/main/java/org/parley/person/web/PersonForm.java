package org.parley.person.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.person.Person;
import org.parley.person.PersonDetails;
import org.parley.web.FormRows;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a person. Blank optional fields count as empty. The version
 * is the one the editor saw.
 */
@FormRows(max = Person.MAX_TITLES)
public class PersonForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	private Long version;

	@NotBlank(message = "{person.form.fullName.required}")
	@Size(max = 200, message = "{person.form.fullName.size}")
	private String fullName;

	@Size(max = 200, message = "{person.form.nativeName.size}")
	private String nativeName;

	@Size(max = 300, message = "{person.form.title.size}")
	private String title;

	private Long partyId;

	@Valid
	@Size(max = Person.MAX_TITLES, message = "{person.form.titles.size}")
	private List<TitleRow> titles = new ArrayList<>();

	/** A form for a new person, with an empty title row. */
	static PersonForm empty() {
		PersonForm form = new PersonForm();
		form.addTitle();
		return form;
	}

	static PersonForm of(long version, PersonDetails details) {
		PersonForm form = new PersonForm();
		form.setVersion(version);
		form.setFullName(details.fullName());
		form.setNativeName(details.nativeName());
		form.setTitle(details.title());
		form.setPartyId(details.partyId());
		details.titles().forEach((held) -> form.titles.add(TitleRow.of(held)));
		form.addTitle();
		return form;
	}

	/** An empty title row at the end, and an empty report row on every title. */
	void addTitle() {
		if (this.titles.size() < Person.MAX_TITLES) {
			this.titles.add(new TitleRow());
		}
		offerCitations();
	}

	void offerCitations() {
		this.titles.stream().filter((row) -> row != null).forEach(TitleRow::offerCitation);
	}

	void removeTitle(int index) {
		if (index >= 0 && index < this.titles.size()) {
			this.titles.remove(index);
		}
		offerCitations();
	}

	List<TitleRow> filledTitles() {
		return this.titles.stream().filter((row) -> row != null && row.isFilled()).toList();
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.fullName, this.nativeName, this.title, this.partyId,
				filledTitles().stream().map(TitleRow::toDetails).toList());
	}

	public List<TitleRow> getTitles() {
		return this.titles;
	}

	public void setTitles(List<TitleRow> titles) {
		this.titles = (titles != null) ? titles : new ArrayList<>();
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param partyNames the name of a party by id
	 * @return the fields by name
	 */
	Map<String, String> describe(LongFunction<String> partyNames) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("fullName", this.fullName);
		fields.put("nativeName", this.nativeName);
		fields.put("title", this.title);
		fields.put("partyId", (this.partyId != null) ? partyNames.apply(this.partyId) : null);
		fields.put("titles",
				filledTitles().stream()
					.map((row) -> row.getTitle() + " (" + row.getHeldOn() + ")"
							+ row.filledCitations()
								.stream()
								.map((cited) -> ", #" + cited.getCitationId() + " " + cited.getBearing())
								.collect(Collectors.joining()))
					.collect(Collectors.joining("\n")));
		return fields;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = FormText.trimmed(fullName);
	}

	public String getNativeName() {
		return this.nativeName;
	}

	public void setNativeName(String nativeName) {
		this.nativeName = FormText.trimmed(nativeName);
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = FormText.trimmed(title);
	}

	public Long getPartyId() {
		return this.partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

}
