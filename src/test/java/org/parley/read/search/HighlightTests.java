package org.parley.read.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTests {

	@Test
	void escapesEverythingAndTurnsOnlyTheMarkersIntoMarks() {
		String marked = "\uE002script\uE003 <b>\"x\" & 'y' \uE000Rosgvardiya\uE001 \uE004amp;";
		assertThat(Highlight.toHtml(marked))
			.isEqualTo("&lt;script&gt; &lt;b&gt;&quot;x&quot; &amp; &#39;y&#39; <mark>Rosgvardiya</mark> &amp;amp;");
	}

	@Test
	void keepsMarksBalanced() {
		assertThat(Highlight.toHtml("\uE001a\uE000b\uE000c")).isEqualTo("a<mark>bc</mark>");
		assertThat(Highlight.toHtml(null)).isNull();
	}

}
