package org.medadwatch.detect.rules;

/** A rule file that cannot be used; names the file and line so an analyst can fix it. */
public class RuleFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public RuleFileException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
