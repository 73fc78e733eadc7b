package org.parley.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The rule behind {@link ReadAccess}: an analyst (or any greater role) may read; when
 * public reading is on, so may anyone.
 */
@Component("readAccess")
class ReadAccessCheck {

	private static final String ANALYST = "ROLE_ANALYST";

	private final boolean publicRead;

	private final RoleHierarchy roleHierarchy;

	ReadAccessCheck(@Value("${parley.public-read:false}") boolean publicRead, RoleHierarchy roleHierarchy) {
		this.publicRead = publicRead;
		this.roleHierarchy = roleHierarchy;
	}

	public boolean allows(Authentication authentication) {
		if (this.publicRead) {
			return true;
		}
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return false;
		}
		return this.roleHierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())
			.stream()
			.anyMatch((authority) -> ANALYST.equals(authority.getAuthority()));
	}

	boolean isPublicRead() {
		return this.publicRead;
	}

}
