package org.parley.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Each text field of an editor form is on the page once: a fragment selector that also
 * matched elements by name once put a second, unlabelled box of the same name under every
 * text area, and the form sent both.
 */
@ParleyApplicationTest
@WithMockUser(username = "form-fields-editor", roles = "EDITOR")
class FormFieldsTests {

	private static final Pattern TEXT_FIELD = Pattern.compile(
			"<(textarea|select)\\b[^>]*\\bname=\"([^\"]+)\"|<input\\b(?![^>]*type=\"(?:hidden|radio|checkbox)\")[^>]*\\bname=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/log", "/rounds/new", "/proposals/new", "/positions/new", "/citations/new",
			"/negotiations/new", "/parties/new", "/people/new", "/topics/new", "/regions/new" })
	void everyFieldIsOnTheFormOnce(String form) throws Exception {
		String page = this.mvc.perform(get(form)).andReturn().getResponse().getContentAsString();
		Matcher matcher = TEXT_FIELD.matcher(page);
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		int fields = 0;
		while (matcher.find()) {
			String name = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
			fields++;
			if (!seen.add(name)) {
				twice.add(name);
			}
		}
		assertThat(fields).as("fields on %s", form).isPositive();
		assertThat(twice).as("fields shown twice on %s", form).isEmpty();
	}

}
