/**
 * A scan: the seeds crawled, every fetched page kept as evidence, judged, indexed and turned
 * into clues, resumable after a crash. Wires the stages ({@code crawl}, {@code evidence},
 * {@code extract}, {@code detect}, {@code index}, {@code store}, {@code clue}) and knows
 * nothing of the command line.
 */
package org.medadwatch.scan;
