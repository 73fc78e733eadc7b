package org.parley.demo;

import java.sql.Connection;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Geneva record (talks of 17–18 February 2026) as demo data. The script refers to
 * rows only by their natural keys and inserts what is missing, so loading it again
 * changes nothing.
 */
@Component
public class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String SCRIPT = "db/demo/geneva.sql";

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	DemoData(DataSource dataSource, TransactionTemplate transaction) {
		this.dataSource = dataSource;
		this.transaction = transaction;
	}

	/** Loads the record in one transaction: all of it or, on any error, none of it. */
	public void load() {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(SCRIPT));
		populator.setSqlScriptEncoding("UTF-8");
		this.transaction.executeWithoutResult((status) -> populator.populate(connection()));
		log.info("Demo data loaded from {}", SCRIPT);
	}

	private Connection connection() {
		return DataSourceUtils.getConnection(this.dataSource);
	}

}
