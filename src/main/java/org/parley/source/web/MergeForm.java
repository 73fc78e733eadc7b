package org.parley.source.web;

import jakarta.validation.constraints.NotNull;

/** Which source to keep when merging a duplicate into it; the duplicate's version. */
public class MergeForm {

	@NotNull(message = "{source.merge.keep.required}")
	private Long keep;

	private Long version;

	public Long getKeep() {
		return this.keep;
	}

	public void setKeep(Long keep) {
		this.keep = keep;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
