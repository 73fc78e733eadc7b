package org.parley.account;

/**
 * What an account may do. Each role includes everything the one before it may do: an
 * {@link #ADMIN} is also an {@link #EDITOR}, an editor also an {@link #ANALYST}.
 */
public enum Role {

	/** Reads, compares, searches and exports. */
	ANALYST,

	/** Also records rounds, proposals, positions and their citations. */
	EDITOR,

	/** Also manages sources, users and roles, and reads the audit log. */
	ADMIN;

	/** The Spring Security authority for this role, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
