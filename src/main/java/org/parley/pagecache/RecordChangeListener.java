package org.parley.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;

/**
 * Listens on its own connection for the database's word that the record changed (the
 * {@code parley_records} notifications of V170's triggers, sent at each commit) and drops
 * the kept pages when it comes. While the connection is down, {@link RenderedPages}
 * serves nothing; it reconnects every second.
 */
class RecordChangeListener implements SmartLifecycle {

	static final String CHANNEL = "parley_records";

	private static final Logger log = LoggerFactory.getLogger(RecordChangeListener.class);

	private static final int WAIT_MILLIS = 1000;

	/** Waits between two pings of the connection. */
	private static final int PING_EVERY = 5;

	private final JdbcConnectionDetails database;

	private final Properties poolProperties;

	private final RenderedPages pages;

	private volatile Thread listener;

	private boolean warned;

	RecordChangeListener(JdbcConnectionDetails database, DataSource dataSource, RenderedPages pages) {
		this.database = database;
		this.poolProperties = poolProperties(dataSource);
		this.pages = pages;
	}

	/**
	 * The driver settings the pool's connections are made with (TLS, timeouts, options),
	 * so the listener connects as they do.
	 */
	private static Properties poolProperties(DataSource dataSource) {
		Properties properties = new Properties();
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				properties.putAll(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties());
			}
		}
		catch (SQLException ex) {
			log.warn("The pool's driver settings could not be read; the page cache listens without them", ex);
		}
		return properties;
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::listenUntilStopped, "page-cache-listener");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.listener;
		this.listener = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	private void listenUntilStopped() {
		while (this.listener == Thread.currentThread()) {
			try (Connection connection = connect()) {
				listen(connection);
			}
			catch (SQLException ex) {
				if (!this.warned && this.listener != null) {
					log.warn("Kept pages are not served while the record's changes cannot be heard of: {}",
							ex.getMessage());
				}
				this.warned = true;
			}
			finally {
				this.pages.listening(false);
			}
			if (!pause()) {
				return;
			}
		}
	}

	private void listen(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("LISTEN " + CHANNEL);
		}
		PGConnection notifications = connection.unwrap(PGConnection.class);
		this.pages.listening(true);
		if (this.warned) {
			log.info("The record's changes are heard of again: kept pages are served");
			this.warned = false;
		}
		int waits = 0;
		while (this.listener == Thread.currentThread()) {
			PGNotification[] heard = notifications.getNotifications(WAIT_MILLIS);
			if (heard != null && heard.length > 0) {
				this.pages.recordChanged();
			}
			if (++waits % PING_EVERY == 0) {
				ping(connection);
			}
		}
	}

	/**
	 * Waiting for notifications never touches the wire: a connection the network dropped
	 * without a word would look alive for hours. A statement every few seconds finds out
	 * (within the socket timeout), and the cache is off until a new connection listens.
	 */
	private static void ping(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("SELECT 1");
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		properties.putAll(this.poolProperties);
		properties.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", "parley page cache");
		properties.setProperty("connectTimeout", "2");
		properties.setProperty("tcpKeepAlive", "true");
		properties.setProperty("socketTimeout", "10");
		return DriverManager.getConnection(this.database.getJdbcUrl(), properties);
	}

	private static boolean pause() {
		try {
			Thread.sleep(WAIT_MILLIS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
