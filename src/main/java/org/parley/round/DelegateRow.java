package org.parley.round;

import jakarta.validation.constraints.Size;
import org.parley.web.FormText;

/**
 * A delegate row of every form that records a round's delegates (the round form, the
 * quick log): a person on record, or a new one by full name and the party they speak for,
 * and their post at the round.
 */
public class DelegateRow {

	private Long personId;

	@Size(max = 200, message = "{round.form.delegate.fullName.size}")
	private String fullName;

	private Long partyId;

	@Size(max = Round.MAX_POST, message = "{round.form.delegate.post.size}")
	private String post;

	public DelegateRow() {
	}

	public DelegateRow(Long personId, String fullName, Long partyId, String post) {
		this.personId = personId;
		this.fullName = fullName;
		this.partyId = partyId;
		this.post = post;
	}

	/** Whether the row names nothing, so the form leaves it out. */
	public boolean isEmpty() {
		return this.personId == null && this.fullName == null && this.partyId == null && this.post == null;
	}

	/** Whether this row names a new person, who can then be a position's speaker. */
	public boolean isNewPerson() {
		return this.personId == null && this.fullName != null;
	}

	/** The row as the round's record takes it. */
	public RoundDetails.Delegate toDelegate() {
		return new RoundDetails.Delegate(this.personId, (this.personId == null) ? this.fullName : null,
				(this.personId == null) ? this.partyId : null, this.post);
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = FormText.trimmed(fullName);
	}

	public Long getPartyId() {
		return this.partyId;
	}

	public void setPartyId(Long partyId) {
		this.partyId = partyId;
	}

	public String getPost() {
		return this.post;
	}

	public void setPost(String post) {
		this.post = FormText.trimmed(post);
	}

}
