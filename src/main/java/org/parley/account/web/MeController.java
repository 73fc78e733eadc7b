package org.parley.account.web;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.account.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the caller is signed in as, with a session or a token. */
@RestController
@PreAuthorize("isAuthenticated()")
@io.swagger.v3.oas.annotations.tags.Tag(name = "Account", description = "Who the caller is signed in as.")
class MeController {

	@GetMapping("/api/v1/me")
	Map<String, String> me(Authentication authentication) {
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toSet());
		String role = null;
		for (Role candidate : Role.values()) {
			if (authorities.contains(candidate.authority())) {
				role = candidate.name();
			}
		}
		return (role != null) ? Map.of("username", authentication.getName(), "role", role)
				: Map.of("username", authentication.getName());
	}

}
