package org.parley.read.changes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTests {

	@Test
	void marksRemovedAndAddedWords() {
		assertThat(WordDiff.html("Russia opposes the zone", "Russia accepts the zone"))
			.isEqualTo("Russia <del>opposes</del><ins>accepts</ins> the zone");
	}

	@Test
	void keepsCommonWordsAcrossInsertionsAndDeletions() {
		assertThat(WordDiff.html("a b c d", "a c d e")).isEqualTo("a <del>b </del>c d<ins> e</ins>");
	}

	@Test
	void escapesEveryWordBeforeMarkingIt() {
		assertThat(WordDiff.html("<b>bold</b> & co", "<i>x</i> & co"))
			.isEqualTo("<del>&lt;b&gt;bold&lt;/b&gt;</del><ins>&lt;i&gt;x&lt;/i&gt;</ins> &amp; co");
	}

	@Test
	void aMissingValueIsAllAddedOrAllRemoved() {
		assertThat(WordDiff.html(null, "new text")).isEqualTo("<ins>new text</ins>");
		assertThat(WordDiff.html("old text", null)).isEqualTo("<del>old text</del>");
		assertThat(WordDiff.html(null, null)).isEmpty();
	}

	@Test
	void keepsNonAsciiTextAsItIs() {
		assertThat(WordDiff.html("Росгвардия патрулирует", "Росгвардия уходит"))
			.isEqualTo("Росгвардия <del>патрулирует</del><ins>уходит</ins>");
	}

}
