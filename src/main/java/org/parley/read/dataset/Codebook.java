package org.parley.read.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.parley.position.ArgumentKind;
import org.parley.position.DatePrecision;
import org.parley.position.Stance;
import org.parley.proposal.Disclosure;
import org.parley.proposal.ProposalStatus;
import org.parley.proposal.RelationKind;
import org.parley.read.CsvTable;
import org.parley.negotiation.PartyRole;
import org.parley.party.PartyKind;
import org.parley.read.Export;
import org.parley.source.SourceKind;
import org.parley.source.SourceStatus;
import org.parley.read.matrix.MatrixExport;
import org.parley.round.RoundFormat;
import org.parley.round.RoundOutcome;
import org.parley.source.Bearing;
import org.parley.source.Citation;
import org.parley.source.Reliability;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What every export's columns hold and what every coded value means, read from the
 * exports' own tables, the enumerations the app codes with and the messages that show
 * them, so the codebook cannot drift from the data.
 */
@Component
public class Codebook {

	private final List<Export> exports;

	private final MessageSource messages;

	Codebook(List<Export> exports, MessageSource messages) {
		this.exports = exports.stream()
			.sorted((a, b) -> Integer.compare(order(a.table().name()), order(b.table().name())))
			.toList();
		this.messages = messages;
	}

	/** The exports of the dataset, in the order the codebook lists them. */
	public List<Export> exports() {
		return this.exports;
	}

	/** Every file described, the dataset's first and the matrix last. */
	public List<TableDoc> tables(Locale locale) {
		List<CsvTable> tables = new ArrayList<>(this.exports.stream().map(Export::table).toList());
		tables.add(MatrixExport.DESCRIBED);
		return tables.stream().map((table) -> describe(table, locale)).toList();
	}

	/** Every list of coded values. */
	public List<CodeList> codeLists(Locale locale) {
		return List.of(list("Stance", Stance.class, Stance::label, Stance::meaning, locale),
				list("ProposalStatus", ProposalStatus.class, label("proposal.status.", locale), locale),
				list("Disclosure", Disclosure.class, label("proposals.disclosure.", locale), locale),
				list("RoundFormat", RoundFormat.class, label("round.format.", locale), locale),
				list("RoundOutcome", RoundOutcome.class, label("round.outcome.", locale), locale),
				list("RelationKind", RelationKind.class, label("proposal.relationKind.", locale), locale),
				list("DatePrecision", DatePrecision.class, label("position.precision.", locale), locale),
				list("Reliability", Reliability.class, Reliability::name, Reliability::description, locale),
				list("PartyKind", PartyKind.class, label("partyKind.", locale), locale),
				list("PartyRole", PartyRole.class, label("proposals.role.", locale), locale),
				list("SourceKind", SourceKind.class, label("source.kind.", locale), locale),
				list("SourceStatus", SourceStatus.class, label("source.status.", locale), locale),
				list("Bearing", Bearing.class, label("evidence.bearing.", locale), locale),
				list("ArgumentKind", ArgumentKind.class, label("position.argumentKind.", locale), locale),
				new CodeList("Credibility", message("codebook.list.Credibility", locale),
						IntStream.rangeClosed(1, 6)
							.mapToObj((grade) -> new Code(String.valueOf(grade), String.valueOf(grade),
									Citation.describeCredibility(grade)))
							.toList()));
	}

	private TableDoc describe(CsvTable table, Locale locale) {
		List<ColumnDoc> columns = table.columns()
			.stream()
			.map((column) -> new ColumnDoc(column,
					message("codebook.column." + table.name() + "." + column.name(), locale)))
			.toList();
		return new TableDoc(table, message("codebook.table." + table.name(), locale), columns);
	}

	private <E extends Enum<E>> Function<E, String> label(String prefix, Locale locale) {
		return (code) -> message(prefix + code.name(), locale);
	}

	private <E extends Enum<E>> CodeList list(String name, Class<E> codes, Function<E, String> label, Locale locale) {
		return list(name, codes, label, (code) -> message("codebook.code." + name + "." + code.name(), locale), locale);
	}

	private <E extends Enum<E>> CodeList list(String name, Class<E> codes, Function<E, String> label,
			Function<E, String> definition, Locale locale) {
		return new CodeList(name, message("codebook.list." + name, locale),
				Arrays.stream(codes.getEnumConstants())
					.map((code) -> new Code(code.name(), label.apply(code), definition.apply(code)))
					.toList());
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	private static int order(String table) {
		int index = List
			.of("negotiations", "rounds", "proposals", "proposal_relations", "positions", "position_arguments",
					"citations", "sources", "parties", "people", "person_titles", "topics", "topic_claims", "regions")
			.indexOf(table);
		return (index < 0) ? Integer.MAX_VALUE : index;
	}

	/** A file and what it holds. */
	public record TableDoc(CsvTable table, String description, List<ColumnDoc> columns) {
	}

	/** A column and what it means. */
	public record ColumnDoc(CsvTable.Column column, String description) {
	}

	/** A list of coded values, named as the columns name it. */
	public record CodeList(String name, String description, List<Code> codes) {
	}

	/** A coded value, how the pages show it, and what it means. */
	public record Code(String value, String label, String definition) {
	}

}
