package org.medadwatch.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the site's ICP number as printed: the first ICP备案号 ({@code 京ICP备16017287号-1},
 * {@code 粤ICP备2022020947号}), or, when the page shows none, the first ICP经营许可证
 * ({@code 京ICP证080047号}).
 */
final class IcpFinder {
    private static final Pattern FILING = Pattern.compile(
            "\\p{IsHan}\\s?ICP\\s?[备備]\\s?\\d{4,12}\\s?[号號](?:\\s?-\\s?\\d{1,3}(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LICENCE = Pattern.compile(
            "\\p{IsHan}\\s?ICP\\s?[证證]\\s?\\d{4,12}\\s?[号號]?", Pattern.CASE_INSENSITIVE);

    Optional<String> find(String text) {
        String folded = WidthFolder.fold(text);
        return first(FILING, folded, text).or(() -> first(LICENCE, folded, text));
    }

    private static Optional<String> first(Pattern pattern, String folded, String text) {
        Matcher m = pattern.matcher(folded);
        return m.find() ? Optional.of(text.substring(m.start(), m.end())) : Optional.empty();
    }
}
