package org.parley.dashboard;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
class DashboardTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithMockUser(roles = "ANALYST")
	void showsTheNegotiationWithTheGenevaRoundAndItsProposals() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Russia–Ukraine peace talks")))
			.andExpect(content().string(containsString("Geneva talks, 17–18 February 2026")))
			.andExpect(content().string(containsString("stalemate")))
			.andExpect(content().string(containsString("Joint Russian–Ukrainian civilian administration")))
			.andExpect(content().string(containsString("US–Russian 28-point peace plan")))
			.andExpect(content().string(containsString("under discussion")));
	}

	@Test
	void asksStrangersToSignInFirst() throws Exception {
		this.mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	@WithMockUser(roles = "ANALYST")
	void anUnknownAddressIsA404PageInTheLayout() throws Exception {
		this.mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		// MockMvc has no servlet container to forward to the error page, so render it as
		// the container would.
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Page not found")))
			.andExpect(content().string(containsString("Skip to content")));
	}

}
