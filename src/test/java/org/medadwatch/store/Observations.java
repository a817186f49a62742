package org.medadwatch.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.medadwatch.clue.PageObservation;
import org.medadwatch.clue.Site;
import org.medadwatch.crawl.Seed;
import org.medadwatch.detect.Category;
import org.medadwatch.detect.Finding;
import org.medadwatch.detect.Level;
import org.medadwatch.detect.Verdict;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.evidence.EvidenceRef;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;

/** Builds observations for store tests: a page's text, its findings, and the capture around them. */
final class Observations {
    static final Site SITE = new Site("某某男科医院官网", URI.create("http://nanke.example/"), Seed.Kind.SITE, "");
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    private Site site = SITE;
    private String url = "http://nanke.example/a.html";
    private String text = "本院专治前列腺炎，一次根治，永不复发";
    private final List<Finding> findings = new ArrayList<>();
    private Instant fetchedAt = T0;
    private long scanId = 1;
    private PageFacts facts = new PageFacts(Optional.of("某某男科医院"), List.of("0571-87163320", "13912345678"),
            List.of(), Optional.of("浙ICP备12345678号-1"));
    private String warcRecord;
    private OptionalLong warcOffset = OptionalLong.empty();
    private String rules = "rules-v1";

    static Observations page(String url) {
        Observations o = new Observations();
        o.url = url;
        return o;
    }

    Observations site(Site site) {
        this.site = site;
        return this;
    }

    Observations scan(long scanId) {
        this.scanId = scanId;
        return this;
    }

    Observations at(Instant fetchedAt) {
        this.fetchedAt = fetchedAt;
        return this;
    }

    Observations text(String text) {
        this.text = text;
        return this;
    }

    Observations facts(PageFacts facts) {
        this.facts = facts;
        return this;
    }

    /** The rules fingerprint the verdict was made under. */
    Observations rules(String fingerprint) {
        this.rules = fingerprint;
        return this;
    }

    Observations warcRecord(String id) {
        this.warcRecord = id;
        return this;
    }

    /** Where the response record begins in its WARC file; unknown unless set. */
    Observations warcOffset(long offset) {
        this.warcOffset = OptionalLong.of(offset);
        return this;
    }

    /** A finding quoting {@code evidence} from the text (offsets found in it, or -1). */
    Observations finding(Category category, String ruleId, String evidence) {
        int start = evidence.isEmpty() ? -1 : text.indexOf(evidence);
        int end = start < 0 ? -1 : start + evidence.length();
        String note = category == Category.UNAPPROVED_AD ? "未标明医疗广告审查证明文号" : "rule " + ruleId;
        findings.add(new Finding(category, ruleId, basisOf(category), Level.HIGH, evidence, start, end, note));
        return this;
    }

    PageObservation build() {
        String sha = sha256(text);
        String record = warcRecord != null ? warcRecord : "<urn:uuid:" + sha.substring(0, 8) + "-" + scanId + ">";
        EvidenceRef evidence = new EvidenceRef("scan-" + scanId + ".warc.gz", record, "sha256:" + sha, warcOffset);
        ExtractedPage page = new ExtractedPage(url, "UTF-8", "标题", text, Optional.empty(), facts, Set.of());
        Verdict verdict = new Verdict(new AdAssessment(AdKind.MEDICAL_AD, 0.9, 0.9, List.of()), findings);
        URI u = URI.create(url);
        return new PageObservation(scanId, site, u, u, 200, sha, Optional.of("\"" + sha.substring(0, 6) + "\""),
                Optional.of("Sun, 01 Mar 2026 02:00:00 GMT"), fetchedAt, evidence, page, verdict, rules);
    }

    static String basisOf(Category category) {
        return switch (category) {
            case CURE_GUARANTEE -> "广告法 §16(1)(一); 医广办法 §7(二)";
            case UNAPPROVED_AD -> "广告法 §46; 医广办法 §3, §14";
            default -> "广告法 §16";
        };
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
