package org.medadwatch.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A piece of HTML we produce, built so that text cannot become markup: {@link #text} escapes,
 * {@link Tag} escapes attribute values and refuses event-handler attributes and non-HTTP URLs,
 * and a {@code String} given as a child is text. {@link #raw} is the one way round that, for
 * markup this package writes itself (never for anything from a crawled page or a user).
 *
 * <pre>{@code
 * Html h = Html.tag("p").attr("class", "note").add("标题：", page.title()).build();
 * }</pre>
 *
 * <p>Why not a template engine: every page here is small, and a builder whose only way to emit
 * text is an escaping one makes "forgot to escape" impossible to write, where a template's
 * {@code |raw}/{@code th:utext} is one keystroke away. Tested in {@code HtmlTest}.
 */
public final class Html {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final java.util.Set<String> VOID = java.util.Set.of("input", "br", "meta", "link", "img", "hr");
    private static final java.util.Set<String> URL_ATTRS = java.util.Set.of("href", "src", "action", "formaction");
    public static final Html EMPTY = new Html("");

    private final String markup;

    private Html(String markup) {
        this.markup = markup;
    }

    /** Text, escaped. */
    public static Html text(String text) {
        return new Html(escape(Objects.requireNonNull(text, "text")));
    }

    /** Markup this package wrote itself; never pass crawled or user text here. */
    static Html raw(String trustedMarkup) {
        return new Html(trustedMarkup);
    }

    public static Html join(List<Html> parts) {
        StringBuilder sb = new StringBuilder();
        parts.forEach(p -> sb.append(p.markup));
        return new Html(sb.toString());
    }

    public static Tag tag(String name) {
        return new Tag(name);
    }

    /** Escapes {@code & < > " '} so that text is safe in element content and quoted attributes. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '\u0000' -> sb.append('\uFFFD');
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Whether a URL may be a link or form target: a path on this site ({@code /x}, not
     * {@code //host}), or an absolute http(s) URL. Everything else ({@code javascript:},
     * {@code data:}, {@code vbscript:}, relative tricks) is refused.
     */
    public static boolean isSafeUrl(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("/")) {
            return !u.startsWith("//") && !u.startsWith("/\\");
        }
        if (u.startsWith("?") || u.startsWith("#")) {
            return true;
        }
        if (u.startsWith("http://") || u.startsWith("https://")) {
            return url.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
        }
        return false;
    }

    @Override
    public String toString() {
        return markup;
    }

    /** An element under construction. */
    public static final class Tag {
        private final String name;
        private final StringBuilder attrs = new StringBuilder();
        private final List<Html> children = new ArrayList<>();

        private Tag(String name) {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("bad tag name: " + name);
            }
            this.name = name;
        }

        /**
         * An attribute, value escaped. Event handlers ({@code on…}) and {@code style} are refused;
         * URL attributes must pass {@link #isSafeUrl}.
         */
        public Tag attr(String attr, String value) {
            if (!NAME.matcher(attr).matches() || attr.startsWith("on") || attr.equals("style")
                    || attr.equals("srcdoc")) {
                throw new IllegalArgumentException("attribute not allowed: " + attr);
            }
            if (URL_ATTRS.contains(attr) && !isSafeUrl(value)) {
                throw new IllegalArgumentException("unsafe URL in " + attr + ": " + value);
            }
            attrs.append(' ').append(attr).append("=\"").append(escape(value)).append('"');
            return this;
        }

        /** An attribute only when the condition holds, e.g. {@code checked}, {@code selected}. */
        public Tag flag(String attr, boolean on) {
            return on ? attr(attr, attr) : this;
        }

        public Tag id(String id) {
            return attr("id", id);
        }

        public Tag cls(String cls) {
            return attr("class", cls);
        }

        /** Children: a {@code String} is text (escaped), {@link Html} and {@link Tag} are markup. */
        public Tag add(Object... items) {
            for (Object o : items) {
                if (o instanceof Html h) {
                    children.add(h);
                } else if (o instanceof Tag t) {
                    children.add(t.build());
                } else if (o instanceof String s) {
                    children.add(text(s));
                } else if (o instanceof List<?> list) {
                    add(list.toArray());
                } else if (o != null) {
                    throw new IllegalArgumentException("not a child: " + o.getClass());
                }
            }
            return this;
        }

        public Html build() {
            StringBuilder sb = new StringBuilder().append('<').append(name).append(attrs).append('>');
            if (VOID.contains(name)) {
                if (!children.isEmpty()) {
                    throw new IllegalStateException(name + " takes no children");
                }
                return new Html(sb.toString());
            }
            children.forEach(c -> sb.append(c.markup));
            return new Html(sb.append("</").append(name).append('>').toString());
        }
    }
}
