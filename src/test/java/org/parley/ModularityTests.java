package org.parley;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a module: others may use only its top-level types, and no two
 * modules depend on each other in a cycle.
 */
class ModularityTests {

	@Test
	void featurePackagesKeepTheirBoundariesWithoutCycles() {
		ApplicationModules.of(ParleyApplication.class).verify();
	}

}
