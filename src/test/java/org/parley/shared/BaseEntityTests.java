package org.parley.shared;

import org.junit.jupiter.api.Test;
import org.parley.party.Party;
import org.parley.party.PartyKind;
import org.parley.topic.Topic;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class BaseEntityTests {

	@Test
	void unsavedEntitiesAreEqualOnlyToThemselves() {
		Party ukraine = new Party("ukraine", "Ukraine", PartyKind.STATE);
		Party other = new Party("ukraine", "Ukraine", PartyKind.STATE);
		assertThat(ukraine).isEqualTo(ukraine).isNotEqualTo(other);
	}

	@Test
	void savedEntitiesAreEqualByIdAndClass() {
		Party ukraine = withId(new Party("ukraine", "Ukraine", PartyKind.STATE), 1L);
		Party sameRow = withId(new Party("ukraine-2", "Ukraine", PartyKind.STATE), 1L);
		Topic topicWithSameId = withId(new Topic("territory", "Territory"), 1L);
		assertThat(ukraine).isEqualTo(sameRow).hasSameHashCodeAs(sameRow).isNotEqualTo(topicWithSameId);
	}

	@Test
	void hashCodeDoesNotChangeWhenTheIdIsAssigned() {
		Party ukraine = new Party("ukraine", "Ukraine", PartyKind.STATE);
		int before = ukraine.hashCode();
		withId(ukraine, 7L);
		assertThat(ukraine.hashCode()).isEqualTo(before);
	}

	private static <T extends BaseEntity> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, BaseEntity.class, "id", id, Long.class);
		return entity;
	}

}
