package org.parley.source.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.source.SourceRepository;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Only admins reach any of the source administration's addresses. */
@ParleyApplicationTest
@Transactional
class SourceAdminAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceRepository sources;

	@Autowired
	SourceAdminController controller;

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void theHandlersThemselvesRefuseNonAdminsBesidesTheAddressRule() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.controller.list(0, new ExtendedModelMap()));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.controller.retire(1, 0, new RedirectAttributesModelMap()));
	}

	static Stream<String[]> endpoints() {
		return Stream.of(new String[] { "GET", "/admin/sources" }, new String[] { "GET", "/admin/sources/new" },
				new String[] { "POST", "/admin/sources" }, new String[] { "GET", "/admin/sources/{id}/edit" },
				new String[] { "POST", "/admin/sources/{id}" }, new String[] { "POST", "/admin/sources/{id}/retire" },
				new String[] { "POST", "/admin/sources/{id}/accept" },
				new String[] { "GET", "/admin/sources/{id}/merge" },
				new String[] { "POST", "/admin/sources/{id}/merge" }, new String[] { "GET", "/admin/audit" });
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void analystsAndEditorsAreRefused(String method, String path) throws Exception {
		long id = this.sources.findBySlug("report").orElseThrow().getId();
		for (String role : new String[] { "ANALYST", "EDITOR" }) {
			this.mvc
				.perform(request(HttpMethod.valueOf(method), path.replace("{id}", Long.toString(id)))
					.param("version", "0")
					.with(SecurityMockMvcRequestPostProcessors.user("someone").roles(role))
					.with(csrf()))
				.andExpect(status().isForbidden());
		}
	}

	@ParameterizedTest
	@MethodSource("endpoints")
	void strangersAreSentToSignIn(String method, String path) throws Exception {
		this.mvc.perform(request(HttpMethod.valueOf(method), path.replace("{id}", "1")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

}
