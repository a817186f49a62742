/**
 * Crawling: turns a seed list into fetched pages. {@link org.medadwatch.crawl.SeedFile} reads and
 * checks {@code seeds/*.csv}; {@link org.medadwatch.crawl.Crawler} is the whole public face of the
 * crawl itself: it runs crawler4j (resumable BerkeleyDB frontier, worker threads, robots.txt per
 * RFC 9309) with our own fetch step, which keeps the raw, undecoded bytes and the
 * {@code Content-Type} header for the extraction stage, follows a bounded number of redirects
 * itself, refuses oversized and non-HTML bodies while streaming, and sends conditional requests
 * from {@link org.medadwatch.crawl.RevisitHints}. Every URL it gives up on is reported with a
 * {@link org.medadwatch.crawl.FetchOutcome}; what it fetched reaches a
 * {@link org.medadwatch.crawl.FetchListener} as a {@link org.medadwatch.crawl.FetchedPage}.
 * Settings come from one commented defaults file bound into {@link org.medadwatch.crawl.CrawlSettings}.
 */
package org.medadwatch.crawl;
