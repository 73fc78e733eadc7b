package org.parley.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver; nothing is downloaded.
 * The flags keep Chromium off the network this machine does not have.
 */
public final class Browser {

	public static final String CHROMIUM = "/usr/bin/chromium";

	public static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	private Browser() {
	}

	public static ChromeDriver start() {
		try {
			Path profile = Files.createTempDirectory("parley-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--window-size=1280,1024", "--user-data-dir=" + profile);
			// The console, so a test can see what the Content-Security-Policy blocked.
			org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
			logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
			options.setCapability("goog:loggingPrefs", logs);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(new File(CHROMEDRIVER))
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
			return driver;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Could not prepare a Chromium profile", ex);
		}
	}

}
