package org.parley.security;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Response headers, error pages that give nothing away, and the API's problem details.
 */
@ParleyApplicationTest
class HardeningTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyResponseCarriesTheProtectiveHeaders() throws Exception {
		for (String path : new String[] { "/login", "/", "/api/v1/me", "/css/parley.css" }) {
			this.mvc.perform(get(path))
				.andExpect(header().string("Content-Security-Policy",
						"default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
				.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
				.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().doesNotExist("Strict-Transport-Security"));
		}
	}

	@Test
	void hstsOverHttps() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security",
					allOf(containsString("max-age=31536000"), containsString("includeSubDomains"))));
	}

	@Test
	void theErrorAddressAskedForDirectlyIsNotFound() throws Exception {
		this.mvc.perform(get("/error").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		this.mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andExpect(status().isNotFound());
		this.mvc.perform(get(java.net.URI.create("/%65rror")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	@Test
	void aServerErrorShowsTheGenericPageWithoutTechnicalDetails() throws Exception {
		IllegalStateException failure = new IllegalStateException(
				"could not execute statement: select password_hash from app_user");
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/rounds/1"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("Something went wrong on our side")))
			.andExpect(content()
				.string(allOf(not(containsString("IllegalStateException")), not(containsString("select password_hash")),
						not(containsString("java.lang")), not(containsString("at org.parley")))));
		this.mvc
			.perform(get("/error").accept(MediaType.APPLICATION_JSON)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, failure)
				.requestAttr(RequestDispatcher.ERROR_MESSAGE, failure.getMessage())
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/rounds"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.exception").doesNotExist())
			.andExpect(jsonPath("$.trace").doesNotExist())
			.andExpect(content().string(not(containsString("select password_hash"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))));
	}

	@Test
	void theApiAsksStrangersToAuthenticateWithAProblemDetail() throws Exception {
		this.mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Unauthorized"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("Authentication is required")))
			.andExpect(jsonPath("$.instance").value("/api/v1/me"));
		this.mvc.perform(post("/api/v1/me").with(csrf()))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void theApiRefusesWithAProblemDetail() throws Exception {
		// A call made with a session but without the CSRF token.
		this.mvc.perform(post("/api/v1/me").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.title").value("Forbidden"))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").exists());
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void pagesRefuseWithTheErrorPageNotJson() throws Exception {
		String contentType = this.mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentType();
		assertThat(String.valueOf(contentType)).doesNotContain("problem+json");
	}

	@Test
	void problemDetailStringsAreEscaped() {
		assertThat(ProblemResponses.json("a\"b\\c<d>\n")).isEqualTo("\"a\\\"b\\\\c\\u003cd\\u003e\\u000a\"");
	}

}
