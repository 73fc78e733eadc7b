package org.parley.read.dataset;

import java.time.Instant;
import java.util.List;

import org.parley.read.dataset.Codebook.Code;
import org.parley.read.dataset.Codebook.CodeList;
import org.parley.read.dataset.Codebook.ColumnDoc;
import org.parley.read.dataset.Codebook.TableDoc;

/** The codebook as Markdown, for the dataset download: the page's content as text. */
final class CodebookText {

	private CodebookText() {
	}

	static String markdown(List<TableDoc> tables, List<CodeList> codeLists, Instant created) {
		StringBuilder text = new StringBuilder("# Parley dataset: codebook\n\nMade ").append(created)
			.append(".\n\nEvery file is CSV as RFC 4180 has it (UTF-8, a header row, ISO dates, ")
			.append("instants in UTC). Several values in one cell are separated by \" | \". Text that a ")
			.append("spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) ")
			.append("is written with a leading apostrophe (OWASP's advice against CSV injection).\n");
		for (TableDoc table : tables) {
			text.append("\n## ").append(table.table().fileName()).append("\n\n").append(table.description());
			text.append("\n\n| column | type | values | meaning |\n|---|---|---|---|\n");
			for (ColumnDoc column : table.columns()) {
				text.append("| ")
					.append(column.column().name())
					.append(" | ")
					.append(column.column().cellType().schemaName())
					.append(" | ")
					.append((column.column().codeList() != null) ? column.column().codeList() : "")
					.append(" | ")
					.append(cell(column.description()))
					.append(" |\n");
			}
		}
		text.append("\n## Coded values\n");
		for (CodeList list : codeLists) {
			text.append("\n### ").append(list.name()).append("\n\n").append(list.description());
			text.append("\n\n| code | shown as | definition |\n|---|---|---|\n");
			for (Code code : list.codes()) {
				text.append("| ")
					.append(code.value())
					.append(" | ")
					.append(cell(code.label()))
					.append(" | ")
					.append(cell(code.definition()))
					.append(" |\n");
			}
		}
		return text.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

}
