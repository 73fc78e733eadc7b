package org.parley.topic;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionTests {

	@Test
	void aRegionCannotLieWithinItself() {
		Region donbas = new Region("donbas", "Donbas", "UA");
		Region donetsk = new Region("donetsk-oblast", "Donetsk Oblast", "UA");
		donetsk.placeWithin(donbas);
		assertThat(donetsk.ancestors()).containsExactly(donbas);
		assertThatIllegalArgumentException().isThrownBy(() -> donbas.placeWithin(donbas));
		assertThatIllegalArgumentException().isThrownBy(() -> donbas.placeWithin(donetsk));
		assertThat(donbas.getParent()).isNull();
	}

}
