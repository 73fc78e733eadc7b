package org.parley.web;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Summaries and notes as Markdown: stored as typed, shown as sanitised HTML. Templates
 * use it through {@link MarkdownDialect}: {@code <div parley:markdown="${text}">}, a
 * {@code div} because the result holds paragraphs and lists.
 * <p>
 * CommonMark parses the text with raw HTML escaped and link destinations limited to safe
 * schemes; headings are demoted to start at {@code h3} (a page has its own {@code h1} and
 * {@code h2}); an image becomes its description (no images from elsewhere on our pages).
 * jsoup then keeps only a short list of tags and attributes and marks every link
 * {@code rel="nofollow noopener"}, so nothing a reader did not expect (a script, an event
 * handler, a {@code javascript:} link, a style) gets through, whatever the first step
 * missed.
 */
@Component
public final class Markdown {

	/** Resolves relative links for checking only; they are kept relative. */
	private static final String BASE_URI = "https://parley.invalid/";

	private static final int FIRST_HEADING_LEVEL = 3;

	private static final Safelist SAFELIST = Safelist.basic()
		.addTags("h3", "h4", "h5", "h6", "hr")
		.addAttributes("ol", "start")
		.removeProtocols("a", "href", "ftp")
		.removeEnforcedAttribute("a", "rel")
		.addEnforcedAttribute("a", "rel", "nofollow noopener")
		.preserveRelativeLinks(true);

	private final Parser parser = Parser.builder().postProcessor(Markdown::tame).maxInlineNesting(50).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	/**
	 * The text as sanitised HTML, or an empty string for none.
	 * @param text Markdown as typed, or {@code null}
	 * @return HTML safe to write unescaped
	 */
	public String html(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String rendered = this.renderer.render(this.parser.parse(text));
		Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment(rendered, BASE_URI));
		// A link whose destination was refused keeps its words, not an empty link.
		clean.select("a:not([href]), a[href=\"\"]").unwrap();
		clean.outputSettings().prettyPrint(false);
		return clean.body().html().strip();
	}

	/** Demotes headings and replaces each image by its description. */
	private static Node tame(Node document) {
		List<Image> images = new ArrayList<>();
		document.accept(new AbstractVisitor() {

			@Override
			public void visit(Heading heading) {
				heading.setLevel(Math.min(6, heading.getLevel() + FIRST_HEADING_LEVEL - 1));
				visitChildren(heading);
			}

			@Override
			public void visit(Image image) {
				images.add(image);
				visitChildren(image);
			}

		});
		for (Image image : images) {
			Node child = image.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				image.insertBefore(child);
				child = next;
			}
			image.unlink();
		}
		return document;
	}

}
