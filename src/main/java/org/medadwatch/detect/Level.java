package org.medadwatch.detect;

import java.util.Locale;
import java.util.Optional;

/** How sure a hit of a rule is a violation. */
public enum Level {
    HIGH, MEDIUM, LOW;

    public static Optional<Level> find(String name) {
        for (Level l : values()) {
            if (l.name().equals(name.toUpperCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
