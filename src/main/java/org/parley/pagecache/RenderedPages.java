package org.parley.pagecache;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The kept pages, and the generation of the record they were read from: every change to
 * the record starts a new generation, and a page of an older one is never served again. A
 * change is learnt from the database ({@link RecordChangeListener}) and, for this
 * instance's own writes, as soon as the write's request ends (so an editor's next page
 * shows what was just saved). While the listener is not connected, nothing is served from
 * here: a change made elsewhere could go unnoticed.
 */
public class RenderedPages {

	private final Cache<PageKey, RenderedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	private volatile boolean listening;

	RenderedPages(PageCacheProperties properties) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxSize().toBytes())
			.weigher((PageKey key, RenderedPage page) -> page.weight())
			.expireAfterWrite(properties.timeToLive())
			.build();
	}

	/** The generation a page about to be rendered reads from. */
	long generation() {
		return this.generation.get();
	}

	/** The page kept for {@code key}, if it was read from the current generation. */
	RenderedPage page(PageKey key) {
		RenderedPage page = this.listening ? this.pages.getIfPresent(key) : null;
		return (page != null && page.generation() == this.generation.get()) ? page : null;
	}

	void keep(PageKey key, RenderedPage page) {
		if (this.listening && page.generation() == this.generation.get()) {
			this.pages.put(key, page);
		}
	}

	/** Something in the record changed, or may have: every kept page is dropped. */
	public void recordChanged() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	/** Whether changes made anywhere are heard of; until they are, nothing is served. */
	void listening(boolean listening) {
		this.listening = false;
		recordChanged();
		this.listening = listening;
	}

	boolean listening() {
		return this.listening;
	}

}
