package org.medadwatch.detect.rules;

/** Where a rule was written: file name and line, for error messages. */
public record RuleSource(String file, int line) {
    @Override
    public String toString() {
        return file + ":" + line;
    }
}
