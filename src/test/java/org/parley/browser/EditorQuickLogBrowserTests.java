package org.parley.browser;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * Done means, in a real browser: a new editor logs a whole round from one news report on
 * the one quick-log form — a new outlet, delegates with their posts (one new), a new
 * proposal with a topic and one on record discussed again, three positions cited to the
 * report, one spoken by the new delegate — and an analyst then finds it on the timeline,
 * on the proposal's page, in the matrix and among the changes, and opens its history.
 * Real commits: what the editor saved is removed afterwards (the audit trail keeps its
 * entries, under this test's own editor).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "parley.demo-data=true")
@Import(PostgresTestConfiguration.class)
class EditorQuickLogBrowserTests {

	private static final String PASSWORD = "quick-log-browser-password";

	private static final String ROUND = "Doha talks, 2–3 March 2026";

	private static final String CEASEFIRE = "Air-monitored ceasefire along the contact line";

	private static final String SOURCE = "Doha Wire Journey";

	private static final String ENVOY = "Kyrylo Journey-Envoy";

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

	String analyst;

	@BeforeEach
	void openBrowser() {
		String suffix = Long.toString(System.nanoTime(), 36);
		this.editor = "ql-editor-" + suffix;
		this.analyst = "ql-analyst-" + suffix;
		this.accounts.saveAndFlush(new Account(this.editor, this.passwordEncoder.encode(PASSWORD), Role.EDITOR));
		this.accounts.saveAndFlush(new Account(this.analyst, this.passwordEncoder.encode(PASSWORD), Role.ANALYST));
		this.browser = Browser.start();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowserAndRemoveTheLog() {
		this.browser.quit();
		for (Long id : this.jdbc.queryForList("select id from round where title = ?", Long.class, ROUND)) {
			this.jdbc.update("delete from position where round_id = ?", id);
			this.jdbc.update("delete from round where id = ?", id);
		}
		for (Long id : this.jdbc.queryForList("select id from proposal where title = ?", Long.class, CEASEFIRE)) {
			this.jdbc.update("delete from position where proposal_id = ?", id);
			this.jdbc.update("delete from proposal_proposer where proposal_id = ?", id);
			this.jdbc.update("delete from proposal where id = ?", id);
		}
		this.jdbc.update("delete from person where full_name = ?", ENVOY);
		this.jdbc.update("delete from citation where url = 'https://report.az/en/doha-talks-end-without-a-ceasefire'");
		this.jdbc.update("delete from source where name = ?", SOURCE);
	}

	@Test
	void anEditorLogsARoundFromAReportAndAnAnalystFindsItEverywhere() {
		signIn(this.editor);
		// The way in: the navigation.
		click(By.linkText("Log a round"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Log a round"));

		// 1. The report, from an outlet not on record yet.
		type("report.newSourceName", SOURCE);
		type("report.url", "https://report.az/en/doha-talks-end-without-a-ceasefire");
		type("report.headline", "Doha talks end without a ceasefire, but with a prisoner deal in sight");
		date("report.publishedOn", "2026-03-04");
		type("report.excerpt", "Kyiv would accept a ceasefire only with monitors; Moscow refused.");
		choose("report.credibility", "2");

		// 2. The round, and its delegates with their posts: one on record, one new.
		choose("round.negotiationId", id("negotiation", "russia-ukraine"));
		type("round.title", ROUND);
		type("round.place", "Doha");
		date("round.startsOn", "2026-03-02");
		date("round.endsOn", "2026-03-03");
		choose("round.format", "TRILATERAL");
		choose("round.outcome", "STALEMATE");
		choose("round.mediatorId", id("party", "united-states"));
		Select parties = new Select(this.browser.findElement(By.id("round.partyIds")));
		parties.selectByValue(id("party", "ukraine"));
		parties.selectByValue(id("party", "russia"));
		type("round.summary", "No ceasefire; both sides agreed to prepare an exchange of prisoners.");
		choose("delegates0.personId", id("person", "yuri-ushakov"));
		type("delegates0.post", "aide to the Russian president");
		type("delegates1.fullName", ENVOY);
		choose("delegates1.partyId", id("party", "ukraine"));
		type("delegates1.post", "presidential envoy");

		// 3. One new proposal with a topic, one on record discussed again.
		type("proposals0.title", CEASEFIRE);
		type("proposals0.summary", "A ceasefire monitored from the air by a third party.");
		choose("proposals0.status", "UNDER_DISCUSSION");
		choose("proposals0.introducedById", id("party", "united-states"));
		choose("proposals0.topicIds", id("topic", "ceasefire"));
		assertThat(this.browser.findElement(By.id("proposals1.title")).isDisplayed()).isTrue();
		choose("proposals1.proposalId", id("proposal", "donbas-demilitarized-zone"));
		// A proposal on record needs none of a new one's fields: they are out of the way.
		assertThat(this.browser.findElement(By.id("proposals1.title")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("proposals1.status")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.id("proposals0.title")).isDisplayed()).isTrue();

		// 4. Three positions cited to the report; the choices name the rows as typed.
		assertThat(optionText("positions0.proposal", "row-0")).isEqualTo("Proposal row 1: " + CEASEFIRE);
		assertThat(optionText("positions0.speakerDelegate", "1")).isEqualTo("Delegate row 2: " + ENVOY);
		choose("positions0.partyId", id("party", "ukraine"));
		choose("positions0.proposal", "row-0");
		choose("positions0.stance", "CONDITIONAL");
		type("positions0.condition", "Only with international monitors");
		choose("positions0.speakerDelegate", "1");
		type("positions0.quote", "A ceasefire without monitors is a pause to rearm.");
		choose("positions1.partyId", id("party", "russia"));
		choose("positions1.proposal", "row-0");
		choose("positions1.stance", "REJECTS");
		choose("positions1.speakerId", id("person", "yuri-ushakov"));
		choose("positions2.partyId", id("party", "russia"));
		choose("positions2.proposal", "row-1");
		choose("positions2.stance", "SUPPORTS");

		click(By.cssSelector(".form-actions button.button--primary"));
		this.wait.until(ExpectedConditions.urlMatches("/rounds/[0-9]+$"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), ROUND));
		assertThat(text(".flash")).contains(ROUND).contains("was logged");
		String round = text("#main");
		assertThat(round).contains("Doha")
			.contains(CEASEFIRE)
			.contains("Demilitarized zone in the Donbas")
			.contains("Only with international monitors")
			.contains("A ceasefire without monitors is a pause to rearm.")
			.contains(ENVOY)
			.contains("presidential envoy")
			.contains("aide to the Russian president");
		signOut();

		// The analyst: the timeline, the proposal, the matrix, the changes, a history.
		signIn(this.analyst);
		assertThat(this.browser.findElements(By.linkText("Log a round"))).isEmpty();
		open("/rounds");
		assertThat(text("#main")).contains(ROUND);
		click(By.linkText(ROUND));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), ROUND));
		click(By.linkText(CEASEFIRE));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), CEASEFIRE));
		String proposal = text("#main");
		assertThat(proposal).contains("Ceasefire").contains("United States").contains(ENVOY).contains(SOURCE);

		open("/matrix?negotiation=russia-ukraine");
		WebElement ceasefireRow = this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("//tr[.//a[normalize-space()='" + CEASEFIRE + "']]")));
		assertThat(ceasefireRow.getText()).contains("conditional").contains("rejects");

		open("/changes?editor=" + this.editor);
		String changes = text("#main");
		assertThat(changes).contains(ROUND).contains(CEASEFIRE);
		assertThat(changes.toLowerCase(Locale.ROOT)).contains("conditional").contains("rejects");

		long ceasefire = this.jdbc.queryForObject("select id from proposal where title = ?", Long.class, CEASEFIRE);
		open("/proposals/" + ceasefire + "/history");
		String history = text("#main");
		assertThat(history).contains(CEASEFIRE).contains(this.editor);
		assertThat(history).contains("under discussion").doesNotContain("UNDER_DISCUSSION");
		// The proposal’s history lists the positions recorded on it and the rounds that
		// discussed it.
		assertThat(history).contains(ROUND).contains("Ukraine").contains("Russia");
	}

	private String optionText(String select, String value) {
		WebElement field = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(select)));
		return field.findElement(By.cssSelector("option[value='" + value + "']")).getText();
	}

	private void signIn(String username) {
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		click(By.cssSelector("main form button[type=submit]"));
		this.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Overview"));
	}

	private void signOut() {
		click(By.cssSelector(".logout-form button"));
		this.wait.until(ExpectedConditions.urlContains("/login"));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main")));
	}

	private void click(By by) {
		this.wait.until(ExpectedConditions.elementToBeClickable(by)).click();
	}

	private void type(String id, String text) {
		WebElement field = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Dates go in as the form sends them; how a date field takes keys depends on the
	 * locale.
	 */
	private void date(String id, String isoDate) {
		WebElement field = this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		this.browser.executeScript("arguments[0].value = arguments[1];", field, isoDate);
		assertThat(field.getAttribute("value")).isEqualTo(isoDate);
	}

	private void choose(String id, String value) {
		new Select(this.wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))).selectByValue(value);
	}

	private String text(String css) {
		return this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css))).getText();
	}

	private String id(String table, String slug) {
		return String
			.valueOf(this.jdbc.queryForObject("select id from " + table + " where slug = ?", Long.class, slug));
	}

}
