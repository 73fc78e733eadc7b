package org.parley.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.test.Browser;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst in a real browser: signs in, finds the Geneva talks, and reaches what
 * Ukraine said about the joint civilian administration, who said it, in which outlet and
 * how reliable it is.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
class AnalystBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.quit();
	}

	@Test
	void signsInAndSeesTheGenevaTalks() {
		this.browser.get("http://localhost:" + this.port + "/");
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ParleyApplicationTest.ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The sign-in page's own heading may still be there for a moment: wait for the
		// next page.
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(30))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Overview");
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Geneva talks, 17–18 February 2026");
	}

	@Test
	void reachesWhatUkraineSaidAboutTheJointAdministrationAndHowReliableTheOutletIsInThreeClicks() {
		signIn();
		// Click 1: the proposal, from the start page.
		this.browser.findElement(By.partialLinkText("Joint Russian–Ukrainian civilian administration")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.contains("Joint Russian–Ukrainian civilian administration");
		WebElement ukraine = this.browser
			.findElement(By.xpath("//li[contains(@class,'party-stance')][.//h3//a[normalize-space()='Ukraine']]"));
		assertThat(ukraine.getText()).contains("rejects")
			.contains("That's the core of the problem. For us, this is unacceptable.")
			.contains("Oleksandr Merezhko")
			.contains("foreign affairs committee");
		// Click 2: open the evidence behind Merezhko's statement.
		WebElement statement = ukraine.findElement(By.xpath(".//li[contains(., 'For us, this is unacceptable.')]"));
		statement.findElement(By.cssSelector("details.evidence > summary")).click();
		WebElement evidence = statement.findElement(By.cssSelector("details.evidence"));
		assertThat(evidence.getText()).contains("Report")
			.contains("C2")
			.contains("via")
			.contains("The Kyiv Independent");
		// Click 3: the outlet, with its reliability.
		evidence.findElement(By.linkText("Report")).click();
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Report").contains("fairly reliable");
	}

	private void signIn() {
		this.browser.get("http://localhost:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys(ParleyApplicationTest.ADMIN_PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new org.openqa.selenium.support.ui.WebDriverWait(this.browser, java.time.Duration.ofSeconds(30))
			.until((browser) -> !browser.getCurrentUrl().contains("/login"));
	}

	@Test
	void triesTheApiInSwaggerUiUnderTheContentSecurityPolicy() {
		signIn();
		this.browser.get("http://localhost:" + this.port + "/swagger-ui.html");
		org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(
				this.browser, java.time.Duration.ofSeconds(60));
		WebElement operation = wait.until(org.openqa.selenium.support.ui.ExpectedConditions
			.presenceOfElementLocated(By.id("operations-Positions-listPositions")));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		wait.until(org.openqa.selenium.support.ui.ExpectedConditions
			.elementToBeClickable(By.cssSelector("#operations-Positions-listPositions .try-out__btn"))).click();
		this.browser.findElement(By.cssSelector("#operations-Positions-listPositions .execute")).click();
		WebElement status = wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By
			.cssSelector("#operations-Positions-listPositions .live-responses-table tbody .response-col_status")));
		assertThat(status.getText()).isEqualTo("200");
		assertThat(this.browser.findElement(By.cssSelector("#operations-Positions-listPositions .live-responses-table"))
			.getText()).contains("Demilitarized zone in the Donbas");
		assertThat(this.browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
			.extracting(org.openqa.selenium.logging.LogEntry::getMessage)
			.noneMatch((message) -> message.contains("Content Security Policy"));
	}

}
