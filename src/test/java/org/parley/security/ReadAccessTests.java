package org.parley.security;

import org.junit.jupiter.api.Test;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ReadAccessTests {

	private final RoleHierarchy hierarchy = SecurityConfiguration.roleHierarchy();

	@Test
	void withPublicReadOffOnlyAnalystsAndAboveRead() {
		ReadAccessCheck check = new ReadAccessCheck(false, this.hierarchy);
		assertThat(check.allows(null)).isFalse();
		assertThat(check.allows(new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"))))
			.isFalse();
		assertThat(check.allows(authenticated("ROLE_ANALYST"))).isTrue();
		assertThat(check.allows(authenticated("ROLE_EDITOR"))).isTrue();
		assertThat(check.allows(authenticated("ROLE_ADMIN"))).isTrue();
		assertThat(check.allows(authenticated("SOMETHING_ELSE"))).isFalse();
	}

	@Test
	void withPublicReadOnAnyoneReads() {
		ReadAccessCheck check = new ReadAccessCheck(true, this.hierarchy);
		assertThat(check.allows(null)).isTrue();
		assertThat(check.allows(authenticated("SOMETHING_ELSE"))).isTrue();
	}

	private static TestingAuthenticationToken authenticated(String authority) {
		TestingAuthenticationToken token = new TestingAuthenticationToken("someone", null, authority);
		token.setAuthenticated(true);
		return token;
	}

}
