package org.medadwatch.app;

/** A page that could not be judged, and why, in words for the person running the command. */
public record PageFailure(String source, String reason) {
}
