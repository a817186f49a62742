package org.medadwatch.store;

/**
 * A page whose clue is being followed up (dispatched, answered, rectified): 回头看 must look at it
 * on every scan, whether or not its site still links to it.
 *
 * @param url      the page as stored
 * @param siteName the seed it was found under, as analysts call it
 * @param region   that seed's administrative code, or empty
 */
public record RecheckTarget(String url, String siteName, String region) {
}
