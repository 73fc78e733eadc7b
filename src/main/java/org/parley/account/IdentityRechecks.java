package org.parley.account;

import java.time.Instant;
import java.util.Optional;

/**
 * The proofs asked again of someone signed in (the current password to change it; the
 * password and a code to switch the second factor off), held to the sign-in pause: a
 * wrong one counts as a failed sign-in for the account from the address it came from and
 * is audited like one, and while sign-in is paused there, they are refused even when
 * right. A right one records nothing, so it never clears the failures the pause counts
 * (wrong second-factor codes among them). Kept by the security module, beside the pause
 * itself.
 */
public interface IdentityRechecks {

	/**
	 * Whether a re-check may go ahead.
	 * @param purpose what it is for, in words, for the audit trail
	 * @return empty if so; otherwise when it may be tried again (the refusal audited)
	 */
	Optional<Instant> refuseWhilePaused(String username, String address, String purpose);

	/**
	 * Counts a wrong re-check against the pause and audits it.
	 * @param detail what was wrong, in words, for the audit trail
	 */
	void failed(String username, String address, String detail);

}
