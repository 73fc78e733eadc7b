package org.parley.account;

/** No account with the given id or username. */
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(Object key) {
		super("No account " + key);
	}

}
