package org.parley.database;

import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@PostgresDataJpaTest
class SchemaTests {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyMigrationAppliesToAnEmptyDatabase() {
		Integer failed = this.jdbc.queryForObject("select count(*) from flyway_schema_history where not success",
				Integer.class);
		Integer applied = this.jdbc
			.queryForObject("select count(*) from flyway_schema_history where version is not null", Integer.class);
		assertThat(failed).isZero();
		assertThat(applied).isGreaterThanOrEqualTo(16);
	}

	@Test
	void runsOnPostgresql17() {
		String version = this.jdbc.queryForObject("show server_version", String.class);
		assertThat(version).startsWith("17.");
	}

	@Test
	void everyForeignKeyIsIndexed() {
		// A foreign key counts as indexed when some index starts with its columns.
		var unindexed = this.jdbc.queryForList("""
				select c.conname from pg_constraint c
				where c.contype = 'f' and c.connamespace = 'public'::regnamespace
				and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
				  and (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] = c.conkey)
				""", String.class);
		assertThat(unindexed).isEmpty();
	}

}
