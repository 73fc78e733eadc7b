package org.parley.pagecache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How rendered pages are kept.
 *
 * @param enabled whether pages are kept at all
 * @param maxSize the most the kept pages may weigh together, their bytes counted
 * @param timeToLive how long a page is kept at most, changed or not: what a page says of
 * the time (today's date, an offer to undo that runs out) is never older than this
 */
@ConfigurationProperties("parley.page-cache")
public record PageCacheProperties(Boolean enabled, DataSize maxSize, Duration timeToLive) {

	public PageCacheProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		maxSize = (maxSize != null) ? maxSize : DataSize.ofMegabytes(64);
		timeToLive = (timeToLive != null) ? timeToLive : Duration.ofMinutes(1);
	}

}
