package org.parley.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.test.Browser;
import org.parley.test.EveryPage;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as Chromium renders it with its stylesheet and scripts, passes axe-core
 * without a serious or critical violation: the read pages and forms an admin opens on the
 * Geneva record, a missing page, and the sign-in page. A failure names the page, the rule
 * and the elements. One browser for the whole class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessibilityBrowserTests {

	/** What fails the build; moderate and minor findings are advice. */
	private static final Set<String> FAILING = Set.of("serious", "critical");

	/** The elements named for each violation: the rest are like them. */
	private static final int SHOWN = 5;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	@BeforeAll
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterAll
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	@Order(1)
	void everyPageAnAdminOpensHasNoSeriousOrCriticalViolation() {
		signIn();
		List<String> failures = new ArrayList<>();
		for (String page : EveryPage.addresses(this.jdbc)) {
			failures.addAll(violations(page));
		}
		failures.addAll(violations("/proposals/999999999"));
		assertThat(failures).as("axe-core serious and critical violations, by page").isEmpty();
	}

	@Test
	@Order(2)
	void onAPhoneThePagesWhoseTablesScrollInTheirOwnBoxHaveNoSeriousOrCriticalViolation() {
		// At 320 px the wide tables overflow into their scroll containers, which must
		// then
		// be reachable by keyboard and named: axe checks what only shows at that width.
		this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", 320, "height", 900, "deviceScaleFactor", 1, "mobile", false));
		try {
			List<String> failures = new ArrayList<>();
			for (String page : EveryPage.addresses(this.jdbc)) {
				if (page.matches("^/(proposals|rounds|matrix|negotiations|parties|admin/audit|changes|sources)\\b.*")
						&& !page.contains("/edit") && !page.endsWith("/new")) {
					failures.addAll(violations(page));
				}
			}
			assertThat(failures).as("axe-core serious and critical violations at 320 px, by page").isEmpty();
		}
		finally {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
		}
	}

	@Test
	@Order(3)
	void theSignInPageHasNoSeriousOrCriticalViolation() {
		this.browser.manage().deleteAllCookies();
		List<String> failures = new ArrayList<>(violations("/login"));
		failures.addAll(violations("/login?error"));
		assertThat(failures).as("axe-core serious and critical violations, by page").isEmpty();
	}

	@Test
	@Order(4)
	void theCheckFailsAPageWithAnImageWithoutAnAlternative() {
		// So that a check that quietly stopped working cannot pass every page.
		this.browser.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x></main></html>");
		assertThat(found("a page made to fail")).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("image-alt (critical");
	}

	private List<String> violations(String page) {
		this.browser.get("http://localhost:" + this.port + page);
		return found(page);
	}

	private List<String> found(String page) {
		List<String> found = new ArrayList<>();
		Results results = new AxeBuilder().analyze(this.browser);
		if (results.getPasses().isEmpty()) {
			found.add(page + ": axe-core checked nothing");
		}
		for (Rule rule : results.getViolations()) {
			if (FAILING.contains(rule.getImpact())) {
				found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ", " + rule.getHelp() + ") on "
						+ nodes(rule.getNodes()));
			}
		}
		return found;
	}

	private static String nodes(List<CheckedNode> nodes) {
		List<String> named = new ArrayList<>();
		for (CheckedNode node : nodes.subList(0, Math.min(SHOWN, nodes.size()))) {
			named.add(node.getTarget() + " " + node.getHtml());
		}
		if (nodes.size() > SHOWN) {
			named.add("and " + (nodes.size() - SHOWN) + " more");
		}
		return String.join("; ", named);
	}

	private void signIn() {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ParleyApplicationTest.ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(this.browser, Duration.ofSeconds(30))
			.until((browser) -> !browser.getCurrentUrl().contains("/login"));
	}

}
