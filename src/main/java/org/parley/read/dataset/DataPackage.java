package org.parley.read.dataset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.read.CsvTable;
import org.parley.read.dataset.Codebook.ColumnDoc;
import org.parley.read.dataset.Codebook.TableDoc;

/**
 * The dataset's {@code datapackage.json}, as the Frictionless Data Package standard (v2)
 * describes one: a resource per CSV file with its Table Schema (each field's name, type,
 * description and allowed values; primary and foreign keys), and when it was made.
 */
final class DataPackage {

	private DataPackage() {
	}

	static Map<String, Object> describe(List<TableDoc> tables, Instant created, String homepage) {
		Map<String, Object> descriptor = new LinkedHashMap<>();
		descriptor.put("$schema", "https://datapackage.org/profiles/2.0/datapackage.json");
		descriptor.put("name", "parley-dataset");
		descriptor.put("title", "Parley: diplomatic negotiations, every claim tied to its source");
		descriptor.put("homepage", homepage);
		descriptor.put("created", created.toString());
		descriptor.put("resources", tables.stream().map(DataPackage::resource).toList());
		return descriptor;
	}

	private static Map<String, Object> resource(TableDoc doc) {
		CsvTable table = doc.table();
		Map<String, Object> resource = new LinkedHashMap<>();
		resource.put("name", table.name());
		resource.put("path", table.fileName());
		resource.put("type", "table");
		resource.put("format", "csv");
		resource.put("mediatype", "text/csv");
		resource.put("encoding", "utf-8");
		resource.put("description", doc.description());
		resource.put("dialect", Map.of("header", true, "delimiter", ",", "quoteChar", "\"", "lineTerminator", "\r\n"));
		Map<String, Object> schema = new LinkedHashMap<>();
		schema.put("fields", doc.columns().stream().map(DataPackage::field).toList());
		schema.put("missingValues", List.of(""));
		schema.put("primaryKey", List.of(table.primaryKey()));
		schema.put("foreignKeys",
				table.foreignKeys()
					.stream()
					.map((key) -> Map.of("fields", List.of(key.column()), "reference",
							Map.of("resource", key.table(), "fields", List.of(key.tableKey()))))
					.toList());
		resource.put("schema", schema);
		return resource;
	}

	private static Map<String, Object> field(ColumnDoc doc) {
		CsvTable.Column column = doc.column();
		Map<String, Object> field = new LinkedHashMap<>();
		field.put("name", column.name());
		field.put("type", column.cellType().schemaName());
		field.put("description", doc.description());
		if (!column.values().isEmpty() && !column.listed()) {
			List<Object> values = new ArrayList<>();
			for (String value : column.values()) {
				values.add((column.type() == CsvTable.Type.INTEGER) ? (Object) Long.valueOf(value) : value);
			}
			field.put("constraints", Map.of("enum", values));
		}
		return field;
	}

}
