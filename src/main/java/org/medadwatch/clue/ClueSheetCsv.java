package org.medadwatch.clue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes a clue sheet as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads
 * Chinese as mojibake), CRLF line ends and quoting as in RFC 4180, one row per clue, the columns
 * in the order the bureaus' forms use ({@link #HEADER}).
 *
 * <p>Crawled text is hostile: a cell that Excel would take for a formula (first character
 * {@code = + - @}, or a tab or carriage return) gets a leading apostrophe (OWASP "CSV
 * injection"), and control characters other than line breaks and tabs are dropped. Times are
 * Beijing time ({@code Asia/Shanghai}), {@code yyyy-MM-dd HH:mm:ss}.
 */
public final class ClueSheetCsv {
    /** The sixteen columns, in order. */
    public static final List<String> HEADER = List.of(
            "线索编号", "发现时间", "网站或公众号", "网址", "主体名称", "联系电话", "ICP备案号", "属地",
            "违法类型", "类别代码", "违法内容摘录", "法律依据", "审查证明文号", "证据记录", "证据SHA-256", "状态");

    /** How multiple phones or approval numbers share one cell. */
    static final String LIST_SEPARATOR = "；";
    /** Times in a sheet: Beijing time, {@code yyyy-MM-dd HH:mm:ss}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));

    private ClueSheetCsv() {
    }

    /**
     * Writes the sheet to a file, through a temporary file beside it and an atomic move, so that
     * a crash never leaves half a sheet under the final name.
     */
    public static void write(List<ClueRow> rows, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".part");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                write(rows, out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes the sheet, byte-order mark first; the writer must encode UTF-8. Does not close it. */
    public static void write(List<ClueRow> rows, Writer out) throws IOException {
        out.write('\uFEFF');
        writeLine(HEADER, out);
        for (ClueRow row : rows) {
            writeLine(cells(row), out);
        }
        out.flush();
    }

    /** The row's sixteen cells as text, in {@link #HEADER} order, not yet cleaned or escaped. */
    public static List<String> cells(ClueRow r) {
        return List.of(
                r.number(),
                TIME.format(r.firstSeen()),
                r.siteName(),
                r.url(),
                r.advertiser().orElse(""),
                String.join(LIST_SEPARATOR, r.phones()),
                r.icp().orElse(""),
                r.jurisdiction().name(),
                r.category().chineseName(),
                r.category().name(),
                r.excerpt(),
                r.basis(),
                String.join(LIST_SEPARATOR, r.approvalNumbers()),
                r.evidence().warcFile() + "#" + r.evidence().recordId(),
                sha256Hex(r.evidence().payloadDigest()),
                r.status().chineseName());
    }

    /** {@code sha256:ABC...} as WARC writes it becomes the bare digest. */
    static String sha256Hex(String payloadDigest) {
        return payloadDigest.regionMatches(true, 0, "sha256:", 0, 7) ? payloadDigest.substring(7) : payloadDigest;
    }

    /**
     * Writes one CSV line: each cell cleaned ({@link #clean}), defused against formula injection
     * and quoted as RFC 4180 asks, then CRLF. Other sheets with these rules reuse it.
     */
    public static void writeLine(List<String> cells, Writer out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(defuse(clean(cells.get(i)))));
        }
        out.write("\r\n");
    }

    /** Drops control characters other than tab, CR and LF: they have no business in a sheet. */
    public static String clean(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c >= 0x20 && c != 0x7F || c == '\t' || c == '\n' || c == '\r') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A cell Excel would evaluate as a formula gets a leading apostrophe. */
    static String defuse(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0
                || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
