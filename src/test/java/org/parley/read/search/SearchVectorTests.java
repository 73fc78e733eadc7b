package org.parley.read.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.test.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The search vectors are the database's business: generated, stored and GIN-indexed. */
@PostgresDataJpaTest
class SearchVectorTests {

	private static final List<String> SEARCHED = List.of("citation", "person", "position", "proposal", "proposal_point",
			"round");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everySearchedTableHasAGeneratedStoredVector() {
		List<String> tables = this.jdbc.queryForList("""
				select table_name from information_schema.columns
				where table_schema = 'public' and column_name = 'search_vector' and data_type = 'tsvector'
				  and is_generated = 'ALWAYS'
				order by table_name
				""", String.class);
		assertThat(tables).containsExactlyElementsOf(SEARCHED);
	}

	@Test
	void everyVectorIsGinIndexed() {
		List<String> tables = this.jdbc.queryForList("""
				select tablename from pg_indexes
				where schemaname = 'public' and indexdef like '%USING gin (search_vector)%'
				order by tablename
				""", String.class);
		assertThat(tables).containsExactlyElementsOf(SEARCHED);
	}

	@Test
	void theVectorFollowsEveryInsertAndUpdate() {
		this.jdbc.update("insert into person (slug, full_name, native_name) values ('vector-test', 'Test Person', "
				+ "'Юрий Ушаков')");
		assertThat(matches("Ушаков")).isEqualTo(1);
		assertThat(matches("persons")).isEqualTo(1);

		this.jdbc.update("update person set native_name = 'Дмитрий Песков' where slug = 'vector-test'");
		assertThat(matches("Ушаков")).isZero();
		assertThat(matches("Песков")).isEqualTo(1);
	}

	private Integer matches(String text) {
		return this.jdbc.queryForObject("""
				select count(*) from person
				where slug = 'vector-test'
				  and search_vector @@ (websearch_to_tsquery('english', ?) || websearch_to_tsquery('simple', ?))
				""", Integer.class, text, text);
	}

}
