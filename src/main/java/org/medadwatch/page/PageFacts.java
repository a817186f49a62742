package org.medadwatch.page;

import java.util.List;
import java.util.Optional;

/**
 * The facts a clue sheet needs, as printed on the page.
 *
 * @param advertiser      the institution, shop or company named as the page's owner
 * @param phones          every phone number on the page, as printed, in page order, no duplicates
 * @param approvalNumbers advertisement approval numbers (医广/药广审/械广审/食健广审) as printed,
 *                        including malformed ones shown where an approval number belongs
 * @param icp             the ICP备案号 as printed
 * @param promoted        on a page a host publishes (a portal, a forum, a marketplace), the business its
 *                        content promotes: the advertiser in the host's place once the page is judged an ad
 */
public record PageFacts(Optional<String> advertiser, List<String> phones, List<String> approvalNumbers,
                        Optional<String> icp, Optional<String> promoted) {
    public PageFacts {
        phones = List.copyOf(phones);
        approvalNumbers = List.copyOf(approvalNumbers);
    }

    /** Facts of a page that promotes no one but its owner. */
    public PageFacts(Optional<String> advertiser, List<String> phones, List<String> approvalNumbers, Optional<String> icp) {
        this(advertiser, phones, approvalNumbers, icp, Optional.empty());
    }

    public static PageFacts none() {
        return new PageFacts(Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** The facts of the page read as an ad: whom it promotes advertises, not the host that prints it. */
    public PageFacts asAd() {
        return promoted.isEmpty() ? this : new PageFacts(promoted, phones, approvalNumbers, icp, Optional.empty());
    }
}
