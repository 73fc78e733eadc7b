package org.parley.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo record at start-up when {@code parley.demo-data} is true. Left unset, it
 * follows the database: on for the embedded one (a fresh machine shows something), off
 * for a real server.
 */
@Component
class DemoDataRunner implements ApplicationRunner {

	private final DemoData demoData;

	private final boolean enabled;

	DemoDataRunner(DemoData demoData, @Value("${parley.demo-data:#{null}}") Boolean demoDataSetting,
			ObjectProvider<EmbeddedPostgres> embeddedDatabase) {
		this.demoData = demoData;
		this.enabled = (demoDataSetting != null) ? demoDataSetting : embeddedDatabase.getIfAvailable() != null;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.enabled) {
			this.demoData.load();
		}
	}

}
