package org.parley.read.changes;

import java.util.List;

/**
 * One page of {@code /changes}, read by key: the changes, newest first, and where the
 * next older page begins.
 *
 * @param changes the changes shown
 * @param older the cursor of the next older page ({@code ?before=}), or {@code null} when
 * these are the oldest
 */
public record ChangesPage(List<ChangeEntry> changes, Long older) {

	public boolean isEmpty() {
		return this.changes.isEmpty();
	}

}
