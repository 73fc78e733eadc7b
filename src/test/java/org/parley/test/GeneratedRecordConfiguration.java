package org.parley.test;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points the application at the {@link GeneratedRecord}'s database, with every statement
 * counted by {@link SqlStatements} as on the main test database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class GeneratedRecordConfiguration {

	@Bean
	JdbcConnectionDetails generatedRecordConnection() {
		return GeneratedRecord.connectionDetails();
	}

	@Bean
	static BeanPostProcessor countingGeneratedRecordDataSource() {
		return PostgresTestConfiguration.countingDataSource();
	}

}
