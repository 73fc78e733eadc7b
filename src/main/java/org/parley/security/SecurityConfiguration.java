package org.parley.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletContext;
import org.parley.token.ApiTokens;
import org.parley.token.FeedLinks;
import org.parley.token.FeedTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may reach what. Pages sign in through the form at {@code /login}; the JSON API
 * answers 401 or 403 with a problem detail instead of redirecting. Roles form a hierarchy
 * ADMIN &gt; EDITOR &gt; ANALYST, so a check for a lesser role also admits the greater
 * ones. Every handler also carries its own method-security rule; read handlers use
 * {@link ReadAccess}.
 * <p>
 * With {@code parley.public-read=true}, anonymous visitors may {@code GET} the
 * {@linkplain #READ_PAGES read pages}, but never an editing page ({@code …/new},
 * {@code …/edit}, {@code …/merge}, {@code …/history}), an admin page, their own account's
 * pages, or anything but {@code GET}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({ SignInProperties.class, SessionProperties.class })
public class SecurityConfiguration {

	/**
	 * No inline scripts or styles anywhere: every script and stylesheet is a file served
	 * from this application.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	/**
	 * Swagger UI draws its icons as {@code data:} images and sets inline styles as it
	 * renders: both are allowed on its own addresses, never on Parley's pages. Its
	 * scripts are files, as Parley's are: no inline script runs there either.
	 */
	static final String API_DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'";

	/**
	 * The OpenAPI document and Swagger UI: open to everyone, like this class's Javadoc.
	 */
	static final RequestMatcher API_DOCS = new OrRequestMatcher(pathPattern("/v3/api-docs"),
			pathPattern("/v3/api-docs.yaml"), pathPattern("/v3/api-docs/**"), pathPattern("/swagger-ui.html"),
			pathPattern("/swagger-ui/**"));

	/** Powerful browser features Parley never uses, switched off for every page. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	/**
	 * The addresses that only show records: open to everyone when public reading is on.
	 */
	static final List<String> READ_PAGES = List.of("/", "/negotiations/**", "/rounds/**", "/proposals/**",
			"/parties/**", "/people/**", "/sources/**", "/topics/**", "/regions/**", "/matrix", "/search", "/changes",
			"/changes.atom", "/export/**", "/codebook", "/api/**");

	/** The name of the session cookie. */
	static final String SESSION_COOKIE = "SESSION";

	static final RequestMatcher API = pathPattern("/api/**");

