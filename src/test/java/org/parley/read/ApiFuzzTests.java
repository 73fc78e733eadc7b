package org.parley.read;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.SchemaCheck;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The API fuzzed from its own OpenAPI document, as a fuzzing tool would: every operation
 * called many times with parameters and bodies made from their schemas, some valid, most
 * hostile (wrong types, out of range, malformed dates, huge and odd text, stale or
 * missing entity tags). Every answer must be a status the document lists for that
 * operation, never a 5xx, with a body its schema accepts. Not transactional, as a
 * client's calls are not: nothing here changes the record (writes fail on purpose, and a
 * write that succeeds is deleted again). The seed is fixed; {@code -Dparley.fuzz.seed=…}
 * tries others.
 */
@ParleyApplicationTest
class ApiFuzzTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long SEED = Long.getLong("parley.fuzz.seed", 20261202L);

	private static final int CALLS_PER_OPERATION = 40;

	private static final List<String> HOSTILE = List.of("", " ", "-1", "0", "1e3", "99999999999999999999", "2026-02-30",
			"+5874898-01-01", "2026-02-18T25:00:00Z", "'; drop table position; --", "<script>x</script>", "Росгвардия",
			"%00", "\u0000", "x".repeat(5000), "null", "true", "[]", "{}", "../../etc/passwd");

	@Autowired
	MockMvc mvc;

	private JsonNode document;

	private final Random random = new Random(SEED);

	private final List<String> failures = new ArrayList<>();

	/** Every status seen, so a test can tell it reached both successes and refusals. */
	private final java.util.Set<Integer> statuses = new java.util.TreeSet<>();

	@BeforeEach
	void readTheDocument() throws Exception {
		this.document = JSON
			.readTree(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void everyReadAnswersAsDocumentedWhateverItIsAsked() throws Exception {
		int calls = 0;
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			if (operation == null) {
				continue;
			}
			String tag = null;
			for (int i = 0; i < CALLS_PER_OPERATION; i++) {
				URI uri = uri(path.getKey(), operation);
				RequestPostProcessor caller = (i % 10 == 9) ? anonymous() : user("fuzz-analyst").roles("ANALYST");
				MockHttpServletRequestBuilder call = get(uri).with(caller);
				if (tag != null && this.random.nextBoolean()) {
					call.header(HttpHeaders.IF_NONE_MATCH, tag);
				}
				MockHttpServletResponse response = this.mvc.perform(call).andReturn().getResponse();
				check("GET", uri, operation, response);
				tag = (response.getHeader(HttpHeaders.ETAG) != null) ? response.getHeader(HttpHeaders.ETAG) : tag;
				calls++;
			}
		}
		assertThat(calls).isGreaterThan(20 * CALLS_PER_OPERATION);
		assertThat(this.failures).as("seed " + SEED).isEmpty();
		assertThat(this.statuses).contains(200, 304, 400, 401, 404);
	}

	@Test
	void everyWriteAnswersAsDocumentedWhateverItIsSent() throws Exception {
		int calls = 0;
		for (Map.Entry<String, JsonNode> path : this.document.get("paths").properties()) {
			for (String method : List.of("post", "put", "delete")) {
				JsonNode operation = path.getValue().get(method);
				if (operation == null) {
					continue;
				}
				for (int i = 0; i < CALLS_PER_OPERATION; i++) {
					write(HttpMethod.valueOf(method.toUpperCase()), path.getKey(), operation);
					calls++;
				}
			}
		}
		assertThat(calls).isGreaterThanOrEqualTo(12 * CALLS_PER_OPERATION);
		assertThat(this.failures).as("seed " + SEED).isEmpty();
		assertThat(this.statuses).contains(400, 404, 412, 422, 428);
	}

	private void write(HttpMethod method, String path, JsonNode operation) throws Exception {
		URI uri = uri(path, operation);
		MockHttpServletRequestBuilder call = request(method, uri).with(user("fuzz-editor").roles("EDITOR"))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON);
		if (operation.has("requestBody")) {
			call.contentType(MediaType.APPLICATION_JSON).content(body(operation));
		}
		if (method != HttpMethod.POST && this.random.nextBoolean()) {
			// Never the record's current tag: the record stays as it is.
			call.header(HttpHeaders.IF_MATCH,
					pick(List.of("\"position-1-v999999999\"", "*", "\"\"", "W/\"1\"", "\"x\"")));
		}
		MockHttpServletResponse response = this.mvc.perform(call).andReturn().getResponse();
		check(method.name(), uri, operation, response);
		if (response.getStatus() == 201) {
			undo(response);
		}
	}

	/** Deletes what a write that was meant to fail recorded after all. */
	private void undo(MockHttpServletResponse created) throws Exception {
		MockHttpServletResponse deleted = this.mvc
			.perform(request(HttpMethod.DELETE, URI.create(created.getHeader(HttpHeaders.LOCATION)))
				.with(user("fuzz-editor").roles("EDITOR"))
				.with(csrf())
				.header(HttpHeaders.IF_MATCH, created.getHeader(HttpHeaders.ETAG)))
			.andReturn()
			.getResponse();
		assertThat(deleted.getStatus()).as("deleting " + created.getHeader(HttpHeaders.LOCATION)).isEqualTo(204);
	}

	private void check(String method, URI uri, JsonNode operation, MockHttpServletResponse response) throws Exception {
		String call = method + " " + uri.toString().substring(0, Math.min(200, uri.toString().length()));
		String status = String.valueOf(response.getStatus());
		this.statuses.add(response.getStatus());
		JsonNode documented = operation.get("responses").get(status);
		if (response.getStatus() >= 500 || documented == null) {
			this.failures.add(call + " answered an undocumented " + status + ": " + response.getContentAsString()
				.substring(0, Math.min(300, response.getContentAsString().length())));
			return;
		}
		if (!documented.has("content") || response.getContentLength() == 0 && response.getContentAsString().isEmpty()) {
			return;
		}
		JsonNode schema = schemaFor(documented.get("content"), response.getContentType());
		if (schema == null) {
			this.failures.add(call + " answered " + status + " as undocumented " + response.getContentType());
			return;
		}
		List<String> errors = SchemaCheck.errors(this.document, schema,
				JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8)));
		if (!errors.isEmpty()) {
			this.failures.add(call + " answered " + status + " breaking its schema: " + errors);
		}
	}

	private static JsonNode schemaFor(JsonNode content, String contentType) {
		MediaType actual = MediaType.parseMediaType(contentType);
		for (Map.Entry<String, JsonNode> type : content.properties()) {
			if (MediaType.parseMediaType(type.getKey()).includes(actual)) {
				return type.getValue().get("schema");
			}
		}
		return null;
	}

	private URI uri(String path, JsonNode operation) {
		StringBuilder address = new StringBuilder();
		StringBuilder query = new StringBuilder();
		String resolved = path;
		for (JsonNode parameter : operation.path("parameters")) {
			String name = parameter.get("name").asString();
			String value = value(parameter.get("schema"));
			if (parameter.get("in").asString().equals("path")) {
				resolved = resolved.replace("{" + name + "}", encode(value.isEmpty() ? "x" : value));
			}
			else if (parameter.path("required").asBoolean() || this.random.nextInt(3) == 0) {
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(encode(value));
			}
		}
		address.append(resolved).append(query);
		return URI.create(address.toString());
	}

	/** A value for a parameter: one its schema allows, or a hostile one. */
	private String value(JsonNode schema) {
		if (this.random.nextInt(3) == 0) {
			return pick(HOSTILE);
		}
		JsonNode resolved = resolve(schema);
		if (resolved.has("enum")) {
			return resolved.get("enum").get(this.random.nextInt(resolved.get("enum").size())).asString();
		}
		String format = resolved.path("format").asString("");
		return switch (format) {
			case "date" -> "2026-02-" + (10 + this.random.nextInt(15));
			case "date-time" -> "2026-02-1" + this.random.nextInt(10) + "T08:00:00Z";
			default -> switch (resolved.path("type").asString("string")) {
				case "integer" -> String.valueOf(this.random.nextInt(8) - 1 + (this.random.nextBoolean() ? 0 : 100));
				case "boolean" -> String.valueOf(this.random.nextBoolean());
				default -> pick(List.of("russia-ukraine", "withdraw", "Rosgvardiya", "proposals", "alice", "dmz"));
			};
		};
	}

	/** A body: the request schema's example, mutated, or something that is not one. */
	private String body(JsonNode operation) {
		JsonNode schema = resolve(operation.at("/requestBody/content/application~1json/schema"));
		if (this.random.nextInt(8) == 0) {
			return pick(List.of("", "{", "[]", "null", "\"x\"", "{\"a\":", "{}"));
		}
		JsonNode example = schema.path("example");
		ObjectNode body = example.isObject() ? (ObjectNode) example.deepCopy() : JSON.createObjectNode();
		int mutations = 1 + this.random.nextInt(3);
		for (int i = 0; i < mutations && !body.isEmpty(); i++) {
			mutate(body);
		}
		return body.toString();
	}

	private void mutate(ObjectNode body) {
		List<String> names = new ArrayList<>();
		body.propertyNames().forEach(names::add);
		String name = pick(names);
		switch (this.random.nextInt(7)) {
			case 0 -> body.remove(name);
			case 1 -> body.putNull(name);
			case 2 -> body.put(name, pick(HOSTILE));
			case 3 -> body.put(name, this.random.nextBoolean() ? Long.MAX_VALUE : -this.random.nextInt(1000));
			case 4 -> body.put(name, this.random.nextBoolean());
			case 5 -> body.putArray(name).add(pick(HOSTILE)).addObject().put("id", 987654321);
			default -> body.put("no_such_member_" + name, 1);
		}
	}

	private JsonNode resolve(JsonNode schema) {
		JsonNode resolved = schema;
		while (resolved != null && resolved.has("$ref")) {
			resolved = this.document.at(resolved.get("$ref").asString().substring(1));
		}
		return (resolved != null) ? resolved : JSON.createObjectNode();
	}

	private <T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
