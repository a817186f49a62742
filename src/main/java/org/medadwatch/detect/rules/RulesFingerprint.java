package org.medadwatch.detect.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.SortedMap;

/**
 * What a verdict was made under: a SHA-256 over the files the rules are read from (the rule files
 * and the shared lists file; each name and its bytes, in name order) and the detector's version.
 * Two scans with the same fingerprint judge the same page the same way, so an unchanged page need
 * not be judged again; under another fingerprint it must be.
 *
 * @param sha256 64 lower-case hex digits
 */
public record RulesFingerprint(String sha256) {
    public RulesFingerprint {
        Objects.requireNonNull(sha256, "sha256");
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }

    /**
     * @param ruleFiles       file name to contents, for every file the rules were read from
     * @param detectorVersion whatever else changes verdicts: the detector's code and models, its options
     */
    public static RulesFingerprint of(SortedMap<String, byte[]> ruleFiles, String detectorVersion) {
        MessageDigest sha = newDigest();
        ruleFiles.forEach((name, bytes) -> {
            // lengths first, so that no two different sets of files hash alike
            update(sha, name.getBytes(StandardCharsets.UTF_8));
            update(sha, bytes);
        });
        update(sha, detectorVersion.getBytes(StandardCharsets.UTF_8));
        return new RulesFingerprint(HexFormat.of().formatHex(sha.digest()));
    }

    /** The first 12 digits, for logs and the terminal. */
    public String shortForm() {
        return sha256.substring(0, 12);
    }

    private static void update(MessageDigest sha, byte[] bytes) {
        sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        sha.update(bytes);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
