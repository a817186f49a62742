/**
 * Extraction: turns the raw bytes of a saved or fetched page into an
 * {@link org.medadwatch.page.ExtractedPage}. It screens out what is not an HTML page (empty,
 * oversized, binary, undecodable), finds the charset the way browsers and jsoup do (BOM, HTTP
 * header, {@code <meta>}, then detection), renders the visible text the evaluator sees, reads the
 * WeChat public-account layout, and pulls out the page facts (phones, approval numbers, ICP
 * number, advertiser) and the structural signals that a page solicits patients or buyers.
 * {@link org.medadwatch.extract.PageExtractor} is the whole public face; the finders are
 * package-private and each has one job.
 */
package org.medadwatch.extract;
