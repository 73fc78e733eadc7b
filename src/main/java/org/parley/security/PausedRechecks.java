package org.parley.security;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.parley.account.IdentityRechecks;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditTrail;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-checks on one's own account pages counted in the same {@link SignInAttempts} as
 * signing in, so a stolen session cannot guess the password (or the second factor) there
 * without limit, and audited as refused sign-ins.
 */
@Component
class PausedRechecks implements IdentityRechecks {

	private final SignInAttempts attempts;

	private final AuditTrail audit;

	PausedRechecks(SignInAttempts attempts, AuditTrail audit) {
		this.attempts = attempts;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Optional<Instant> refuseWhilePaused(String username, String address, String purpose) {
		Optional<Instant> until = this.attempts.pausedUntil(username, address);
		until.ifPresent((instant) -> this.audit.record(AuditAction.SIGN_IN_FAILED, "Account", null, Map.of(),
				"account locked: " + purpose + " refused"));
		return until;
	}

	@Override
	@Transactional
	public void failed(String username, String address, String detail) {
		this.attempts.record(username, address, false);
		this.audit.record(AuditAction.SIGN_IN_FAILED, "Account", null, Map.of(), detail);
	}

}
