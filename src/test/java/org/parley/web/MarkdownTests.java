package org.parley.web;

import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries and notes: what Markdown gives a reader, and what it never lets through.
 */
class MarkdownTests {

	private static final Set<String> SAFE_TAGS = Set.of("body", "p", "a", "em", "strong", "code", "pre", "ul", "ol",
			"li", "blockquote", "h3", "h4", "h5", "h6", "hr", "br");

	private final Markdown markdown = new Markdown();

	@Test
	void nothingForNoText() {
		assertThat(this.markdown.html(null)).isEmpty();
		assertThat(this.markdown.html("  \n ")).isEmpty();
	}

	@Test
	void plainTextIsOneParagraph() {
		assertThat(this.markdown.html("Talks resumed in Geneva.")).isEqualTo("<p>Talks resumed in Geneva.</p>");
	}

	@Test
	void emphasisListsAndCodeComeThrough() {
		String html = this.markdown.html("""
				Both sides *agreed* on **three** points:

				1. a ceasefire line
				2. `prisoner exchange`

				- one
				- two

				> quoted""");
		assertThat(html).contains("<em>agreed</em>", "<strong>three</strong>", "<ol>", "<li>a ceasefire line</li>",
				"<code>prisoner exchange</code>", "<ul>", "<li>one</li>", "<blockquote>");
	}

	@Test
	void anOrderedListKeepsItsStart() {
		assertThat(this.markdown.html("3. third\n4. fourth")).contains("<ol start=\"3\">");
	}

	@Test
	void linksComeThroughMarkedNofollowNoopener() {
		assertThat(this.markdown.html("See [Reuters](https://www.reuters.com/world/?a=1&b=2).")).isEqualTo(
				"<p>See <a href=\"https://www.reuters.com/world/?a=1&amp;b=2\" rel=\"nofollow noopener\">Reuters</a>.</p>");
		assertThat(this.markdown.html("[the DMZ](/proposals/5)"))
			.isEqualTo("<p><a href=\"/proposals/5\" rel=\"nofollow noopener\">the DMZ</a></p>");
		assertThat(this.markdown.html("<https://example.org>"))
			.contains("<a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a>");
	}

	@Test
	void aLinkCannotBringItsOwnRel() {
		assertThat(this.markdown.html("[x](https://example.org \"title\")")).contains("rel=\"nofollow noopener\"")
			.doesNotContain("title=");
	}

	@Test
	void headingsStartAtThree() {
		assertThat(this.markdown.html("# One\n\n## Two\n\n#### Four\n\n###### Six")).contains("<h3>One</h3>",
				"<h4>Two</h4>", "<h6>Four</h6>", "<h6>Six</h6>");
		assertThat(this.markdown.html("Title\n=====")).isEqualTo("<h3>Title</h3>");
	}

	@Test
	void anImageBecomesItsDescription() {
		String html = this.markdown.html("Map: ![the *front* line](https://evil.example/track.png) here");
		assertThat(html).isEqualTo("<p>Map: the <em>front</em> line here</p>");
		assertThat(this.markdown.html("[![logo](https://evil.example/a.png)](https://example.org)"))
			.isEqualTo("<p><a href=\"https://example.org\" rel=\"nofollow noopener\">logo</a></p>")
			.doesNotContain("<img");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "Hello <script>alert(1)</script> there",
			"<img src=x onerror=alert(1)>", "text <img src=x onerror=alert(1)> text",
			"<a href=\"javascript:alert(1)\">x</a>", "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))",
			"[click](  javascript:alert(1))", "[click](java&#x73;cript:alert(1))", "[click](vbscript:msgbox(1))",
			"[click](data:text/html;base64,PHNjcmlwdD4=)", "<div onmouseover=\"alert(1)\">hover</div>",
			"<style>body{display:none}</style>", "<iframe src=\"https://evil.example\"></iframe>",
			"![x](javascript:alert(1))", "![x\" onerror=\"alert(1)](a.png)",
			"[x](https://example.org \"a\\\" onmouseover=\\\"alert(1)\")", "<svg onload=alert(1)>",
			"<javascript:alert(1)>", "[a]: javascript:alert(1)\n\n[link][a]" })
	void nothingActiveComesThrough(String text) {
		Element body = Jsoup.parseBodyFragment(this.markdown.html(text)).body();
		for (Element element : body.getAllElements()) {
			assertThat(element.tagName()).as(text).isIn(SAFE_TAGS);
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).as(text).isIn("href", "rel", "start", "cite");
				if (attribute.getKey().equals("href")) {
					assertThat(attribute.getValue().toLowerCase(Locale.ROOT).strip()).as(text)
						.matches("(https?:|mailto:|/|[^:]*$).*");
				}
			}
		}
	}

	@Test
	void aLinkToARefusedDestinationKeepsItsWords() {
		assertThat(this.markdown.html("[click](javascript:alert(1)) or [this](data:text/html,x)"))
			.isEqualTo("<p>click or this</p>");
	}

	@Test
	void rawHtmlIsShownAsTyped() {
		assertThat(this.markdown.html("Hello <b>bold</b> & <script>x</script>"))
			.isEqualTo("<p>Hello &lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;</p>");
		assertThat(this.markdown.html("<script>alert(1)</script>"))
			.isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>");
	}

	@Test
	void cyrillicAndQuotesSurvive() {
		assertThat(this.markdown.html("Мережко said “no” — *твердо*"))
			.isEqualTo("<p>Мережко said “no” — <em>твердо</em></p>");
	}

}
