/**
 * Synthetic sites served on loopback addresses, for benchmarks and the {@code demo} command:
 * {@link org.medadwatch.crawl.testsite.LoopbackSites} binds the JDK's HTTP server to
 * 127.0.0.2, 127.0.0.3, ... and serves interlinked pages, some carrying Chinese medical-ad text.
 * Never binds anything but loopback.
 */
package org.medadwatch.crawl.testsite;
