/**
 * Throughput benchmarks, run by the {@code bench} command: speed is measured here, in figures
 * and ratios, never by timed unit tests.
 */
package org.medadwatch.bench;
