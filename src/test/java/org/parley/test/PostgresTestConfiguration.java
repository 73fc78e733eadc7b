package org.parley.test;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.config.BeanPostProcessor;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The single place that decides which PostgreSQL the tests use: a {@code postgres:17}
 * container where a Docker engine answers, otherwise the embedded PostgreSQL. Either way
 * one server serves the whole run.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	// The container outlives any one context; stopping it belongs to Testcontainers'
	// reaper.
	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerAnswers.class)
	PostgreSQLContainer postgresContainer() {
		return SharedPostgres.container();
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails embeddedPostgresConnection() {
		return SharedPostgres.connectionDetails();
	}

	/** Every statement passes a counter, read by {@link SqlStatements}. */
	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
					return ProxyDataSourceBuilder.create(dataSource)
						.name(beanName)
						.listener(new SqlStatements())
						.build();
				}
				return bean;
			}

		};
	}

	static class DockerAnswers extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedPostgres.useContainer() ? ConditionOutcome.match("a Docker engine answers")
					: ConditionOutcome.noMatch("no Docker engine");
		}

	}

	static class NoDocker extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedPostgres.useContainer() ? ConditionOutcome.noMatch("a Docker engine answers")
					: ConditionOutcome.match("no Docker engine: embedded PostgreSQL");
		}

	}

}
