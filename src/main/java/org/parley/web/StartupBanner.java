package org.parley.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Says where to point a browser once the web server is listening. Stays quiet for a
 * separate management server and for servers that are not bound to a port (tests).
 */
@Component
class StartupBanner implements ApplicationListener<WebServerInitializedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment environment;

	StartupBanner(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		int port = event.getWebServer().getPort();
		if (port <= 0) {
			return;
		}
		log.info("Parley is running at {}", url(port));
	}

	String url(int port) {
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		contextPath = StringUtils.trimTrailingCharacter(contextPath, '/');
		return "http://localhost:" + port + contextPath + "/";
	}

}
