package org.parley.account;

import java.util.List;
import java.util.Objects;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Creating and changing accounts, with the rules that span more than one account: a
 * username is taken once, every password passes the {@link PasswordPolicy}, and the last
 * enabled admin is never disabled or demoted. When an account is disabled, changes role
 * or has its password reset, its sessions end, so the change takes effect at once.
 */
@Service
@Transactional
public class AccountService {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
	}

	@Transactional(readOnly = true)
	public List<Account> list() {
		return this.accounts.findAllByOrderByUsernameAsc();
	}

	/**
	 * @throws AccountNotFoundException if there is no account with this id
	 */
	@Transactional(readOnly = true)
	public Account get(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
	}

	/**
	 * A new enabled account whose holder must choose their own password at the first
	 * sign-in (someone else chose this one).
	 */
	public Account create(String username, Role role, String password) {
		String normalized = Account.normalizeUsername(username);
		requireAcceptable(password);
		if (this.accounts.findByUsernameIgnoreCase(normalized).isPresent()) {
			throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.USERNAME_TAKEN);
		}
		String hash = this.passwordEncoder.encode(password);
		Account account = new Account(normalized, hash, role);
		account.resetPassword(hash);
		try {
			return this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Created by someone else between the check and the insert.
			throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.USERNAME_TAKEN);
		}
	}

	/**
	 * Gives an account a role and enables or disables it.
	 * @throws AccountChangeRefusedException with {@code LAST_ADMIN} when this would leave
	 * no enabled admin
	 */
	public Account update(long id, Role role, boolean enabled) {
		Objects.requireNonNull(role, "role");
		Account account = get(id);
		boolean staysActiveAdmin = enabled && role == Role.ADMIN;
		if (account.isActiveAdmin() && !staysActiveAdmin) {
			// Locks every enabled admin: concurrent demotions queue here, and the later
			// one sees the earlier one's result.
			List<Account> admins = this.accounts.lockEnabled(Role.ADMIN);
			if (admins.size() <= 1 && admins.contains(account)) {
				throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.LAST_ADMIN);
			}
		}
		boolean changed = account.getRole() != role || account.isEnabled() != enabled;
		account.assignRole(role);
		if (enabled) {
			account.enable();
		}
		else {
			account.disable();
		}
		this.accounts.flush();
		if (changed) {
			endSessionsAfterCommit(account.getUsername(), null);
		}
		return account;
	}

	/**
	 * Sets a password chosen by an admin (or generated); the holder must change it at the
	 * next sign-in.
	 */
	public Account resetPassword(long id, String password) {
		Account account = get(id);
		requireAcceptable(password);
		account.resetPassword(this.passwordEncoder.encode(password));
		this.accounts.flush();
		endSessionsAfterCommit(account.getUsername(), null);
		return account;
	}

	/**
	 * The holder changes their own password, proving they know the current one. Their
	 * other sessions end; the one they are using stays.
	 * @param currentSessionId the session to keep, or {@code null}
	 */
	public Account changeOwnPassword(String username, String currentPassword, String newPassword,
			String currentSessionId) {
		Account account = this.accounts.findByUsernameIgnoreCase(username)
			.orElseThrow(() -> new AccountNotFoundException(username));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.WRONG_CURRENT_PASSWORD);
		}
		requireAcceptable(newPassword);
		if (newPassword.equals(currentPassword)) {
			throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.SAME_PASSWORD);
		}
		account.changePassword(this.passwordEncoder.encode(newPassword));
		this.accounts.flush();
		endSessionsAfterCommit(account.getUsername(), currentSessionId);
		return account;
	}

	private void requireAcceptable(String password) {
		this.policy.check(password).ifPresent((violation) -> {
			throw new AccountChangeRefusedException(AccountChangeRefusedException.Reason.of(violation));
		});
	}

	private void endSessionsAfterCommit(String username, String keep) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				repository.findByPrincipalName(username)
					.keySet()
					.stream()
					.filter((id) -> !id.equals(keep))
					.forEach(repository::deleteById);
			}

		});
	}

}
