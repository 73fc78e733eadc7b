package org.parley.test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against a schema of the OpenAPI document, as a client generated
 * from it would read it: {@code $ref}, {@code type} (one or a list), {@code enum},
 * {@code required}, {@code properties}, {@code additionalProperties: false},
 * {@code items} and the {@code date}, {@code date-time} and {@code int64} formats.
 * Anything the document says that the value breaks is one message.
 */
public final class SchemaCheck {

	private SchemaCheck() {
	}

	/**
	 * What {@code value} breaks of the schema {@code ref}
	 * ("#/components/schemas/Position").
	 */
	public static List<String> errors(JsonNode document, String ref, JsonNode value) {
		List<String> errors = new ArrayList<>();
		check(document, resolve(document, ref), value, "$", errors);
		return errors;
	}

	/** What {@code value} breaks of {@code schema}, a schema of {@code document}. */
	public static List<String> errors(JsonNode document, JsonNode schema, JsonNode value) {
		List<String> errors = new ArrayList<>();
		check(document, schema, value, "$", errors);
		return errors;
	}

	private static JsonNode resolve(JsonNode document, String ref) {
		JsonNode schema = document.at(ref.substring(1));
		if (schema.isMissingNode()) {
			throw new IllegalArgumentException("No schema " + ref);
		}
		return schema;
	}

	private static void check(JsonNode document, JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (schema.has("$ref")) {
			check(document, resolve(document, schema.get("$ref").asString()), value, path, errors);
			return;
		}
		if (schema.has("type") && !types(schema.get("type")).contains(typeOf(value))
				&& !(typeOf(value).equals("integer") && types(schema.get("type")).contains("number"))) {
			errors.add(path + " is " + typeOf(value) + ", not " + schema.get("type"));
			return;
		}
		if (schema.has("enum") && !contains(schema.get("enum"), value)) {
			errors.add(path + " = " + value + " is not one of " + schema.get("enum"));
		}
		format(schema, value, path, errors);
		if (value.isObject()) {
			object(document, schema, value, path, errors);
		}
		if (value.isArray() && schema.has("items")) {
			for (int i = 0; i < value.size(); i++) {
				check(document, schema.get("items"), value.get(i), path + "[" + i + "]", errors);
			}
		}
	}

	private static void object(JsonNode document, JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (schema.has("required")) {
			schema.get("required").forEach((name) -> {
				if (!value.has(name.asString())) {
					errors.add(path + " lacks " + name.asString());
				}
			});
		}
		JsonNode properties = schema.get("properties");
		for (String name : value.propertyNames()) {
			if (properties != null && properties.has(name)) {
				check(document, properties.get(name), value.get(name), path + "." + name, errors);
			}
			else if (schema.has("additionalProperties") && schema.get("additionalProperties").isBoolean()
					&& !schema.get("additionalProperties").asBoolean()) {
				errors.add(path + "." + name + " is not in the schema");
			}
		}
	}

	private static void format(JsonNode schema, JsonNode value, String path, List<String> errors) {
		if (!schema.has("format") || value.isNull()) {
			return;
		}
		try {
			switch (schema.get("format").asString()) {
				case "date" -> LocalDate.parse(value.asString());
				case "date-time" -> Instant.parse(value.asString());
				case "int64" -> {
					if (!value.canConvertToLong()) {
						errors.add(path + " = " + value + " is not an int64");
					}
				}
				default -> {
				}
			}
		}
		catch (RuntimeException ex) {
			errors.add(path + " = " + value + " is not a " + schema.get("format").asString());
		}
	}

	private static Set<String> types(JsonNode type) {
		Set<String> types = new HashSet<>();
		if (type.isArray()) {
			type.forEach((one) -> types.add(one.asString()));
		}
		else {
			types.add(type.asString());
		}
		return types;
	}

	private static String typeOf(JsonNode value) {
		if (value.isNull()) {
			return "null";
		}
		if (value.isIntegralNumber()) {
			return "integer";
		}
		if (value.isNumber()) {
			return "number";
		}
		if (value.isBoolean()) {
			return "boolean";
		}
		if (value.isString()) {
			return "string";
		}
		return value.isArray() ? "array" : "object";
	}

	private static boolean contains(JsonNode values, JsonNode value) {
		for (JsonNode allowed : values) {
			if (allowed.equals(value)
					|| (allowed.isNumber() && value.isNumber() && allowed.asLong() == value.asLong())) {
				return true;
			}
		}
		return false;
	}

}
