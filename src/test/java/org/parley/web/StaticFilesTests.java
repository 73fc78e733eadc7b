package org.parley.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.RemoteAddresses;
import org.parley.test.SqlStatements;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files are served without the session (no SQL at all, even with a signed-in
 * user's cookie), under content-hashed names cached for a year, with the protective
 * headers every response carries.
 */
@ParleyApplicationTest
class StaticFilesTests {

	private static final Pattern STYLESHEET = Pattern.compile("href=\"(/css/parley-[0-9a-f]{32}\\.css)\"");

	private static final Pattern SCRIPT = Pattern.compile("src=\"(/js/picker-[0-9a-f]{32}\\.js)\"");

	@Autowired
	MockMvc mvc;

	Cookie session;

	@BeforeEach
	void signIn() throws Exception {
		this.session = this.mvc
			.perform(post("/login").param("username", "admin")
				.param("password", ParleyApplicationTest.ADMIN_PASSWORD)
				.with(csrf())
				.with(RemoteAddresses.fromUniqueAddress()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.session).as("a session cookie after signing in").isNotNull();
	}

	@Test
	void aStylesheetRequestedWithASessionCookieSendsNoSqlStatementAtAll() throws Exception {
		String stylesheet = linked(STYLESHEET, page("/"));
		// The counter does see the session store: a page with the cookie loads and saves
		// the session.
		SqlStatements.reset();
		this.mvc.perform(get("/rounds").cookie(this.session)).andExpect(status().isOk());
		assertThat(SqlStatements.countIncludingSessions()).isGreaterThan(SqlStatements.count());

		for (String path : new String[] { stylesheet, "/css/parley.css", linked(SCRIPT, page("/")), "/js/picker.js" }) {
			SqlStatements.reset();
			this.mvc.perform(get(path).cookie(this.session))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Set-Cookie"));
			assertThat(SqlStatements.countIncludingSessions()).as("statements for %s", path).isZero();
		}
		// The session is untouched and still signs its holder in.
		this.mvc.perform(get("/").cookie(this.session)).andExpect(status().isOk());
	}

	@Test
	void aMissingStaticFileWithASessionCookieSendsNoSqlStatementEither() throws Exception {
		SqlStatements.reset();
		this.mvc.perform(get("/css/missing.css").cookie(this.session)).andExpect(status().isNotFound());
		assertThat(SqlStatements.countIncludingSessions()).isZero();
	}

	@Test
	void pagesLinkToTheContentHashedStylesheetAndScript() throws Exception {
		for (String html : new String[] { page("/"), page("/rounds"),
				this.mvc.perform(get("/login")).andReturn().getResponse().getContentAsString() }) {
			assertThat(html).containsPattern(STYLESHEET).containsPattern(SCRIPT);
			assertThat(html).doesNotContain("\"/css/parley.css\"").doesNotContain("\"/js/picker.js\"");
		}
	}

	@Test
	void theHashedStylesheetIsTheFileCachedForAYearWithTheProtectiveHeaders() throws Exception {
		for (Pattern pattern : new Pattern[] { STYLESHEET, SCRIPT }) {
			String path = linked(pattern, page("/"));
			MockHttpServletResponse response = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
				.andExpect(header().doesNotExist("Pragma"))
				.andExpect(header().doesNotExist("Expires"))
				.andExpect(header().string("Content-Security-Policy",
						"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andReturn()
				.getResponse();
			String file = path.replaceAll("-[0-9a-f]{32}\\.", ".");
			assertThat(response.getContentAsByteArray()).isEqualTo(resource("/static" + file));
		}
	}

	@Test
	void thePlainNameIsStillServedButNotCached() throws Exception {
		this.mvc.perform(get("/css/parley.css"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void aHashThatIsNotTheFilesIsNotFoundAndNotCached() throws Exception {
		this.mvc.perform(get("/css/parley-0123456789abcdef0123456789abcdef.css"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Cache-Control", not(containsString("immutable"))));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).cookie(this.session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String linked(Pattern pattern, String html) {
		Matcher matcher = pattern.matcher(html);
		assertThat(matcher.find()).as("a link matching %s", pattern).isTrue();
		return matcher.group(1);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = StaticFilesTests.class.getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			return in.readAllBytes();
		}
	}

}
