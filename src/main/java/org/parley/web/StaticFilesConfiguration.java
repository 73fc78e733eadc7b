package org.parley.web;

import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files under content-hashed names, cached for a year. Pages link to them through
 * Thymeleaf's {@code @{/css/parley.css}}, which the resource chain
 * ({@code spring.web.resources.chain.strategy.content}) writes as
 * {@code /css/parley-<MD5 of the content>.css}: a changed file gets a new name, so the
 * browser may keep each name for good ({@code immutable}). The plain name
 * ({@code /css/parley.css}) is still served, by the folder's own handler, with the
 * no-cache headers of every other response. A hashed name that does not match the file's
 * content answers 404 with no cache headers, so a page from a newer or older release
 * never pins a missing file in a cache. Only the folders mapped here are static: Spring
 * Boot's own {@code /**} mapping is off, so the links of a page to other pages are never
 * looked up as files.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesConfiguration implements WebMvcConfigurer {

	/**
	 * A content-hashed file one folder down, such as {@code /css/parley-<hash>.css}; more
	 * specific than Spring Boot's {@code /**}, so it wins for such names.
	 */
	static final String HASHED = "/*/*-{hash:[0-9a-f]{32}}.*";

	/** A year: long enough to count as forever. */
	static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** The folders of static files, each served under its own name. */
	static final List<String> FOLDERS = List.of("css", "js");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler(HASHED)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(FOREVER)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new CssLinkResourceTransformer());
		// The plain names, and the links pages make to them: only addresses in these
		// folders are looked up as files.
		for (String folder : FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
				.addTransformer(new CssLinkResourceTransformer());
		}
	}

}
