package org.parley.topic.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.topic.Region;
import org.parley.topic.RegionDetails;
import org.parley.web.CountryCode;
import org.parley.web.FormText;
import org.parley.web.MergeState;

/**
 * The create and edit form of a region: its name, country and the region it lies within
 * (none for a top-level one). The country code is taken in capitals. The version is the
 * one the admin saw.
 */
public class RegionForm {

	/**
	 * How the record was when the form was opened, to merge with a save made meanwhile.
	 */
	private final MergeState merge = new MergeState();

	private Long version;

	@NotBlank(message = "{region.form.name.required}")
	@Size(max = 200, message = "{region.form.name.size}")
	private String name;

	@CountryCode
	private String countryCode;

	private Long parentId;

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.setVersion(region.getVersion());
		form.setName(region.getName());
		form.setCountryCode(region.getCountryCode());
		form.setParentId((region.getParent() != null) ? region.getParent().getId() : null);
		return form;
	}

	RegionDetails toDetails() {
		return new RegionDetails(this.name, this.countryCode, this.parentId);
	}

	/**
	 * Each field as shown, in form order, for comparing with someone else's change.
	 * @param regions how a region reads
	 * @return the fields by name
	 */
	Map<String, String> describe(LongFunction<String> regions) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", this.name);
		fields.put("countryCode", this.countryCode);
		fields.put("parentId", (this.parentId != null) ? regions.apply(this.parentId) : null);
		return fields;
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

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = FormText.upper(countryCode);
	}

	public Long getParentId() {
		return this.parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

}
