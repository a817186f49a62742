package org.medadwatch.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;

/** PLACEHOLDER extractor until the extraction stage lands. */
public final class PageExtractor {
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ICP = Pattern.compile("\\p{IsHan}ICP[备证]\\d+号(?:-\\d+)?");
    private static final Pattern APPROVAL = Pattern.compile("[（(]?\\p{IsHan}{1,4}[)）]?中?医广[【\\[〔]?20\\d{2}[】\\]〕]?第?[\\d\\-－]+号|\\p{IsHan}{1,2}(?:药|械|食健)广审[（(][视声文][)）]第?\\d{6}-\\d{5}号");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(?:0\\d{2,3}-\\d{7,8}|1[3-9]\\d{9}|400-\\d{3}-\\d{4})(?!\\d)");
    private final ExtractionLimits limits;

    public PageExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    public ExtractedPage extract(byte[] raw, Optional<String> contentTypeHeader, String source) throws PageRejectedException {
        if (raw.length == 0) {
            throw new PageRejectedException(source, "empty file");
        }
        if (raw.length > limits.maxBytes()) {
            throw new PageRejectedException(source, "too large");
        }
        String head = new String(raw, 0, Math.min(raw.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher cm = META_CHARSET.matcher(head);
        Charset cs = StandardCharsets.UTF_8;
        if (cm.find()) {
            String name = cm.group(1).toLowerCase(java.util.Locale.ROOT);
            cs = name.startsWith("gb") ? Charset.forName("GB18030") : Charset.forName(name);
        }
        String html = new String(raw, cs);
        Document doc = Jsoup.parse(html);
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !(t.parent() != null && t.parent().nameIs("script") || t.parent() != null && t.parent().nameIs("style"))) {
                    text.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.isBlock() || e.tagName().equals("br")) {
                        text.append('\n');
                    }
                    if (e.hasAttr("alt")) {
                        text.append(e.attr("alt")).append('\n');
                    }
                }
            }
        }, doc);
        String t = text.toString();
        List<String> approvals = new ArrayList<>();
        Matcher am = APPROVAL.matcher(t);
        while (am.find()) {
            approvals.add(am.group());
        }
        Set<String> phones = new LinkedHashSet<>();
        Matcher pm = PHONE.matcher(t);
        while (pm.find()) {
            phones.add(pm.group());
        }
        Matcher im = ICP.matcher(t);
        Optional<String> icp = im.find() ? Optional.of(im.group()) : Optional.empty();
        String title = doc.title();
        Optional<String> advertiser = title.contains("_") ? Optional.of(title.substring(title.lastIndexOf('_') + 1)) : Optional.empty();
        Set<PageSignal> signals = doc.select("form").isEmpty() ? Set.of() : Set.of(PageSignal.BOOKING_FORM);
        return new ExtractedPage(source, cs.name(), title, t, Optional.empty(),
                new PageFacts(advertiser, List.copyOf(phones), approvals, icp), signals);
    }
}