	/**
	 * Pages that change records (merging one into another among them) or show who changed
	 * them, at any depth up to four.
	 */
	private static final RequestMatcher EDITING = editingPages();

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInAttempts attempts, KnownDevices devices,
			ObjectProvider<AuthenticationEventPublisher> events, Clock clock, SessionProperties sessions,
			ApiTokens tokens, FeedTokens feedTokens, FeedLinks feedLinks,
			@Value("${parley.public-read:false}") boolean publicRead, ServletContext application) throws Exception {
		BearerTokenFilter bearer = new BearerTokenFilter(API, tokens);
		RequestCache requestCache = new ReturnAddresses(API);
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(StaticFiles.REQUESTS)
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				// The form's own permit matches /login exactly, query and all: its
				// ?error and ?locked would be sent to sign in, and their message lost.
				.requestMatchers(HttpMethod.GET, "/login")
				.permitAll()
				.requestMatchers(API_DOCS)
				.permitAll()
				.requestMatchers(ManagementPort.scrapes(application))
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				// What the application exposes beyond health is the admins' to read.
				.requestMatchers("/actuator", "/actuator/**")
				.hasRole("ADMIN")
				// Writing through the API is for editors, refused before the body is
				// read.
				.requestMatchers(HttpMethod.POST, "/api/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.PUT, "/api/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.PATCH, "/api/**")
				.hasRole("EDITOR")
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.hasRole("EDITOR");
			if (publicRead) {
				requests.requestMatchers(new AndRequestMatcher(readPages(), new NegatedRequestMatcher(EDITING)))
					.permitAll();
			}
			requests.anyRequest().authenticated();
		})
			.authenticationManager(
					authenticationManager(users, passwordEncoder, attempts, devices, events.getIfAvailable()))
			.formLogin((form) -> form.loginPage("/login")
				.authenticationDetailsSource(SignInDetails.SOURCE)
				.successHandler(new TwoFactorSuccessHandler(requestCache, feedLinks, devices))
				.failureHandler(failureHandler())
				.permitAll())
			// A bearer token is no cookie a browser sends by itself: no CSRF token
			// needed.
			.csrf((csrf) -> csrf.ignoringRequestMatchers(bearer.matcher())
				.csrfTokenRepository(new SignInCsrfTokens())
				.csrfTokenRequestHandler(new BodyOrHeaderCsrfTokens()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.requestCache((cache) -> cache.requestCache(requestCache))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(authenticationEntryPoint())
				.accessDeniedHandler(accessDeniedHandler()))
			.headers((headers) -> headers.addHeaderWriter(contentSecurityPolicy())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
			.addFilterBefore(new SessionLifetimeFilter(clock, sessions.absoluteTimeout()),
					SecurityContextHolderFilter.class)
			.addFilterBefore(new SameOriginWrites(bearer.matcher(), API), CsrfFilter.class)
			.addFilterAfter(bearer, SecurityContextHolderFilter.class)
			.addFilterAfter(new FeedTokenFilter(feedTokens), SecurityContextHolderFilter.class)
			.addFilterBefore(new TwoFactorFilter(API), AuthorizationFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(API), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Username and password against the accounts, behind the brute-force check. The only
	 * authentication manager: no fallback that would try the password again unchecked.
	 */
	private static ProviderManager authenticationManager(UserDetailsService users, PasswordEncoder passwordEncoder,
			SignInAttempts attempts, KnownDevices devices, AuthenticationEventPublisher events) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, attempts, devices));
		if (events != null) {
			manager.setAuthenticationEventPublisher(events);
		}
		return manager;
	}

	/** A paused sign-in gets its own message; every other failure the same vague one. */
	private static ExceptionMappingAuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		// The page says why from its address: a failed sign-in starts no session.
		handler.setAllowSessionCreation(false);
		handler.setExceptionMappings(Map.of(SignInPausedException.class.getName(), "/login?locked"));
		return handler;
	}

	/**
	 * The API answers 401 to anyone not signed in; every other address sends them to the
	 * sign-in page, whatever they accept.
	 */
	private static AuthenticationEntryPoint authenticationEntryPoint() {
		return DelegatingAuthenticationEntryPoint.builder()
			.addEntryPointFor(ProblemResponses.unauthorized(), API)
			.defaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
			.build();
	}

	/** The API answers 403 with a problem detail; pages show the 403 error page. */
	private static AccessDeniedHandler accessDeniedHandler() {
		LinkedHashMap<RequestMatcher, AccessDeniedHandler> handlers = new LinkedHashMap<>();
		handlers.put(API, ProblemResponses.forbidden());
		return new RequestMatcherDelegatingAccessDeniedHandler(handlers, new AccessDeniedHandlerImpl());
	}

	/** The one policy for Parley's own pages, and Swagger UI's. */
	private static HeaderWriter contentSecurityPolicy() {
		return (request, response) -> {
			if (!response.containsHeader("Content-Security-Policy")) {
				response.setHeader("Content-Security-Policy",
						API_DOCS.matches(request) ? API_DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
			}
		};
	}

	private static RequestMatcher readPages() {
		List<RequestMatcher> matchers = new ArrayList<>();
		READ_PAGES.forEach((page) -> matchers.add(pathPattern(HttpMethod.GET, page)));
		return new OrRequestMatcher(matchers);
	}

	private static RequestMatcher editingPages() {
		List<RequestMatcher> matchers = new ArrayList<>();
		String prefix = "";
		for (int depth = 0; depth < 4; depth++) {
			prefix += "/*";
			for (String last : List.of("new", "edit", "history", "merge")) {
				matchers.add(pathPattern(prefix + "/" + last));
			}
		}
		return new OrRequestMatcher(matchers);
	}

	/**
	 * The session cookie: HttpOnly, SameSite=Lax, and Secure exactly when the request
	 * came over HTTPS. Declared here rather than through
	 * {@code server.servlet.session.cookie.*} so it is the same in every deployment (a
	 * servlet container's own defaults would otherwise apply when Parley runs as a war or
	 * in a mock environment).
	 */
	@Bean
	CookieSerializer cookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(SESSION_COOKIE);
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		// useSecureCookie left unset: Secure follows request.isSecure().
		return serializer;
	}

	/**
	 * Sessions travel in the {@linkplain #cookieSerializer() session cookie}, except that
	 * requests for {@linkplain StaticFiles static files} are served without one.
	 */
	@Bean
	HttpSessionIdResolver httpSessionIdResolver(CookieSerializer cookieSerializer) {
		CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();
		cookies.setCookieSerializer(cookieSerializer);
		return StaticFiles.withoutSessions(cookies);
	}

	/**
	 * Saves a session attribute with PostgreSQL's {@code insert … on conflict}: requests
	 * of one session in parallel (a reader opening tabs) each made the session's CSRF
	 * token and each inserted it; all but the first failed on the attributes' primary
	 * key, a 500.
	 */
	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpserted() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR\nROLE_EDITOR > ROLE_ANALYST");
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PrehashedBcrypt.delegating();
	}

}
