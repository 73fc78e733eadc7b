package org.parley.account.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.account.Account;
import org.parley.account.AccountChangeRefusedException;
import org.parley.account.AccountRepository;
import org.parley.account.AccountService;
import org.parley.account.Role;
import org.parley.test.ParleyApplicationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ParleyApplicationTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class UserAdminTests {

	private static final Pattern SHOWN_PASSWORD = Pattern.compile("class=\"one-time-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountService service;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void listsTheAccounts() throws Exception {
		this.mvc.perform(get("/admin/users"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>admin</td>")))
			.andExpect(content().string(containsString("New user")));
		this.mvc.perform(get("/admin/users/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Initial password")));
	}

	@Test
	void createsAnAccountWithAChosenPasswordThatMustBeChangedAtFirstSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/users").param("username", " New.Editor ")
				.param("role", "EDITOR")
				.param("password", "a chosen initial secret")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The account “new.editor” was created.")))
			.andExpect(content().string(not(containsString("a chosen initial secret"))));
		Account created = this.accounts.findByUsernameIgnoreCase("new.editor").orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.isEnabled()).isTrue();
		assertThat(created.isPasswordChangeRequired()).isTrue();
		assertThat(this.encoder.matches("a chosen initial secret", created.getPasswordHash())).isTrue();
	}

	@Test
	void generatesAPasswordAndShowsItOnce() throws Exception {
		String page = this.mvc
			.perform(post("/admin/users").param("username", "generated-analyst")
				.param("role", "ANALYST")
				.param("password", "")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shown only this once")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = SHOWN_PASSWORD.matcher(page);
		assertThat(shown.find()).isTrue();
		String password = shown.group(1);
		assertThat(password).hasSize(UserAdminController.GENERATED_PASSWORD_LENGTH);
		Account created = this.accounts.findByUsernameIgnoreCase("generated-analyst").orElseThrow();
		assertThat(this.encoder.matches(password, created.getPasswordHash())).isTrue();
		// Not kept anywhere it could be shown again.
		this.mvc.perform(get("/admin/users/{id}/edit", created.getId()))
			.andExpect(content().string(not(containsString(password))));
	}

	@Test
	void refusesBadInputWithMessagesNextToTheFieldsAndASummary() throws Exception {
		this.mvc.perform(post("/admin/users").param("username", "").param("role", "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString("Enter a username.")))
			.andExpect(content().string(containsString("Choose a role.")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(post("/admin/users").param("username", "no spaces allowed").param("role", "ANALYST").with(csrf()))
			.andExpect(content().string(containsString("A username is 2 to 100 characters")));
		this.mvc
			.perform(post("/admin/users").param("username", "ADMIN")
				.param("role", "ANALYST")
				.param("password", "a perfectly good password")
				.with(csrf()))
			.andExpect(content().string(containsString("An account with this username exists already.")));
		this.mvc
			.perform(post("/admin/users").param("username", "shorty")
				.param("role", "ANALYST")
				.param("password", "too short")
				.with(csrf()))
			.andExpect(content().string(containsString("A password needs at least 12 characters.")));
		this.mvc
			.perform(post("/admin/users").param("username", "commoner")
				.param("role", "ANALYST")
				.param("password", "Password1234")
				.with(csrf()))
			.andExpect(content().string(containsString("one of the most commonly used")));
		assertThat(this.accounts.findByUsernameIgnoreCase("shorty")).isEmpty();
		assertThat(this.accounts.findByUsernameIgnoreCase("commoner")).isEmpty();
	}

	@Test
	void changesTheRoleAndDisablesAndEnablesAnAccount() throws Exception {
		Account editor = this.service.create("role-change", Role.EDITOR, "an editor's first secret");
		this.mvc.perform(get("/admin/users/{id}/edit", editor.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("User “role-change”")));
		// An unchecked checkbox sends only Spring's marker field.
		this.mvc.perform(
				post("/admin/users/{id}", editor.getId()).param("role", "ANALYST").param("_enabled", "on").with(csrf()))
			.andExpect(redirectedUrl("/admin/users?saved=role-change"));
		Account changed = this.accounts.findById(editor.getId()).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.ANALYST);
		assertThat(changed.isEnabled()).isFalse();
		this.mvc
			.perform(post("/admin/users/{id}", editor.getId()).param("role", "ADMIN")
				.param("enabled", "true")
				.param("_enabled", "on")
				.with(csrf()))
			.andExpect(redirectedUrl("/admin/users?saved=role-change"));
		changed = this.accounts.findById(editor.getId()).orElseThrow();
		assertThat(changed.getRole()).isEqualTo(Role.ADMIN);
		assertThat(changed.isEnabled()).isTrue();
	}

	@Test
	void resetsAPasswordThatMustThenBeChanged() throws Exception {
		Account analyst = this.service.create("reset-me", Role.ANALYST, "the analyst's old secret");
		analyst = this.service.changeOwnPassword("reset-me", "the analyst's old secret", "the analyst's own secret",
				null);
		assertThat(analyst.isPasswordChangeRequired()).isFalse();
		this.mvc
			.perform(post("/admin/users/{id}/password", analyst.getId()).param("password", "too short").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A password needs at least 12 characters.")));
		String page = this.mvc
			.perform(post("/admin/users/{id}/password", analyst.getId()).param("password", "").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password of “reset-me” was reset.")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher shown = SHOWN_PASSWORD.matcher(page);
		assertThat(shown.find()).isTrue();
		Account reset = this.accounts.findById(analyst.getId()).orElseThrow();
		assertThat(reset.isPasswordChangeRequired()).isTrue();
		assertThat(this.encoder.matches(shown.group(1), reset.getPasswordHash())).isTrue();
	}

	@Test
	void theLastEnabledAdminCanBeNeitherDisabledNorDemoted() throws Exception {
		Account admin = onlyEnabledAdmin();
		this.mvc.perform(
				post("/admin/users/{id}", admin.getId()).param("role", "ADMIN").param("_enabled", "on").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This is the last enabled admin"),
					containsString("Please correct the following"))));
		this.mvc
			.perform(post("/admin/users/{id}", admin.getId()).param("role", "EDITOR")
				.param("enabled", "true")
				.param("_enabled", "on")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This is the last enabled admin")));
		Account unchanged = this.accounts.findById(admin.getId()).orElseThrow();
		assertThat(unchanged.isActiveAdmin()).isTrue();
		// The service holds the rule too, whatever calls it.
		assertThatExceptionOfType(AccountChangeRefusedException.class)
			.isThrownBy(() -> this.service.update(admin.getId(), Role.ANALYST, true))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(AccountChangeRefusedException.Reason.LAST_ADMIN));
		assertThatExceptionOfType(AccountChangeRefusedException.class)
			.isThrownBy(() -> this.service.update(admin.getId(), Role.ADMIN, false));
	}

	@Test
	void anAdminMayStepDownWhileAnotherRemains() {
		Account admin = onlyEnabledAdmin();
		this.service.create("second-admin", Role.ADMIN, "the second admin's secret");
		this.service.update(admin.getId(), Role.EDITOR, true);
		assertThat(this.accounts.findById(admin.getId()).orElseThrow().getRole()).isEqualTo(Role.EDITOR);
		Account second = this.accounts.findByUsernameIgnoreCase("second-admin").orElseThrow();
		assertThatExceptionOfType(AccountChangeRefusedException.class)
			.isThrownBy(() -> this.service.update(second.getId(), Role.ADMIN, false));
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/{id}/edit", Long.MAX_VALUE)).andExpect(status().isNotFound());
		this.mvc.perform(post("/admin/users/{id}", Long.MAX_VALUE).param("role", "ADMIN").with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void onlyAdminsManageAccounts() throws Exception {
		this.mvc.perform(get("/admin/users")).andExpect(status().isForbidden());
		this.mvc.perform(post("/admin/users").param("username", "sneaky").param("role", "ADMIN").with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findByUsernameIgnoreCase("sneaky")).isEmpty();
	}

	/** The first admin, with every other admin disabled (rolled back after the test). */
	private Account onlyEnabledAdmin() {
		Account admin = this.accounts.findByUsernameIgnoreCase("admin").orElseThrow();
		this.accounts.findAll()
			.stream()
			.filter((account) -> account.isActiveAdmin() && !account.equals(admin))
			.forEach(Account::disable);
		this.accounts.flush();
		return admin;
	}

}
