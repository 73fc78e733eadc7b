package org.parley.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.parley.test.Browser;
import org.parley.test.ParleyApplicationTest;
import org.parley.test.PostgresTestConfiguration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/** A person in a real browser: signs in and finds the Geneva talks. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "parley.demo-data=true", "parley.admin-password=" + SignInBrowserTests.PASSWORD })
@Import(PostgresTestConfiguration.class)
class SignInBrowserTests {

	// The database is shared by the whole run and the first admin is made only once, by
	// whichever context starts first: every context must agree on the password.
	static final String PASSWORD = ParleyApplicationTest.ADMIN_PASSWORD;

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
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Negotiations");
		assertThat(this.browser.findElement(By.id("main")).getText()).contains("Geneva talks, 17–18 February 2026");
	}

}
