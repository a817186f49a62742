package org.medadwatch.page;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A page as extraction leaves it for detection.
 *
 * @param source  where it came from: a file path or a URL
 * @param charset the charset the bytes were decoded with
 * @param title   the document title, or empty
 * @param text    the visible text: text outside script/style/noscript/template plus image
 *                {@code alt} and {@code title} attributes, in document order, blocks separated
 *                by line breaks. Evidence offsets point into this string.
 * @param wechat  the article parts where the page has the public-account layout
 * @param facts   advertiser, phones, approval numbers, ICP number
 * @param signals structural hints that the page solicits patients or buyers
 * @param warnings what was odd about reading it but did not stop it (an unknown declared
 *                charset, repaired markup), for the person running the command
 */
public record ExtractedPage(String source, String charset, String title, String text,
                            Optional<WeChatArticle> wechat, PageFacts facts, Set<PageSignal> signals,
                            List<String> warnings) {
    public ExtractedPage {
        signals = Set.copyOf(signals);
        warnings = List.copyOf(warnings);
    }

    /** A page read without anything to warn about. */
    public ExtractedPage(String source, String charset, String title, String text,
                         Optional<WeChatArticle> wechat, PageFacts facts, Set<PageSignal> signals) {
        this(source, charset, title, text, wechat, facts, signals, List.of());
    }

    /** The page read as an ad: its facts name whom it promotes, not the host that prints it ({@link PageFacts#asAd}). */
    public ExtractedPage asAd() {
        PageFacts asAd = facts.asAd();
        return asAd == facts ? this : new ExtractedPage(source, charset, title, text, wechat, asAd, signals, warnings);
    }
}
