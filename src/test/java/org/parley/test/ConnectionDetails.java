package org.parley.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How the tests name a PostgreSQL to connect to: its address and account. */
public record ConnectionDetails(String getJdbcUrl, String getUsername,
		String getPassword) implements JdbcConnectionDetails {

	/** The same account on another address (a relay in front of the server, say). */
	public ConnectionDetails at(String jdbcUrl) {
		return new ConnectionDetails(jdbcUrl, this.getUsername, this.getPassword);
	}

}
