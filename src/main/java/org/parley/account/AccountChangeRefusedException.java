package org.parley.account;

/**
 * A change to an account that the rules do not allow. Carries the message code that
 * explains why, so a form can show it next to the field concerned.
 */
public class AccountChangeRefusedException extends RuntimeException {

	private final Reason reason;

	private final transient Object[] arguments;

	public AccountChangeRefusedException(Reason reason, Object... arguments) {
		super(reason.defaultMessage);
		this.reason = reason;
		this.arguments = arguments.clone();
	}

	public Reason getReason() {
		return this.reason;
	}

	/** The key of the explanation in {@code messages.properties}. */
	public String getCode() {
		return this.reason.code;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

	/** Why a change was refused. */
	public enum Reason {

		USERNAME_TAKEN("account.refused.usernameTaken", "An account with this username exists already."),

		LAST_ADMIN("account.refused.lastAdmin",
				"This is the last enabled admin: it can be neither disabled nor given a lesser role."),

		WRONG_CURRENT_PASSWORD("account.refused.wrongCurrentPassword", "The current password is not right."),

		SAME_PASSWORD("account.refused.samePassword", "The new password must differ from the current one."),

		PASSWORD_TOO_SHORT(PasswordPolicy.Violation.TOO_SHORT),

		PASSWORD_TOO_LONG(PasswordPolicy.Violation.TOO_LONG),

		PASSWORD_COMMON(PasswordPolicy.Violation.COMMON);

		private final String code;

		private final String defaultMessage;

		Reason(String code, String defaultMessage) {
			this.code = code;
			this.defaultMessage = defaultMessage;
		}

		Reason(PasswordPolicy.Violation violation) {
			this(violation.code(), violation.defaultMessage());
		}

		static Reason of(PasswordPolicy.Violation violation) {
			return switch (violation) {
				case TOO_SHORT -> PASSWORD_TOO_SHORT;
				case TOO_LONG -> PASSWORD_TOO_LONG;
				case COMMON -> PASSWORD_COMMON;
			};
		}

		/** Whether the password itself was refused by the {@link PasswordPolicy}. */
		public boolean isPasswordPolicy() {
			return this == PASSWORD_TOO_SHORT || this == PASSWORD_TOO_LONG || this == PASSWORD_COMMON;
		}

	}

}
