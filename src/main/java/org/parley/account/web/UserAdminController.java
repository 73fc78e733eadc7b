package org.parley.account.web;

import jakarta.validation.Valid;
import org.parley.account.Account;
import org.parley.account.AccountChangeRefusedException;
import org.parley.account.AccountNotFoundException;
import org.parley.account.AccountService;
import org.parley.account.PasswordGenerator;
import org.parley.account.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/users}: admins list accounts, create them, change their role, enable or
 * disable them and reset their passwords. A generated password is shown once, on the page
 * answering the request, and never stored in clear.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	static final int GENERATED_PASSWORD_LENGTH = 20;

	private final AccountService accounts;

	private final PasswordGenerator generator = new PasswordGenerator();

	UserAdminController(AccountService accounts) {
		this.accounts = accounts;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.accounts.list());
		return "account/users/list";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("newUserForm", new NewUserForm());
		return "account/users/edit";
	}

	@PostMapping
	String create(@Valid @ModelAttribute NewUserForm newUserForm, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return "account/users/edit";
		}
		boolean generate = !StringUtils.hasLength(newUserForm.getPassword());
		String password = generate ? this.generator.generate(GENERATED_PASSWORD_LENGTH) : newUserForm.getPassword();
		Account account;
		try {
			account = this.accounts.create(newUserForm.getUsername(), newUserForm.getRole(), password);
		}
		catch (AccountChangeRefusedException ex) {
			String field = ex.getReason().isPasswordPolicy() ? "password" : "username";
			binding.rejectValue(field, ex.getCode(), ex.getArguments(), ex.getMessage());
			return "account/users/edit";
		}
		return issued(model, account, generate ? password : null, "created");
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		Account account = this.accounts.get(id);
		model.addAttribute("user", account);
		model.addAttribute("userForm", UserForm.of(account));
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return "account/users/edit";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute UserForm userForm, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (!binding.hasErrors()) {
			try {
				this.accounts.update(id, userForm.getRole(), userForm.isEnabled());
				redirect.addAttribute("saved", account.getUsername());
				return "redirect:/admin/users";
			}
			catch (AccountChangeRefusedException ex) {
				String field = (userForm.getRole() != Role.ADMIN) ? "role" : "enabled";
				binding.rejectValue(field, ex.getCode(), ex.getArguments(), ex.getMessage());
			}
		}
		model.addAttribute("user", account);
		model.addAttribute("passwordResetForm", new PasswordResetForm());
		return "account/users/edit";
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute PasswordResetForm passwordResetForm,
			BindingResult binding, Model model) {
		Account account = this.accounts.get(id);
		if (!binding.hasErrors()) {
			boolean generate = !StringUtils.hasLength(passwordResetForm.getPassword());
			String password = generate ? this.generator.generate(GENERATED_PASSWORD_LENGTH)
					: passwordResetForm.getPassword();
			try {
				Account reset = this.accounts.resetPassword(id, password);
				return issued(model, reset, generate ? password : null, "reset");
			}
			catch (AccountChangeRefusedException ex) {
				binding.rejectValue("password", ex.getCode(), ex.getArguments(), ex.getMessage());
			}
		}
		model.addAttribute("user", account);
		model.addAttribute("userForm", UserForm.of(account));
		return "account/users/edit";
	}

	@ExceptionHandler(AccountNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	private static String issued(Model model, Account account, String generatedPassword, String what) {
		model.addAttribute("user", account);
		model.addAttribute("generatedPassword", generatedPassword);
		model.addAttribute("what", what);
		return "account/users/show";
	}

}
