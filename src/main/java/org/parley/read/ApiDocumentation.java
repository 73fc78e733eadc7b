package org.parley.read;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.context.MessageSource;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /v3/api-docs}: springdoc reads the operations and their
 * parameters from the controllers; the schemas of the records are made here from the same
 * {@link CsvTable}s the CSV files and the codebook are made from (names, types, coded
 * values, the codebook's descriptions), with an example each, and every status an
 * operation can answer is described with its problem detail.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String PROBLEM = "Problem";

	static final String DELETED_PAGE = "DeletedPage";

	private static final String API = "/api/v1/";

	@Bean
	OpenAPI parleyOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Parley API")
				.version("v1")
				.description("The record of negotiations, rounds, proposals, positions and their graded citations, "
						+ "as the pages and the CSV exports show it. Member names and codes are the CSV columns', "
						+ "documented at /codebook. Lists page with page and size (at most 100), send their total in "
						+ "X-Total-Count and RFC 8288 Link headers; with updatedSince they hold only what was "
						+ "written after that instant, and /{kind}/deleted lists what was deleted."))
			.components(new Components()
				.addSecuritySchemes("bearer",
						new SecurityScheme().type(SecurityScheme.Type.HTTP)
							.scheme("bearer")
							.description("A personal API token, made on the account's tokens page."))
				.addSecuritySchemes("session",
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("SESSION")
							.description("A signed-in browser session; writes also need the CSRF token.")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"))
			.addSecurityItem(new SecurityRequirement().addList("session"));
	}

	@Bean
	OpenApiCustomizer recordSchemas(List<ListingExport> exports, MessageSource messages) {
		return (openApi) -> {
			Components components = openApi.getComponents();
			// What springdoc makes of ApiPage's map items; every list names its own page.
			components.getSchemas().remove(ApiPage.class.getSimpleName());
			components.addSchemas(PROBLEM, problemSchema());
			components.addSchemas(DELETED_PAGE, pageOf(deletedSchema()));
			for (ListingExport export : exports) {
				Listing listing = export.listing();
				JsonSchema record = recordSchema(listing.table(), messages);
				for (Listing.Nested part : listing.nested()) {
					JsonSchema items = new JsonSchema();
					items.types(Set.of("array"));
					items.items(new JsonSchema().$ref("#/components/schemas/" + part.listing().entityType()));
					items.description(
							messages.getMessage("codebook.nested." + listing.table().name() + "." + part.member(), null,
									"", Locale.ENGLISH));
					record.addProperty(part.member(), items);
					record.addRequiredItem(part.member());
					@SuppressWarnings("unchecked")
					Map<String, Object> example = (Map<String, Object>) record.getExample();
					example.put(part.member(), List.of());
				}
				components.addSchemas(listing.entityType(), record);
				components.addSchemas(listing.entityType() + "Page", pageOf(record));
				describe(openApi, listing);
			}
			views(openApi);
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				refusals(operation);
				writes(method, operation);
			}));
		};
	}

	/**
	 * Operation ids a generated client can name methods after ({@code listPositions},
	 * {@code getPosition}, {@code listDeletedPositions}), not springdoc's {@code list_3}.
	 */
	@Bean
	OperationCustomizer operationIds() {
		return (operation, handler) -> {
			RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(),
					RequestMapping.class);
			if (mapping == null || mapping.path().length == 0 || !mapping.path()[0].startsWith(API)) {
				return operation;
			}
			String kind = mapping.path()[0].substring(API.length());
			String plural = Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
			String name = handler.getMethod().getName();
			return switch (name) {
				case "list" -> operation.operationId("list" + plural);
				case "deleted" -> operation.operationId("listDeleted" + plural);
				case "one" -> operation.operationId("get" + singular(plural));
				default -> operation;
			};
		};
	}

	private static String singular(String plural) {
		return switch (plural) {
			case "People" -> "Person";
			case "Parties" -> "Party";
			default -> plural.substring(0, plural.length() - 1);
		};
	}

	private static void describe(OpenAPI openApi, Listing listing) {
		String base = API + listing.table().name();
		String type = listing.entityType();
		withOperation(openApi, base, (operation) -> operation.getResponses()
			.addApiResponse("200", listed(type + "Page", "A page of them.")));
		withOperation(openApi, base + "/deleted", (operation) -> operation.getResponses()
			.addApiResponse("200", listed(DELETED_PAGE, "A page of the ids deleted, with when.")));
		withOperation(openApi, base + "/{id}",
				(operation) -> operation.getResponses()
					.addApiResponse("200",
							json(type, "The record.").addHeaderObject("ETag",
									header("Its strong entity tag, from its version.")))
					.addApiResponse("304", new ApiResponse().description("The client already holds this version."))
					.addApiResponse("404", problem("There is no such record.")));
	}

	/** The matrix, search and changes: what their pages show, with their links. */
	private static void views(OpenAPI openApi) {
		withOperation(openApi, API + "matrix", (operation) -> {
			operation.getResponses().addApiResponse("404", problem("There is no such negotiation."));
			pageHeaders(operation.getResponses().get("200"));
		});
		withOperation(openApi, API + "search", (operation) -> pageHeaders(operation.getResponses()
			.get("200")
			.description(
					"The groups and their hits; " + "with kind, Link and X-Total-Count page through that group.")));
		withOperation(openApi, API + "changes", (operation) -> operation.getResponses()
			.get("200")
			.description("A page of changes, newest first.")
			.addHeaderObject("Link", header("RFC 8288 link to the next older page (rel=next), when there is one.")));
	}

	private static void pageHeaders(ApiResponse response) {
		response.addHeaderObject("Link", header("RFC 8288 links to the first, previous, next and last pages."))
			.addHeaderObject(RecordsApi.TOTAL_COUNT, header("How many rows the whole list holds."));
	}

	private static void withOperation(OpenAPI openApi, String path, java.util.function.Consumer<Operation> change) {
		if (openApi.getPaths() != null && openApi.getPaths().get(path) != null) {
			Operation get = openApi.getPaths().get(path).getGet();
			if (get != null) {
				change.accept(get);
			}
		}
	}

	/** The refusals every operation of the API can answer with. */
	private static void refusals(Operation operation) {
		ApiResponses responses = operation.getResponses();
		responses.remove("default");
		if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
			responses.addApiResponse("400", problem("A parameter is malformed or out of range; errors names it."));
		}
		responses.addApiResponse("401", problem("Not signed in, and no valid bearer token."));
		responses.addApiResponse("403", problem("Signed in, but not allowed to do this."));
	}

	/** What a write answers: its success, and why it may be refused. */
	private static void writes(PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses();
		if (method == PathItem.HttpMethod.POST) {
			ApiResponse created = responses.remove("200");
			responses.addApiResponse("201",
					((created != null) ? created : new ApiResponse())
						.description("Recorded: Location names it, ETag is its version's.")
						.addHeaderObject("Location", header("The new record's address."))
						.addHeaderObject("ETag", header("Its strong entity tag.")));
		}
		if (method == PathItem.HttpMethod.PUT) {
			responses.get("200")
				.description("Saved; ETag is the new version's.")
				.addHeaderObject("ETag", header("The new version's strong entity tag."));
		}
		if (method == PathItem.HttpMethod.DELETE) {
			responses.remove("200");
			responses.addApiResponse("204", new ApiResponse().description("Deleted."));
		}
		if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT) {
			responses.addApiResponse("400", problem("The body is not JSON, or a member has the wrong type."));
			responses.addApiResponse("422", problem("The record breaks a rule; errors names each member at fault, "
					+ "a reference to a record that does not exist included."));
		}
		if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
			responses.addApiResponse("404", problem("There is no such record."));
			responses.addApiResponse("409", problem("Other records depend on it."));
			responses.addApiResponse("412", problem("If-Match names a version that is no longer current."));
			responses.addApiResponse("428", problem("If-Match is missing."));
		}
	}

	private static ApiResponse listed(String schema, String description) {
		return json(schema, description)
			.addHeaderObject("Link", header("RFC 8288 links to the first, previous, next and last pages."))
			.addHeaderObject(RecordsApi.TOTAL_COUNT, header("How many records the whole list holds."));
	}

	private static ApiResponse json(String schema, String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
	}

	static ApiResponse problem(String description) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
	}

	private static Header header(String description) {
		return new Header().description(description).schema(new JsonSchema().types(Set.of("string")));
	}

	private static JsonSchema recordSchema(CsvTable table, MessageSource messages) {
		JsonSchema record = new JsonSchema();
		record.types(Set.of("object"));
		record.description(messages.getMessage("codebook.table." + table.name(), null, "", Locale.ENGLISH));
		Map<String, Object> example = new LinkedHashMap<>();
		for (CsvTable.Column column : table.columns()) {
			JsonSchema property = columnSchema(column, !column.name().equals(table.primaryKey()));
			property.description(messages.getMessage("codebook.column." + table.name() + "." + column.name(), null, "",
					Locale.ENGLISH));
			record.addProperty(column.name(), property);
			record.addRequiredItem(column.name());
			example.put(column.name(), column.listed() ? List.of(sample(column)) : sample(column));
		}
		record.additionalProperties(false);
		record.example(example);
		return record;
	}

	private static JsonSchema columnSchema(CsvTable.Column column, boolean nullable) {
		JsonSchema value = new JsonSchema();
		Set<String> types = new LinkedHashSet<>();
		types.add(jsonType(column.type()));
		// A listed cell is always an array; one of its values may be missing (a citation
		// without an address).
		if (nullable || column.listed()) {
			types.add("null");
		}
		value.types(types);
		if (column.type() == CsvTable.Type.DATE) {
			value.format("date");
		}
		else if (column.type() == CsvTable.Type.DATETIME) {
			value.format("date-time");
		}
		else if (column.type() == CsvTable.Type.INTEGER) {
			value.format("int64");
		}
		if (!column.values().isEmpty()) {
			List<Object> allowed = new java.util.ArrayList<>();
			column.values().forEach((code) -> allowed.add(typed(column, code)));
			if (nullable || column.listed()) {
				allowed.add(null);
			}
			value.setEnum(allowed);
		}
		if (!column.listed()) {
			return value;
		}
		JsonSchema array = new JsonSchema();
		array.types(Set.of("array"));
		array.items(value);
		return array;
	}

	private static Object typed(CsvTable.Column column, String code) {
		return (column.type() == CsvTable.Type.INTEGER) ? Long.valueOf(code) : code;
	}

	private static String jsonType(CsvTable.Type type) {
		return switch (type) {
			case INTEGER -> "integer";
			case BOOLEAN -> "boolean";
			default -> "string";
		};
	}

	private static Object sample(CsvTable.Column column) {
		if (!column.values().isEmpty()) {
			return typed(column, column.values().get(0));
		}
		return switch (column.type()) {
			case INTEGER -> 1L;
			case BOOLEAN -> false;
			case DATE -> "2026-02-17";
			case DATETIME -> "2026-02-18T16:05:00Z";
			case STRING -> "Geneva";
		};
	}

	private static JsonSchema pageOf(JsonSchema item) {
		JsonSchema page = new JsonSchema();
		page.types(Set.of("object"));
		JsonSchema items = new JsonSchema();
		items.types(Set.of("array"));
		items.items(item);
		page.addProperty("items", items);
		page.addProperty("total", integer("How many records the whole list holds."));
		page.addProperty("page", integer("This page's number, from 0."));
		page.addProperty("size", integer("How many records a page holds, at most 100."));
		page.required(List.of("items", "total", "page", "size"));
		page.example(Map.of("items", List.of(item.getExample()), "total", 1, "page", 0, "size", 20));
		return page;
	}

	private static JsonSchema deletedSchema() {
		JsonSchema deleted = new JsonSchema();
		deleted.types(Set.of("object"));
		deleted.addProperty("id", integer("The id of the record deleted."));
		JsonSchema at = new JsonSchema();
		at.types(Set.of("string"));
		at.format("date-time");
		deleted.addProperty("deleted_at", at.description("When it was deleted."));
		deleted.required(List.of("id", "deleted_at"));
		deleted.example(Map.of("id", 42, "deleted_at", "2026-02-19T08:00:00Z"));
		return deleted;
	}

	private static JsonSchema integer(String description) {
		JsonSchema value = new JsonSchema();
		value.types(Set.of("integer"));
		value.format("int64");
		value.description(description);
		return value;
	}

	private static JsonSchema problemSchema() {
		JsonSchema problem = new JsonSchema();
		problem.types(Set.of("object"));
		problem.description("An RFC 9457 problem detail.");
		problem.addProperty("type", string("A URI naming the kind of problem; about:blank for a plain HTTP status."));
		problem.addProperty("title", string("The HTTP status in words."));
		problem.addProperty("status", integer("The HTTP status."));
		problem.addProperty("detail", string("What went wrong, in a sentence a person can act on."));
		problem.addProperty("instance", string("The address that answered."));
		JsonSchema error = new JsonSchema();
		error.types(Set.of("object"));
		error.addProperty("field", string("The parameter or member at fault."));
		error.addProperty("message", string("What is wrong with it."));
		JsonSchema errors = new JsonSchema();
		errors.types(Set.of("array"));
		errors.items(error);
		errors.description("Each field at fault, when the problem is with the input.");
		problem.addProperty("errors", errors);
		JsonSchema reference = new JsonSchema();
		reference.types(Set.of("object"));
		reference.addProperty("kind", string("What kind of record refers to it."));
		reference.addProperty("count", integer("How many of them."));
		JsonSchema references = new JsonSchema();
		references.types(Set.of("array"));
		references.items(reference);
		references.description("What still rests on the record, when a delete is refused (409).");
		problem.addProperty("referenced_by", references);
		problem.required(List.of("title", "status"));
		problem.example(Map.of("type", "about:blank", "title", "Bad Request", "status", 400, "detail",
				"‘size’ must be less than or equal to 100", "instance", "/api/v1/positions"));
		return problem;
	}

	private static JsonSchema string(String description) {
		JsonSchema value = new JsonSchema();
		value.types(Set.of("string"));
		value.description(description);
		return value;
	}

}
