package org.medadwatch.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the markup, rather than the text, says about who owns a page.
 *
 * @param wechatAccount the public account's name, on a WeChat article
 * @param title         the document title, or empty
 * @param logoAlts      {@code alt} texts of logo images, in page order
 * @param siteName      {@code og:site_name}, unless it is the WeChat platform's own
 */
record OwnerHints(Optional<String> wechatAccount, String title, List<String> logoAlts, Optional<String> siteName) {
    OwnerHints {
        Objects.requireNonNull(wechatAccount, "wechatAccount");
        Objects.requireNonNull(title, "title");
        logoAlts = List.copyOf(logoAlts);
        Objects.requireNonNull(siteName, "siteName");
    }

    static OwnerHints titleOnly(String title) {
        return new OwnerHints(Optional.empty(), title, List.of(), Optional.empty());
    }
}
