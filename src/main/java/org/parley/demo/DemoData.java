package org.parley.demo;

import java.sql.Connection;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.parley.audit.FirstVersions;

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

	/** What the script inserts, each record before its parts. */
	static final List<String> RECORDS = List.of("Source", "Citation", "Party", "Person", "Topic", "Region",
			"Negotiation", "NegotiationParty", "Proposal", "ProposalPoint", "ProposalRelation", "ProposalCitation",
			"Round", "RoundCitation", "RoundProposal", "RoundProposalCitation", "Position", "PositionCitation",
			"AliasGroup", "TopicClaim", "TopicClaimCitation", "ProposalRelationCitation", "PersonTitle",
			"PersonTitleCitation", "PositionArgument", "PositionArgumentCitation", "PositionPrecondition");

	static final String LOADER = "Geneva demo record";

	private final DataSource dataSource;

	private final TransactionTemplate transaction;

	private final FirstVersions firstVersions;

	DemoData(DataSource dataSource, TransactionTemplate transaction, FirstVersions firstVersions) {
		this.dataSource = dataSource;
		this.transaction = transaction;
		this.firstVersions = firstVersions;
	}

	/**
	 * Loads the record in one transaction: all of it or, on any error, none of it, each
	 * row it adds with its first version in the audit trail.
	 */
	public void load() {
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(new ClassPathResource(SCRIPT));
		populator.setSqlScriptEncoding("UTF-8");
		int versions = this.transaction.execute((status) -> {
			populator.populate(connection());
			return this.firstVersions.recordInserted(RECORDS, LOADER,
					"loaded with the Geneva demo record (talks of 17–18 February 2026)");
		});
		log.info("Demo data loaded from {} ({} records and parts added)", SCRIPT, versions);
	}

	private Connection connection() {
		return DataSourceUtils.getConnection(this.dataSource);
	}

}
