package org.parley.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Starts a real PostgreSQL from Maven Central's binaries when no database is configured,
 * so {@code ./mvnw spring-boot:run} works on a fresh machine. Data survives restarts in
 * {@code parley.data-dir}. Backs off as soon as {@code spring.datasource.url} is set or
 * another bean (a test's) supplies the connection.
 */
// After the test support, which may register its own connection, so that one wins.
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnProperty(name = "parley.embedded-database.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ParleyDataProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean({ JdbcConnectionDetails.class, EmbeddedPostgres.class })
	EmbeddedPostgres embeddedPostgres(ParleyDataProperties properties) throws IOException {
		log.info("No database configured: starting embedded PostgreSQL with data in {}",
				EmbeddedPostgresStarter.directory(properties.dataDir()));
		return EmbeddedPostgresStarter.start(properties.dataDir(), properties.embeddedPort());
	}

	@Bean
	@ConditionalOnMissingBean(JdbcConnectionDetails.class)
	JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres, ParleyDataProperties properties)
			throws IOException {
		return new EmbeddedConnectionDetails(EmbeddedPostgresStarter.jdbcUrl(postgres),
				EmbeddedPostgresStarter.ownerPassword(properties.dataDir()));
	}

	record EmbeddedConnectionDetails(String getJdbcUrl, String getPassword) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return EmbeddedPostgresStarter.OWNER;
		}

		@Override
		public String toString() {
			return "EmbeddedConnectionDetails[" + this.getJdbcUrl + "]";
		}

	}

}
