package org.medadwatch.detect;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.medadwatch.detect.ad.AdAssessment;
import org.medadwatch.detect.ad.AdJudge;
import org.medadwatch.detect.ad.AdKind;
import org.medadwatch.detect.approval.ApprovalCheck;
import org.medadwatch.detect.approval.ApprovalProblem;
import org.medadwatch.detect.claims.ClaimBooster;
import org.medadwatch.detect.match.RuleHit;
import org.medadwatch.detect.match.RuleMatcher;
import org.medadwatch.detect.rules.PageCondition;
import org.medadwatch.detect.rules.Rule;
import org.medadwatch.detect.text.FoldedText;
import org.medadwatch.detect.text.TextFolder;
import org.medadwatch.page.ExtractedPage;

/**
 * The detection facade: page in, verdict out, no I/O. Pages that are no advertisement
 * (news, notices, popular science, complaints) get no findings whatever wording they quote;
 * every other page is matched against the rules, and a medical advertisement is also
 * checked for its approval. Where a claim booster is given, an ad page is then read once more by
 * the claim classifier for the categories the rules did not find ({@link ClaimBooster}).
 */
public final class Detector {
    static final String UNAPPROVED_BASIS = "广告法第四十六条；《医疗广告管理办法》第三条、第十三条、第十四条；《互联网广告管理办法》第七条";

    /** Claims that a non-medical product or service treats or cures: what a lure on such a page draws people to. */
    private static final Set<Category> HEALTH_CLAIMS = EnumSet.of(Category.DISEASE_CLAIM_NONMEDICAL,
            Category.CURE_GUARANTEE, Category.EFFICACY_RATE);

    /**
     * A drug's or a device's registration or ad approval printed as such (国药准字Z2005…, 苏械注准2022…,
     * 药广审, 械广审): the page advertises a registered drug or device.
     */
    private static final Pattern DRUG_OR_DEVICE = Pattern.compile(
            "(?:国药准字|械注准|械注进|械注许|械备)\\s?[a-z]?\\d{6,}|(?:药|械)广审");

    private final RuleMatcher matcher;
    private final AdJudge adJudge;
    private final ApprovalCheck approvals;
    private final Optional<ClaimBooster> booster;
    /** Per category, the page conditions of its rules: the booster may report it where any holds. */
    private final Map<Category, List<PageCondition>> conditions = new EnumMap<>(Category.class);
    private final Map<Category, String> basis = new EnumMap<>(Category.class);

    /** The detector with the shipped claim booster where it is on by default ({@link ClaimBooster#ON_BY_DEFAULT}). */
    public Detector(RuleMatcher matcher, AdJudge adJudge, ApprovalCheck approvals) {
        this(matcher, adJudge, approvals,
                ClaimBooster.ON_BY_DEFAULT ? Optional.of(ClaimBooster.standard()) : Optional.empty());
    }

    /** @param booster the claim booster, or empty for rule findings only */
    public Detector(RuleMatcher matcher, AdJudge adJudge, ApprovalCheck approvals, Optional<ClaimBooster> booster) {
        this.matcher = matcher;
        this.adJudge = adJudge;
        this.approvals = approvals;
        this.booster = booster;
        for (Rule r : matcher.rules()) {
            conditions.computeIfAbsent(r.category(), k -> new ArrayList<>()).add(r.when());
            basis.putIfAbsent(r.category(), r.basis());
        }
    }

    /** A category may be boosted where the advertiser passes the {@code when} of one of its rules. */
    private boolean allowed(Category category, Optional<String> foldedAdvertiser, String foldedText) {
        List<PageCondition> when = conditions.get(category);
        return when == null || when.stream().anyMatch(c -> c.holds(foldedAdvertiser, foldedText));
    }

    /** The page's verdict; read the page as it says with {@link Verdict#reading}. */
    public Verdict judge(ExtractedPage extracted) {
        AdAssessment ad = adJudge.assess(extracted);
        if (ad.kind() == AdKind.NOT_AD) {
            return new Verdict(ad, List.of());
        }
        // an ad's rules and approval are the promoted business's, not those of the portal that prints it
        ExtractedPage page = extracted.asAd();
        FoldedText text = TextFolder.fold(page.text());
        Optional<String> advertiser = page.facts().advertiser().map(TextFolder::foldPhrase);
        List<Finding> findings = new ArrayList<>();
        for (RuleHit hit : matcher.match(text, advertiser)) {
            findings.add(new Finding(hit.rule().category(), hit.rule().id(), hit.rule().basis(), hit.rule().level(),
                    text.originalSpan(hit.start(), hit.end()), text.originalStart(hit.start()),
                    text.originalEnd(hit.end()), hit.rule().title()));
        }
        if (booster.isPresent()) {
            Set<Category> found = EnumSet.noneOf(Category.class);
            findings.forEach(f -> found.add(f.category()));
            findings.addAll(booster.get().findings(text, found, c -> allowed(c, advertiser, text.folded()),
                    c -> basis.getOrDefault(c, "")));
        }
        if (ad.kind() == AdKind.NON_MEDICAL_AD) {
            findings = inducementOnlyWithHealthClaim(findings);
        }
        if (ad.kind() == AdKind.MEDICAL_AD && DRUG_OR_DEVICE.matcher(text.folded()).find()) {
            // a registered drug or device names the diseases it treats: its indications, whoever sells it;
            // its promises of cure, rates and safety are judged by the other categories
            findings.removeIf(f -> f.category() == Category.DISEASE_CLAIM_NONMEDICAL);
        }
        if (findings.isEmpty() && ad.selfIntroduction()) {
            // an institution introducing itself, soliciting nothing and claiming nothing: not an ad
            return new Verdict(ad.withoutClaims(), List.of());
        }
        if (ad.kind() == AdKind.MEDICAL_AD) {
            approvals.check(page.facts().approvalNumbers(), page.facts().advertiser(), text.folded())
                    .map(Detector::unapproved).ifPresent(findings::add);
        }
        return new Verdict(ad, findings);
    }

    /**
     * INDUCEMENT is a lure to medical care (医保条例§15, 医广办法§6, 三品一械办法§11): a gift or a free
     * service on an ordinary shop's offer ("足疗满三次送肩颈放松") is ordinary commerce. On a page that is
     * no medical ad it stands only where the page also claims to treat or cure (a 会销 handing out eggs to
     * an audience told a mattress cures diabetes); otherwise it is dropped.
     */
    static List<Finding> inducementOnlyWithHealthClaim(List<Finding> findings) {
        boolean healthClaim = findings.stream().anyMatch(f -> HEALTH_CLAIMS.contains(f.category()));
        if (healthClaim) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings);
        kept.removeIf(f -> f.category() == Category.INDUCEMENT);
        return kept;
    }

    private static Finding unapproved(ApprovalProblem problem) {
        return new Finding(Category.UNAPPROVED_AD, "APPROVAL-CHECK", UNAPPROVED_BASIS, Level.HIGH,
                "", -1, -1, problem.reason() + problem.number().map(n -> "：" + n).orElse(""));
    }
}
