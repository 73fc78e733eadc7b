package org.parley.pagecache;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps rendered pages unless {@code parley.page-cache.enabled=false}. The filter comes
 * right after Spring Security's (order -100), so a kept page is only served to someone
 * the security filters let through.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
@ConditionalOnBooleanProperty(name = "parley.page-cache.enabled", matchIfMissing = true)
class PageCacheConfiguration {

	static final int FILTER_ORDER = -99;

	@Bean
	RenderedPages renderedPages(PageCacheProperties properties) {
		return new RenderedPages(properties);
	}

	@Bean
	RecordChangeListener recordChangeListener(JdbcConnectionDetails database, DataSource dataSource,
			RenderedPages pages) {
		return new RecordChangeListener(database, dataSource, pages);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(RenderedPages pages) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(pages));
		registration.setOrder(FILTER_ORDER);
		return registration;
	}

}
