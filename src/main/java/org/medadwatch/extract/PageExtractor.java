package org.medadwatch.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.medadwatch.detect.text.PlantedPosts;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;
import org.medadwatch.page.WeChatArticle;

/**
 * The extraction stage: raw page bytes in, {@link ExtractedPage} out. Thread-safe and reusable.
 *
 * <pre>{@code
 * PageExtractor extractor = new PageExtractor(ExtractionLimits.defaults());
 * ExtractedPage page = extractor.extract(bytes, Optional.of("text/html; charset=gbk"), "pages/017.html");
 * }</pre>
 */
public final class PageExtractor {
    /** Share of U+FFFD replacement characters above which the decoded text is taken to be garbage. */
    private static final double MAX_REPLACEMENT_RATIO = 0.2;
    /** Markup errors counted at most; a page past this is plainly broken. */
    private static final int MAX_TRACKED_ERRORS = 100;
    /** Parse errors from which a page is reported as broken: real pages often carry a few. */
    private static final int BROKEN_MARKUP_ERRORS = 10;

    private final ContentScreen screen;
    private final CharsetSniffer sniffer;
    private final VisibleTextRenderer renderer = new VisibleTextRenderer();
    private final WeChatArticleReader wechatReader = new WeChatArticleReader(renderer);
    private final PhoneFinder phoneFinder = new PhoneFinder();
    private final ApprovalNumberFinder approvalFinder = new ApprovalNumberFinder();
    private final IcpFinder icpFinder = new IcpFinder();
    private final AdvertiserFinder advertiserFinder = new AdvertiserFinder();
    private final SignalFinder signalFinder = new SignalFinder(phoneFinder);

    public PageExtractor(ExtractionLimits limits) {
        Objects.requireNonNull(limits, "limits");
        this.screen = new ContentScreen(limits);
        this.sniffer = new CharsetSniffer(limits.sniffBytes());
    }

    /**
     * Extracts one page.
     *
     * @param raw               the bytes as saved or fetched
     * @param contentTypeHeader the HTTP {@code Content-Type} header, when the page was fetched
     * @param source            a file path or URL, used in the result and in error messages
     * @throws PageRejectedException when the bytes are empty, too large, binary or undecodable
     */
    public ExtractedPage extract(byte[] raw, Optional<String> contentTypeHeader, String source)
            throws PageRejectedException {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(contentTypeHeader, "contentTypeHeader");
        Objects.requireNonNull(source, "source");
        screen.check(raw, source);
        CharsetChoice choice = sniffer.sniff(raw, contentTypeHeader);
        String html = decode(raw, choice, source);
        List<String> warnings = new ArrayList<>();
        if (choice.origin() == CharsetChoice.Origin.DETECTED) {
            sniffer.unknownDeclaration(raw, contentTypeHeader).ifPresent(name -> warnings.add(
                    "declared charset '" + name + "' is unknown; decoded as " + choice.charset().name() + ", detected from the bytes"));
        }
        Parser parser = Parser.htmlParser().setTrackErrors(MAX_TRACKED_ERRORS);
        Document doc = Jsoup.parse(html, baseUri(source), parser);
        if (parser.getErrors().size() >= BROKEN_MARKUP_ERRORS) {
            warnings.add("broken HTML: " + (parser.getErrors().size() >= MAX_TRACKED_ERRORS ? "at least " : "")
                    + parser.getErrors().size() + " markup errors repaired, first: " + parser.getErrors().get(0));
        }

        String title = doc.title().strip();
        String text = renderer.render(doc);
        Optional<WeChatArticle> wechat = wechatReader.read(doc);
        OwnerHints hints = new OwnerHints(wechat.map(WeChatArticle::account).filter(a -> !a.isBlank()),
                title, logoAlts(doc), siteName(doc));
        // read once: the advertiser is the clinic a planted post pushes, and the post makes the thread its ad
        List<PlantedPosts.Post> planted = PlantedPosts.in(title, text);
        AdvertiserFinder.Owners owners = advertiserFinder.owners(hints, text, planted);
        PageFacts facts = new PageFacts(owners.advertiser(), phoneFinder.find(text), approvalFinder.find(text),
                icpFinder.find(text), owners.promoted());
        Set<PageSignal> signals = EnumSet.noneOf(PageSignal.class);
        signals.addAll(signalFinder.find(doc, text));
        if (wechat.isPresent()) {
            signals.add(PageSignal.WECHAT_ARTICLE);
        }
        if (!planted.isEmpty()) {
            signals.add(PageSignal.PLANTED_POST);
        }
        return new ExtractedPage(source, choice.charset().name(), title, text, wechat, facts, signals, warnings);
    }

    private static String decode(byte[] raw, CharsetChoice choice, String source) throws PageRejectedException {
        ByteBuffer bytes = ByteBuffer.wrap(raw, choice.bomLength(), raw.length - choice.bomLength());
        CharBuffer chars;
        try {
            chars = choice.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(bytes);
        } catch (CharacterCodingException e) {
            throw undecodable(source, choice, e.getMessage());
        }
        int replaced = 0;
        for (int i = 0; i < chars.length(); i++) {
            if (chars.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        if (replaced > 16 && replaced > chars.length() * MAX_REPLACEMENT_RATIO) {
            throw undecodable(source, choice, String.format(Locale.ROOT, "%d of %d characters could not be decoded",
                    replaced, chars.length()));
        }
        return chars.toString();
    }

    private static PageRejectedException undecodable(String source, CharsetChoice choice, String why) {
        return new PageRejectedException(source, PageRejectedException.Reason.UNDECODABLE,
                "not decodable as " + choice.charset().name() + " (charset from "
                        + choice.origin().name().toLowerCase(Locale.ROOT) + "): " + why);
    }

    private static String baseUri(String source) {
        return source.startsWith("http://") || source.startsWith("https://") ? source : "";
    }

    /** Alt texts of images that look like the site's logo, else of the first image with an alt. */
    private static List<String> logoAlts(Document doc) {
        List<String> alts = new ArrayList<>();
        for (Element img : doc.select("img[alt]")) {
            String where = (img.attr("src") + " " + img.className() + " " + img.id() + " "
                    + (img.parent() == null ? "" : img.parent().className() + " " + img.parent().id()))
                    .toLowerCase(Locale.ROOT);
            if (where.contains("logo") && !img.attr("alt").isBlank()) {
                alts.add(img.attr("alt").strip());
            }
        }
        if (alts.isEmpty()) {
            // an avatar's alt names its owner, unless it only says it is one ("桃桃不长痘的头像"); a QR code names no one
            doc.select("img[alt]").stream()
                    .map(e -> e.attr("alt").strip()).filter(a -> !a.isEmpty() && !NOT_A_NAME_ALT.matcher(a).find())
                    .findFirst().ifPresent(alts::add);
        }
        return alts;
    }

    /** Alt texts that only say what a picture is: an avatar, a QR code, a product shot. */
    private static final Pattern NOT_A_NAME_ALT =
            Pattern.compile("(?:头像|二维码|产品图|商品图|主图)$");

    private static Optional<String> siteName(Document doc) {
        Element meta = doc.selectFirst("meta[property=og:site_name]");
        return Optional.ofNullable(meta).map(m -> m.attr("content").strip())
                .filter(s -> !s.isEmpty() && !s.equals(WeChatArticleReader.PLATFORM_NAME));
    }
}
