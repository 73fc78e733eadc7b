package org.parley.database;

import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run without the statement timeout pages keep to (an index built over a
 * million citations may take longer), through {@code spring.flyway.init-sqls}; the
 * connections they used are then retired, so none goes back to serving pages without it.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

	@Bean
	FlywayMigrationStrategy migrateThenRetireConnections(DataSource dataSource) {
		return (flyway) -> {
			flyway.migrate();
			retire(dataSource);
		};
	}

	private static void retire(DataSource dataSource) {
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not retire the migrations' connections", ex);
		}
	}

}
