/**
 * Evidence: every fetched exchange kept as WARC/1.1 (ISO 28500) records, so a clue can cite
 * exactly what the server sent, and anyone can check it was not altered since.
 *
 * <p>{@link org.medadwatch.evidence.WarcEvidenceWriter} writes a request and a response record
 * per exchange, digests {@code sha256:<64 lowercase hex>} (the figure {@code sha256sum} prints
 * for the body), and returns the {@link org.medadwatch.evidence.EvidenceRef} only once both
 * records are forced to disk. {@link org.medadwatch.evidence.EvidenceVerifier} re-hashes every
 * record and names the ones that no longer match, and files torn by a crash;
 * {@link org.medadwatch.evidence.EvidenceReader} fetches one response back (for display and for
 * judging a 304 page again), seeking to the offset the ref carries.
 * Depends on jwarc and the JDK only.
 */
package org.medadwatch.evidence;
