package org.parley.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.test.Browser;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page read on a 320 px phone and a 1280 px screen without sideways scrolling (WCAG
 * 1.4.10; a wide table scrolls in its own box), a proposal printed with its evidence and
 * without the editor's links, and the pages in the dark. One browser, signed in as the
 * admin, so every editor's link and form is on the page too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhonePaperDarkBrowserTests {

	/**
	 * What sticks out past the viewport's right edge, outside a table's own scroll box.
	 */
	private static final String OVERFLOW = """
			const width = document.documentElement.clientWidth;
			if (document.documentElement.scrollWidth <= width) { return null; }
			const out = [];
			for (const element of document.body.querySelectorAll('*')) {
				if (element.closest('.table-scroll') && !element.matches('.table-scroll')) { continue; }
				const box = element.getBoundingClientRect();
				if (box.width > 0 && box.right > width + 1) {
					const parent = element.parentElement;
					const parentBox = parent ? parent.getBoundingClientRect() : null;
					if (parentBox && parentBox.right > width + 1 && out.length > 0) { continue; }
					out.push(element.tagName.toLowerCase() + (element.className ? '.' + String(element.className).trim().replace(/\\s+/g, '.') : '')
						+ ' (' + Math.round(box.right) + 'px)');
					if (out.length >= 6) { break; }
				}
			}
			return document.documentElement.scrollWidth + 'px wide: ' + out.join(', ');
			""";

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeAll
	void openBrowserAndSignIn() {
		this.browser = Browser.start();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ParleyApplicationTest.ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((browser) -> !browser.getCurrentUrl().contains("/login"));
	}

	@AfterAll
	void closeBrowser() {
		this.browser.quit();
	}

	@AfterEach
	void backToAScreen() {
		this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
	}

	@Test
	void noPageScrollsSidewaysOnAPhoneOrAScreen() {
		List<String> pages = pages();
		List<String> failures = new ArrayList<>();
		for (int width : new int[] { 320, 1280 }) {
			this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
			for (String page : pages) {
				open(page);
				Object overflow = this.browser.executeScript(OVERFLOW);
				if (overflow != null) {
					failures.add(width + " px " + page + ": " + overflow);
				}
			}
		}
		assertThat(failures).as("pages that scroll sideways").isEmpty();
	}

	@Test
	void aWideTableScrollsInItsOwnFocusableNamedBoxWithItsFirstColumnInView() {
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		open("/matrix?negotiation=russia-ukraine");
		WebElement box = this.browser.findElement(By.cssSelector(".table-scroll"));
		assertThat(box.getAttribute("tabindex")).isEqualTo("0");
		assertThat(box.getAttribute("role")).isEqualTo("region");
		assertThat(box.getAccessibleName()).isNotBlank();
		WebElement firstCell = box.findElement(By.cssSelector("tbody tr > :first-child"));
		assertThat(firstCell.getCssValue("position")).isEqualTo("sticky");
	}

	@Test
	void aPrintedProposalShowsItsEvidenceWithGradesAndChainsAndItsPermalinkButNoEditing() {
		open(firstLink("/proposals", "^/proposals/\\d+$"));
		String proposal = this.browser.getCurrentUrl();
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
		// Closed <details> on paper: WebDriver's own visibility check knows nothing of
		// print styles, so ask the browser what it renders.
		Object hidden = this.browser.executeScript("""
				const shown = (element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;
				const citations = [...document.querySelectorAll('details.evidence .citation')];
				return { citations: citations.length,
					hidden: citations.filter((citation) => !shown(citation)).length,
					grades: [...document.querySelectorAll('details.evidence .citation .grade')].filter(shown).length,
					chains: [...document.querySelectorAll('details.evidence .citation__via')].filter(shown).length };
				""");
		assertThat(hidden).asString()
			.matches("\\{.*\\}")
			.doesNotContain("citations=0")
			.contains("hidden=0")
			.doesNotContain("grades=0")
			.doesNotContain("chains=0");
		assertThat(this.browser.findElements(By.cssSelector(
				"main a[href$='/edit'], main a[href*='/new'], .citation__edit, form, nav, button, .site-header .account")))
			.isNotEmpty()
			.noneMatch(WebElement::isDisplayed);
		WebElement footer = this.browser.findElement(By.cssSelector(".site-footer"));
		assertThat(footer.getText()).contains("Printed from " + proposal)
			.containsPattern("Page as served on \\d{1,2} \\p{L}+ \\d{4}");
	}

	@Test
	void inTheDarkThePageIsDarkAndTheStancesStillDifferFromEachOther() {
		this.browser.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
		open("/matrix?negotiation=russia-ukraine");
		String background = this.browser.findElement(By.tagName("body")).getCssValue("background-color");
		assertThat(luminance(background)).as("body background %s", background).isLessThan(0.05);
		Map<String, String> colours = new LinkedHashMap<>();
		for (WebElement badge : this.browser.findElements(By.cssSelector(".stance"))) {
			String back = badge.getCssValue("background-color");
			String text = badge.getCssValue("color");
			assertThat(contrast(back, text)).as("%s: %s on %s", badge.getText(), text, back).isGreaterThan(4.5);
			assertThat(contrast(text, background)).as("%s on the page", badge.getText()).isGreaterThan(4.5);
			colours.put(badge.getAttribute("class"), back + " " + text);
		}
		assertThat(colours).hasSizeGreaterThan(2);
		assertThat(colours.values()).doesNotHaveDuplicates();
	}

	/** The read pages and the editor's forms, found from the pages that link to them. */
	private List<String> pages() {
		String proposal = firstLink("/proposals", "^/proposals/\\d+$");
		String round = firstLink("/rounds", "^/rounds/\\d+$");
		String party = firstLink("/parties", "^/parties/\\d+$");
		String person = firstLink("/people", "^/people/\\d+$");
		String topic = firstLink("/topics", "^/topics/\\d+$");
		String region = firstLink("/regions", "^/regions/\\d+$");
		String source = firstLink(proposal, "^/sources/\\d+$");
		String stated = firstLinkOnAny("/proposals", "^/proposals/\\d+$", "^/positions/\\d+/edit$");
		String position = firstLink(stated, "^/positions/\\d+/edit$");
		String citation = firstLink(stated, "^/citations/\\d+/edit$");
		String negotiation = "/negotiations/russia-ukraine";
		String negotiationEdit = firstLink(negotiation, "^/negotiations/\\d+/edit$");
		return List.of("/", "/proposals", proposal, "/rounds", round, "/matrix?negotiation=russia-ukraine",
				"/matrix?negotiation=russia-ukraine&asOf=2026-02-18&compare=2026-01-01", negotiation, "/parties", party,
				"/people", person, "/topics", topic, "/regions", region, "/search?q=Donbas", "/changes", source,
				proposal + "/history", "/codebook", "/no-such-page", "/log", "/rounds/new", round + "/edit",
				"/proposals/new", proposal + "/edit", "/positions/new", position, "/citations/new", citation,
				"/negotiations/new", negotiationEdit, "/parties/new", party + "/edit", "/people/new", person + "/edit",
				"/topics/new", topic + "/edit", topic + "/merge", "/regions/new", region + "/edit", "/admin/sources",
				"/admin/sources/new", "/admin/audit", "/admin/webhooks", "/admin/users", "/account/password",
				"/account/two-factor", "/account/tokens", "/account/sessions");
	}

	/**
	 * The first of the pages {@code list} links to that has a link like {@code pattern}.
	 */
	@SuppressWarnings("unchecked")
	private String firstLinkOnAny(String list, String item, String pattern) {
		open(list);
		List<String> pages = (List<String>) this.browser.executeScript("""
				const pattern = new RegExp(arguments[0]);
				return [...document.querySelectorAll('main a[href]')]
					.map((a) => new URL(a.getAttribute('href'), document.baseURI).pathname)
					.filter((path) => pattern.test(path));
				""", item);
		for (String page : pages) {
			open(page);
			Object found = this.browser.executeScript("""
					const pattern = new RegExp(arguments[0]);
					return [...document.querySelectorAll('main a[href]')]
						.some((a) => pattern.test(new URL(a.getAttribute('href'), document.baseURI).pathname));
					""", pattern);
			if (Boolean.TRUE.equals(found)) {
				return page;
			}
		}
		throw new AssertionError("no page linked from " + list + " links like " + pattern);
	}

	private String firstLink(String page, String pattern) {
		open(page);
		Object href = this.browser.executeScript("""
				const pattern = new RegExp(arguments[0]);
				for (const a of document.querySelectorAll('main a[href]')) {
					const path = new URL(a.getAttribute('href'), document.baseURI).pathname;
					if (pattern.test(path)) { return path; }
				}
				return null;
				""", pattern);
		assertThat(href).as("a link like %s on %s", pattern, page).isNotNull();
		return (String) href;
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	/** WCAG relative luminance of a computed colour, "rgba(21, 24, 28, 1)". */
	private static double luminance(String rgba) {
		String[] parts = rgba.replaceAll("[^0-9.,]", "").split(",");
		double luminance = 0;
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		for (int i = 0; i < 3; i++) {
			double channel = Double.parseDouble(parts[i]) / 255;
			luminance += weights[i]
					* ((channel <= 0.03928) ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4));
		}
		return luminance;
	}

	private static double contrast(String one, String other) {
		double a = luminance(one);
		double b = luminance(other);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

}
