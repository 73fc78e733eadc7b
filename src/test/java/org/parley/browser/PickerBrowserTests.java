package org.parley.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.account.Account;
import org.parley.account.AccountRepository;
import org.parley.account.Role;
import org.parley.test.Browser;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pickers in a real browser: js/picker.js reveals the search box, narrows the select to
 * what {@code /pick/{kind}} finds as the editor types, keeps what is already chosen, and
 * without typing the select offers every choice as it would without the script. Real
 * commits: the person saved here is removed afterwards.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
class PickerBrowserTests {

	private static final String PASSWORD = "picker-browser-password";

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	ChromeDriver browser;

	WebDriverWait wait;

	String editor;

	String person;

	@BeforeEach
	void openBrowser() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.editor = "picker-editor-" + suffix;
		this.person = "Picker Test Delegate " + suffix;
		this.accounts.saveAndFlush(new Account(this.editor, this.passwordEncoder.encode(PASSWORD), Role.EDITOR));
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		signIn();
	}

	@AfterEach
	void closeBrowserAndRemoveThePerson() {
		this.browser.quit();
		this.jdbc.update("delete from person where full_name = ?", this.person);
	}

	@Test
	void typingNarrowsTheChoicesAndTheChosenOneIsSaved() {
		open("/people/new");
		WebElement search = searchBoxOf("partyId");
		assertThat(search.isDisplayed()).isTrue();
		assertThat(search.getAttribute("aria-label")).isEqualTo("Find Speaks for");
		assertThat(search.getAttribute("placeholder")).isEqualTo("Type to find…");
		this.browser.findElement(By.id("fullName")).sendKeys(this.person);

		search.sendKeys("ukr");
		this.wait.until((driver) -> {
			List<String> labels = labels("partyId");
			return labels.contains("Ukraine") && labels.stream().noneMatch((label) -> label.startsWith("Russia"));
		});
		new Select(this.browser.findElement(By.id("partyId"))).selectByVisibleText("Ukraine");
		// Enter in the search box searches; it does not send the form half-filled.
		search.sendKeys(Keys.ENTER);
		assertThat(this.browser.getCurrentUrl()).endsWith("/people/new");

		click(By.cssSelector(".form-actions button.button--primary"));
		this.wait.until(ExpectedConditions.urlMatches("/people/[0-9]+$"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), this.person));
		assertThat(this.browser.findElement(By.cssSelector(".facts")).getText()).contains("Ukraine");
		Long partyId = this.jdbc.queryForObject("select party_id from person where full_name = ?", Long.class,
				this.person);
		assertThat(partyId).isEqualTo(id("ukraine"));
	}

	@Test
	void aSearchLeavingOneMatchChoosesItAndTextNeverChosenStopsTheSave() {
		open("/people/new");
		this.browser.findElement(By.id("fullName")).sendKeys(this.person);
		WebElement search = searchBoxOf("partyId");
		search.sendKeys("zzz no such party");
		click(By.cssSelector(".form-actions button.button--primary"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".picker .picker__note"),
				"You typed here but chose nothing"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/people/new");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(search);

		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "United States");
		this.wait.until((driver) -> String.valueOf(id("united-states"))
			.equals(new Select(driver.findElement(By.id("partyId"))).getFirstSelectedOption().getAttribute("value")));
		assertThat(this.browser.findElement(By.cssSelector(".picker .picker__note")).getText())
			.isEqualTo("Chosen: the only match.");
		click(By.cssSelector(".form-actions button.button--primary"));
		this.wait.until(ExpectedConditions.urlMatches("/people/[0-9]+$"));
		assertThat(this.jdbc.queryForObject("select party_id from person where full_name = ?", Long.class, this.person))
			.isEqualTo(id("united-states"));
	}

	@Test
	void aSearchLeavingOneMatchChoosesItInAListOfSeveralChoicesToo() {
		open("/rounds/new");
		searchBoxOf("partyIds").sendKeys("United States");
		this.wait.until((driver) -> selectedValues("partyIds").equals(List.of(String.valueOf(id("united-states")))));
		assertThat(this.browser.findElement(By.cssSelector(".picker .picker__note")).getText())
			.isEqualTo("Chosen: the only match.");
	}

	@Test
	void withoutTypingTheSelectOffersEveryChoice() {
		open("/people/new");
		int parties = this.jdbc.queryForObject("select count(*) from party", Integer.class);
		List<String> labels = labels("partyId");
		// Every party (there are fewer than a plain select's limit) and "no party".
		assertThat(labels).hasSize(Math.min(parties, org.parley.picker.Picker.LIMIT) + 1)
			.contains("Ukraine")
			.anyMatch((l) -> l.startsWith("Russia"));
	}

	@Test
	void aMultiSelectKeepsWhatIsChosenWhileNarrowingAndClearingBringsEveryChoiceBack() {
		open("/rounds/new");
		Select parties = new Select(this.browser.findElement(By.id("partyIds")));
		int all = parties.getOptions().size();
		parties.selectByValue(String.valueOf(id("russia")));
		WebElement search = searchBoxOf("partyIds");

		search.sendKeys("ukr");
		this.wait.until((driver) -> labels("partyIds").contains("Ukraine")
				&& labels("partyIds").stream().noneMatch((label) -> label.startsWith("United States")));
		assertThat(selectedValues("partyIds")).containsExactly(String.valueOf(id("russia")));
		parties.selectByVisibleText("Ukraine");

		search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		this.wait.until((driver) -> labels("partyIds").size() == all);
		assertThat(selectedValues("partyIds")).containsExactlyInAnyOrder(String.valueOf(id("russia")),
				String.valueOf(id("ukraine")));
	}

	private WebElement searchBoxOf(String selectId) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.xpath("//select[@id='" + selectId + "']/preceding-sibling::input[@type='search']")));
	}

	/** Read in one go by the page, so that options replaced meanwhile are never stale. */
	private List<String> labels(String selectId) {
		return strings(
				"return Array.from(document.getElementById(arguments[0]).options).map((o) => o.textContent.trim());",
				selectId);
	}

	private List<String> selectedValues(String selectId) {
		return strings("return Array.from(document.getElementById(arguments[0]).selectedOptions).map((o) => o.value);",
				selectId);
	}

	@SuppressWarnings("unchecked")
	private List<String> strings(String script, String selectId) {
		return (List<String>) this.browser.executeScript(script, selectId);
	}

	private void signIn() {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(this.editor);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	private void click(By by) {
		this.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private long id(String slug) {
		return this.jdbc.queryForObject("select id from party where slug = ?", Long.class, slug);
	}

}
