package org.parley.topic.web;

import jakarta.validation.constraints.NotNull;

/**
 * Which record to keep when merging a duplicate into it; the duplicate's version as the
 * admin saw it; and whether the admin confirmed, having seen what moves.
 */
public class MergeForm {

	@NotNull(message = "{merge.record.keep.required}")
	private Long keep;

	private Long version;

	private boolean confirmed;

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

	public boolean isConfirmed() {
		return this.confirmed;
	}

	public void setConfirmed(boolean confirmed) {
		this.confirmed = confirmed;
	}

}
