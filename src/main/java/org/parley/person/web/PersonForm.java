package org.parley.person.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.person.Person;
import org.parley.person.PersonDetails;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a person. Blank optional fields count as empty. The version
 * is the one the editor saw.
 */
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

	static PersonForm of(Person person) {
		PersonForm form = new PersonForm();
		form.setVersion(person.getVersion());
		form.setFullName(person.getFullName());
		form.setNativeName(person.getNativeName());
		form.setTitle(person.getTitle());
		form.setPartyId((person.getParty() != null) ? person.getParty().getId() : null);
		return form;
	}

	PersonDetails toDetails() {
		return new PersonDetails(this.fullName, this.nativeName, this.title, this.partyId);
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
