package org.parley.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every mapped endpoint, from every handler mapping, against the access table below, for
 * a stranger, an analyst, an editor and an admin. An endpoint the table does not cover
 * fails the build, naming it: give it a rule here when adding it.
 * <p>
 * Path variables get values that exist nowhere, so an allowed request may well answer
 * 404: what counts is that it is not refused (401, 403, or a redirect to the sign-in
 * page) when it should pass, and refused when it should not.
 */
@ParleyApplicationTest
@Transactional
class EndpointAccessTests {

	/** Who may use an endpoint. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,

		/** A read page: any signed-in role (and anyone when parley.public-read=true). */
		READ,

		/** Any signed-in role, never the public: one's own account, history, API docs. */
		SIGNED_IN,

		/** Editors and admins. */
		EDITOR,

		/** Admins only. */
		ADMIN

	}

	enum Caller {

		STRANGER, ANALYST, EDITOR, ADMIN

	}

	private static final Set<HttpMethod> ANY = Set.of();

	private static final Set<HttpMethod> GET = Set.of(HttpMethod.GET);

	private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	/** The access table: the first rule whose methods and pattern match decides. */
	private static final List<Rule> RULES = List.of(
			rule(Access.PUBLIC, GET, "/login", "/error", "/actuator/health", "/actuator/health/**"),
			// The API's description: no record in it, open like any API's documentation.
			rule(Access.PUBLIC, GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html",
					"/swagger-ui/**"),
			// The second step of signing in: reached by a half signed-in session (see
			// TwoFactorTests); a fully signed-in one is sent on to the start page.
			rule(Access.SIGNED_IN, ANY, "/login/two-factor"), rule(Access.ADMIN, ANY, "/admin/**"),
			rule(Access.SIGNED_IN, ANY, "/account/**"),
			// Renaming and merging topics and regions: admins, though editors add them.
			rule(Access.ADMIN, ANY, "/topics/*/edit", "/topics/*/merge", "/regions/*/edit", "/regions/*/merge"),
			rule(Access.ADMIN, WRITES, "/topics/*", "/regions/*"),
			// Editing pages, and what their forms send.
			rule(Access.EDITOR, ANY, "/*/new", "/*/*/new", "/*/*/*/new", "/*/*/edit", "/*/*/*/*/edit", "/log",
					"/log/**"),
			// What a form's picker finds by typing: only editors fill forms.
			rule(Access.EDITOR, GET, "/pick/*"), rule(Access.SIGNED_IN, GET, "/*/*/history"),
			rule(Access.ADMIN, GET, "/actuator", "/actuator/**"),
			// The search aliases: listed to every signed-in role, kept by editors.
			rule(Access.SIGNED_IN, GET, "/aliases"), rule(Access.EDITOR, WRITES, "/aliases", "/aliases/**"),
			// Who the caller is: any signed-in role, with a session or an API token.
			rule(Access.SIGNED_IN, GET, "/api/v1/me"),
			// Read pages: any signed-in role.
			rule(Access.READ, GET, "/", "/negotiations/**", "/rounds/**", "/proposals/**", "/parties/**", "/people/**",
					"/sources/**", "/topics/**", "/regions/**", "/matrix", "/search", "/changes", "/changes.atom",
					"/export/**", "/codebook", "/api/**"),
			// Writing records: editors.
			rule(Access.EDITOR, WRITES, "/negotiations/**", "/rounds/**", "/proposals/**", "/parties/**", "/people/**",
					"/topics/**", "/regions/**", "/positions/**", "/citations/**", "/api/**"));

	private static final String DUMMY_ID = "987654321";

	private static final String DUMMY_NAME = "no-such-record";

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void everyEndpointHasARuleAndKeepsIt() throws Exception {
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).extracting(Endpoint::toString)
			.as("mapped endpoints, from every handler mapping")
			.contains("GET /", "GET /login", "GET /error", "GET /actuator/health", "GET /admin/users",
					"POST /admin/users/{id}/password", "POST /account/password", "GET /account/sessions",
					"POST /account/sessions/{handle}/sign-out", "POST /account/sessions/sign-out-others");
		List<String> unknown = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			Rule rule = ruleFor(endpoint);
			if (rule == null) {
				unknown.add(endpoint.toString());
				continue;
			}
			for (Caller caller : Caller.values()) {
				MockHttpServletResponse response = perform(endpoint, caller);
				String problem = check(endpoint, rule.access(), caller, response);
				if (problem != null) {
					wrong.add(problem);
				}
			}
		}
		assertThat(unknown)
			.as("endpoints without an access rule: add one to EndpointAccessTests.RULES (and to the security rules)")
			.isEmpty();
		assertThat(wrong).as("endpoints not keeping their access rule").isEmpty();
	}

	@Test
	void theTableCoversTheAddressesOfTheDesign() {
		assertThat(access(HttpMethod.GET, "/rounds")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/rounds/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/proposals")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/proposals/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/matrix")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/negotiations/{slug}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/parties/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/people/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/sources/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/sources")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/negotiations")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.POST, "/negotiations")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/topics/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/topics")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/regions")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/parties")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.POST, "/parties")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/parties/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/people")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.POST, "/people")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/people/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/regions/{id}")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/topics/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.POST, "/topics")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/regions/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.POST, "/regions")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/topics/{id}/edit")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.POST, "/topics/{id}")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.GET, "/topics/{id}/merge")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.POST, "/topics/{id}/merge")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.GET, "/regions/{id}/edit")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.POST, "/regions/{id}")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.GET, "/regions/{id}/merge")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.POST, "/regions/{id}/merge")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.GET, "/search")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/aliases")).isEqualTo(Access.SIGNED_IN);
		assertThat(access(HttpMethod.GET, "/aliases/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.POST, "/aliases")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.POST, "/aliases/{id}/delete")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/changes")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/changes.atom")).isEqualTo(Access.READ);
		assertThat(access(HttpMethod.GET, "/rounds/new")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/rounds/{id}/edit")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.POST, "/rounds/{id}")).isEqualTo(Access.EDITOR);
		assertThat(access(HttpMethod.GET, "/rounds/{id}/history")).isEqualTo(Access.SIGNED_IN);
		assertThat(access(HttpMethod.POST, "/admin/sources/{id}/merge")).isEqualTo(Access.ADMIN);
		assertThat(access(HttpMethod.GET, "/account/sessions")).isEqualTo(Access.SIGNED_IN);
		assertThat(access(HttpMethod.POST, "/account/sessions/{handle}/sign-out")).isEqualTo(Access.SIGNED_IN);
		assertThat(access(HttpMethod.POST, "/account/sessions/sign-out-others")).isEqualTo(Access.SIGNED_IN);
		assertThat(access(HttpMethod.GET, "/unplanned")).isNull();
		assertThat(access(HttpMethod.POST, "/sources/{id}")).isNull();
	}

	private Access access(HttpMethod method, String pattern) {
		Rule rule = ruleFor(new Endpoint(method, pattern));
		return (rule != null) ? rule.access() : null;
	}

	private MockHttpServletResponse perform(Endpoint endpoint, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.concretePath())
			.accept(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (endpoint.method() != HttpMethod.GET) {
			request.with(csrf());
		}
		if (caller != Caller.STRANGER) {
			request.with(user("matrix-" + caller.name().toLowerCase()).roles(caller.name()));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String check(Endpoint endpoint, Access access, Caller caller, MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean sentToSignIn = status == 302 && location != null && location.endsWith("/login");
		boolean refused = status == 401 || status == 403 || sentToSignIn;
		boolean mayPass = switch (access) {
			case PUBLIC -> true;
			case READ, SIGNED_IN -> caller != Caller.STRANGER;
			case EDITOR -> caller == Caller.EDITOR || caller == Caller.ADMIN;
			case ADMIN -> caller == Caller.ADMIN;
		};
		String seen = endpoint + " as " + caller + " (" + access + "): " + status
				+ ((location != null) ? " → " + location : "");
		if (mayPass) {
			if (refused) {
				return seen + ", expected to pass";
			}
			if (status >= 500 && !endpoint.pattern().equals("/error")) {
				return seen + ", a server error";
			}
			return null;
		}
		if (caller == Caller.STRANGER) {
			boolean expected = endpoint.isApi() ? status == 401 : sentToSignIn;
			return expected ? null
					: seen + ", expected " + (endpoint.isApi() ? "401" : "a redirect to the sign-in page");
		}
		return (status == 403) ? null : seen + ", expected 403";
	}

	private List<Endpoint> endpoints() {
		Set<Endpoint> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				Set<HttpMethod> httpMethods = methods.isEmpty() ? GET
						: methods.stream().map(RequestMethod::asHttpMethod).collect(Collectors.toSet());
				for (String pattern : info.getPatternValues()) {
					for (HttpMethod method : httpMethods) {
						if (method != HttpMethod.HEAD && method != HttpMethod.OPTIONS) {
							endpoints.add(new Endpoint(method, pattern));
						}
					}
				}
			}
		}
		return new ArrayList<>(endpoints);
	}

	private static Rule ruleFor(Endpoint endpoint) {
		PathContainer path = PathContainer.parsePath(endpoint.concretePath());
		for (Rule rule : RULES) {
			if ((rule.methods().isEmpty() || rule.methods().contains(endpoint.method()))
					&& rule.patterns().stream().anyMatch((pattern) -> pattern.matches(path))) {
				return rule;
			}
		}
		return null;
	}

	private static Rule rule(Access access, Set<HttpMethod> methods, String... patterns) {
		return new Rule(access, methods,
				Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList());
	}

	record Rule(Access access, Set<HttpMethod> methods, List<PathPattern> patterns) {

	}

	record Endpoint(HttpMethod method, String pattern) implements Comparable<Endpoint> {

		/**
		 * The pattern with every variable and wildcard given a value that names nothing.
		 */
		String concretePath() {
			if (this.pattern.equals("/") || this.pattern.isEmpty()) {
				return "/";
			}
			return Arrays.stream(this.pattern.split("/"))
				.filter((segment) -> !segment.isEmpty())
				.map(Endpoint::concreteSegment)
				.collect(Collectors.joining("/", "/", ""));
		}

		private static String concreteSegment(String segment) {
			if (segment.equals("**") || segment.equals("*") || segment.startsWith("{*")) {
				return DUMMY_NAME;
			}
			if (segment.startsWith("{") && segment.endsWith("}")) {
				String name = segment.substring(1, segment.length() - 1).toLowerCase();
				return (name.equals("id") || name.endsWith("id")) ? DUMMY_ID : DUMMY_NAME;
			}
			return segment.replaceAll("\\{[^}]*}", DUMMY_NAME);
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public int compareTo(Endpoint other) {
			int byPattern = this.pattern.compareTo(other.pattern);
			return (byPattern != 0) ? byPattern : this.method.name().compareTo(other.method.name());
		}

		@Override
		public String toString() {
			return this.method.name() + " " + this.pattern;
		}

	}

}
