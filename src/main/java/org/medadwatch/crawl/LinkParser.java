package org.medadwatch.crawl;

import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.crawler.Page;
import edu.uci.ics.crawler4j.parser.HtmlParseData;
import edu.uci.ics.crawler4j.parser.HtmlParser;
import edu.uci.ics.crawler4j.parser.Parser;
import edu.uci.ics.crawler4j.url.TLDList;
import edu.uci.ics.crawler4j.url.WebURL;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * crawler4j's parse step, replaced: finds the links of an HTML page with Jsoup instead of Tika,
 * decoding with the header's charset or else the page's own BOM or {@code <meta>} (never "UTF-8
 * because the header said nothing"). Produces links only; the page's text is the extraction
 * stage's business. ARTICLE seeds yield no links.
 */
final class LinkParser extends Parser {
    /** Links taken from one page at most. */
    static final int MAX_LINKS_PER_PAGE = 5000;
    private static final String LINKS = "a[href], area[href], frame[src], iframe[src]";

    private final CrawlRun run;
    private final WebURLFactory factory;

    LinkParser(CrawlConfig config, CrawlRun run, TLDList tlds, WebURLFactory factory) throws IOException {
        super(config, run.normalizer.basic(), new NoHtmlParser(), tlds, factory);
        this.run = run;
        this.factory = factory;
    }

    @Override
    public void parse(Page page) {
        HtmlParseData data = new HtmlParseData();
        data.setHtml("");
        data.setText("");
        data.setTitle("");
        data.setMetaTags(Map.of());
        Set<WebURL> links = new LinkedHashSet<>();
        Optional<CrawlRun.Fetched> fetched = run.current();
        if (fetched.isPresent() && fetched.get().seed().seed.kind() == Seed.Kind.SITE) {
            CrawlRun.Fetched f = fetched.get();
            for (String link : links(f.body(), f.contentType(), f.url())) {
                WebURL w = factory.newWebUrl();
                w.setURL(link);
                links.add(w);
            }
        }
        data.setOutgoingUrls(links);
        page.setParseData(data);
    }

    /** The normalised absolute http(s) links of a page, in document order, without repeats. */
    Set<String> links(byte[] body, Optional<String> contentType, String baseUrl) {
        Set<String> out = new LinkedHashSet<>();
        Document doc;
        try {
            doc = Jsoup.parse(new ByteArrayInputStream(body), headerCharset(contentType).orElse(null), baseUrl);
        } catch (IOException | RuntimeException e) {
            return out;
        }
        for (Element el : doc.select(LINKS)) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String abs = el.absUrl(attr);
            if (abs.isEmpty()) {
                continue;
            }
            run.normalizer.normalize(abs).ifPresent(out::add);
            if (out.size() >= MAX_LINKS_PER_PAGE) {
                break;
            }
        }
        return out;
    }

    private static Optional<String> headerCharset(Optional<String> contentType) {
        if (contentType.isEmpty()) {
            return Optional.empty();
        }
        for (String part : contentType.get().split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring(8).replace("\"", "").replace("'", "").strip();
                try {
                    if (Charset.isSupported(name)) {
                        return Optional.of(name);
                    }
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Stands in for crawler4j's Tika HTML parser, which this class never calls. */
    private static final class NoHtmlParser implements HtmlParser {
    }

}
