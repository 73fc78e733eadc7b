package org.parley.party.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.party.Party;
import org.parley.party.PartyDetails;
import org.parley.party.PartyKind;
import org.parley.web.CountryCode;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a party. Blank optional fields count as empty; the country
 * code is taken in capitals. The version is the one the editor saw.
 */
public class PartyForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	public MergeState getMerge() {
		return this.merge;
	}

	private Long version;

	@NotBlank(message = "{party.form.name.required}")
	@Size(max = 200, message = "{party.form.name.size}")
	private String name;

	@Size(max = 50, message = "{party.form.shortName.size}")
	private String shortName;

	@NotNull(message = "{party.form.kind.required}")
	private PartyKind kind;

	@CountryCode
	private String countryCode;

	static PartyForm empty() {
		PartyForm form = new PartyForm();
		form.setKind(PartyKind.STATE);
		return form;
	}

	static PartyForm of(Party party) {
		PartyForm form = new PartyForm();
		form.setVersion(party.getVersion());
		form.setName(party.getName());
		form.setShortName(party.getShortName());
		form.setKind(party.getKind());
		form.setCountryCode(party.getCountryCode());
		return form;
	}

	PartyDetails toDetails() {
		return new PartyDetails(this.name, this.shortName, this.kind, this.countryCode);
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param kinds the words for a kind
	 * @return the fields by name
	 */
	Map<String, String> describe(Function<PartyKind, String> kinds) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("shortName", this.shortName);
		fields.put("kind", (this.kind != null) ? kinds.apply(this.kind) : null);
		fields.put("countryCode", this.countryCode);
		return fields;
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

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = FormText.trimmed(shortName);
	}

	public PartyKind getKind() {
		return this.kind;
	}

	public void setKind(PartyKind kind) {
		this.kind = kind;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = FormText.upper(countryCode);
	}

}
