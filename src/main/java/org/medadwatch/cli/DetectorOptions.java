package org.medadwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.LocalDate;
import java.util.Optional;
import org.medadwatch.app.DetectorVersion;
import org.medadwatch.app.RuleBook;
import org.medadwatch.detect.Detector;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.approval.ApprovalRegistry;
import org.medadwatch.detect.claims.ClaimBooster;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.RulesFingerprint;
import picocli.CommandLine.Option;

/** Options every judging command shares, and the detector they build. */
final class DetectorOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: ./rules, else the bundled rules).")
    Path rules;

    @Option(names = "--approvals", paramLabel = "FILE", description = "Approvals registry CSV: approval_no,advertiser,valid_from,valid_to,status.")
    Path approvals;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge approval validity as of this date (default: today).")
    LocalDate asOf;

    @Option(names = "--ad-model", paramLabel = "FILE", description = "A model made by 'classifier train' (default: the bundled one).")
    Path adModel;

    @Option(names = "--no-model-findings", description = "Rule findings only: no LOW 'MODEL-…' findings from the claim classifier.")
    boolean noModelFindings;

    @Option(names = "--model-findings", description = "Add the claim classifier's LOW 'MODEL-…' findings even where they are off by default.")
    boolean modelFindings;

    RuleBook ruleBook() {
        return RuleBook.load(Optional.ofNullable(rules));
    }

    /**
     * What the detector's verdicts depend on besides the page: the rule files and the shared lists,
     * the detector's code ({@link DetectorVersion}), the classifier model, whether model findings are
     * on, and the approvals registry. The judging date ({@code --as-of}) is left out: it moves every day, and
     * re-judging every page daily for it would undo incremental scans.
     */
    RulesFingerprint fingerprint(RuleBook book) throws IOException {
        boolean boost = noModelFindings ? false : modelFindings || ClaimBooster.ON_BY_DEFAULT;
        return book.fingerprint(DetectorVersion.current()
                + "\nmodel-findings=" + boost
                + "\nad-model=" + (adModel == null ? "bundled" : sha256(Files.readAllBytes(adModel)))
                + "\napprovals=" + (approvals == null ? "none" : sha256(Files.readAllBytes(approvals))));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    Detector detector(RuleBook book) throws IOException {
        ApprovalCheck check = new ApprovalCheck(Optional.ofNullable(approvals).map(ApprovalRegistry::load),
                asOf == null ? LocalDate.now() : asOf);
        boolean boost = noModelFindings ? false : modelFindings || ClaimBooster.ON_BY_DEFAULT;
        return new Detector(RuleMatcher.compile(book.rules()),
                adModel == null ? AdJudge.standard() : AdJudge.load(adModel), check,
                boost ? Optional.of(ClaimBooster.standard()) : Optional.empty());
    }
}
