package org.parley.audit;

/**
 * What an audit entry records. The database accepts any upper-case name, so a new action
 * needs no migration.
 */
public enum AuditAction {

	/** A record was added. */
	CREATE,

	/** A record's fields changed. */
	UPDATE,

	/** A record was removed. */
	DELETE,

	/** Someone signed in. */
	SIGN_IN_SUCCEEDED,

	/** A sign-in was refused (wrong password, unknown, disabled or locked account). */
	SIGN_IN_FAILED,

	/** An account's role changed (recorded beside the UPDATE that changed it). */
	ROLE_CHANGED,

	/** A personal API token was made. */
	TOKEN_CREATED,

	/** A personal API token was revoked. */
	TOKEN_REVOKED,

	/** Someone signed out one of their other sessions, or all of them. */
	SESSION_REVOKED,

	/** Two duplicate records became one. */
	MERGE

}
