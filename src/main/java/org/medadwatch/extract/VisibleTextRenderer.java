package org.medadwatch.extract;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Renders the text a reader sees, the way the evaluator does ({@code shared/eval/score},
 * class {@code _Text}): text outside script/style/noscript/template, plus the {@code alt} and
 * {@code title} attributes of elements at the element's position. Of the {@code <head>} only
 * the {@code <title>} is rendered (the evaluator reads it too); meta descriptions and keywords
 * are not visible text.
 *
 * <p>Block-level elements and {@code <br>} end a line so that sentences from different blocks do
 * not run together; inline elements (span, b, strong, font, a) add nothing, so a phrase split
 * across them stays whole, except that a link straight after a link is another item of a menu. White
 * space inside text collapses to one space, lines are trimmed, and blank lines are dropped.
 */
final class VisibleTextRenderer {
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template");
    private static final Set<String> PREFORMATTED = Set.of("pre", "textarea", "listing", "plaintext");
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details",
            "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frame",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "iframe", "legend", "li",
            "main", "marquee", "menu", "nav", "ol", "option", "p", "pre", "section", "select", "summary",
            "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul");

    /** The visible text of {@code root} and its descendants. */
    String render(Node root) {
        StringBuilder out = new StringBuilder();
        root.filter(new NodeFilter() {
            private int preformatted;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    // a line break in the source is white space, unless in <pre> or <textarea>
                    out.append(preformatted > 0 ? whole : whole.replace('\n', ' '));
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE; // comments, doctype, data nodes
                }
                String tag = element.normalName();
                if (HIDDEN.contains(tag) || tag.equals("head")) {
                    if (tag.equals("head")) {
                        element.getElementsByTag("title").forEach(t -> out.append('\n').append(t.text()).append('\n'));
                    }
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(tag)) {
                    out.append('\n');
                } else if (tag.equals("a") && element.previousSibling() instanceof Element before
                        && before.normalName().equals("a")) {
                    out.append(' '); // a menu's links side by side are items, not one word ("首页" "医院概况")
                }
                if (PREFORMATTED.contains(tag)) {
                    preformatted++;
                }
                appendAttribute(out, element, "alt");
                appendAttribute(out, element, "title");
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    String tag = element.normalName();
                    if (PREFORMATTED.contains(tag)) {
                        preformatted--;
                    }
                    if (BLOCKS.contains(tag)) {
                        out.append('\n');
                    }
                }
                return FilterResult.CONTINUE;
            }
        });
        return tidy(out);
    }

    private static void appendAttribute(StringBuilder out, Element element, String name) {
        String value = element.attr(name);
        if (!value.isBlank()) {
            out.append(' ').append(value).append(' ');
        }
    }

    /** Collapses spaces and tabs, trims each line, drops blank lines; keeps the line breaks. */
    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        boolean lineHasText = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                if (lineHasText) {
                    out.append('\n');
                }
                pendingSpace = false;
                lineHasText = false;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u000B') {
                pendingSpace = lineHasText;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
                lineHasText = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }
}
