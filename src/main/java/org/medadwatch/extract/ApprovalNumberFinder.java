package org.medadwatch.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medadwatch.detect.text.TextFolder;

/**
 * Finds advertisement approval numbers as printed, in page order.
 *
 * <p>Well-formed numbers are recognised by shape (see {@code shared/domain/LAW.md} §3):
 * <ul>
 *   <li>医疗广告审查证明: {@code （京）医广【2016】第07-01-0355号}, {@code 渝医广【2026】第0227-0019号},
 *       {@code (京)中医广【2007】第01-30-10号}, {@code 鲁医广【2013】第0902-001-3711号}; the prefix may
 *       name a province, city or district, the year may sit in 【】, [], 〔〕 or ();</li>
 *   <li>drugs, devices, health and special-medical food:
 *       {@code 苏药广审（文）第280630-00388号}, {@code 鄂食健广审(文)2011080063号}.</li>
 * </ul>
 * Malformed numbers count too where they are printed in the place of one, after a label such as
 * 医疗广告审查证明文号： or 广告审查批准文号：: the rest of the clause is taken
 * ({@code 医广审字第0316号}, {@code （川）医广【2025】第号}). A bare 批准文号： is not such a label:
 * it introduces product registration numbers (国药准字, 国食健注), which are not ad approvals.
 * A medical number printed without its year ({@code （雁）医广第2026081号}) is found by shape too;
 * the approvals check then reads it as malformed. Numbers and labels printed in traditional
 * characters ({@code （京）醫廣【2026】第03-12-0101號}, 醫療廣告審查證明：) are found like simplified ones
 * and given as printed. So are medical numbers written in the drug numbers' form, with 医广审.
 */
final class ApprovalNumberFinder {
    private static final String HAN = "\\p{IsHan}";
    private static final String PROVINCE = "[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕吉闽贵黔粤青藏川蜀宁琼港澳]";
    /**
     * The form of ownership a medical ad prints as one of its eight items, often in brackets just before
     * the number ("（民营）（皖）医广…"): not part of the number.
     */
    private static final String OWNERSHIP = "(?:公立|民营|私立|非营利性|营利性|非营利|营利|国有|集体|个体|合资|独资|股份制|中外合资|中外合作)";
    private static final String PAREN_PREFIX = "\\(\\s?(?!" + OWNERSHIP + "\\s?\\))" + HAN + "{1,4}\\s?\\)";
    private static final Pattern MEDICAL = Pattern.compile(
            "(?:" + PAREN_PREFIX + "\\s?(?:" + PAREN_PREFIX + "\\s?)?|" + PROVINCE + ")?"
            + "中?医广\\s?字?\\s?(?:[【\\[〔(]?\\s?(?:19|20)\\d{2}\\s?[】\\]〕)]?\\s?第?|第)\\s?[\\d-]*\\s?号");
    private static final Pattern PRODUCT = Pattern.compile(
            "(?:" + PAREN_PREFIX + "|" + PROVINCE + ")"
            + "(?:医疗器械|医械|药|械|食健|食特|保健食品|特医)广审\\s?(?:\\(\\s?[视声文网]\\s?\\))?\\s?第?\\s?[\\d-]+\\s?号");
    /**
     * "医广审": a medical number written in the drug numbers' form, which no medical approval has
     * ({@code 冀医广审(2026)0731号}, {@code 医广审【2026】苏-0715}, {@code 医广审字(2025)第118号}).
     */
    private static final Pattern MEDICAL_AS_PRODUCT = Pattern.compile(
            "(?:" + PAREN_PREFIX + "|" + PROVINCE + ")?"
            + "中?医广审\\s?字?\\s?(?:[【\\[〔(]\\s?(?:19|20)\\d{2}\\s?[】\\]〕)])?\\s?第?\\s?(?:" + HAN + "{1,2}\\s?-?\\s?)?\\d[\\d-]*\\s?号?");
    /** A label that puts an approval number after it. */
    private static final Pattern LABEL = Pattern.compile(
            "(?:(?:医疗广告审查证明|(?:医疗)?广告(?:审查|审批|批准)(?:证明|批准|审批)?|医广|审批)(?:文号|编号|证明号|号|证明)"
            + "|(?:医疗)?广告审查)\\s?[:]\\s*");
    /** The end of the clause a labelled number sits in. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;。!?|\\n]|\\s{2,}|\\s(?=" + HAN + "{2,}[:])");

    /** A number found, with where it starts and ends in the text. */
    private record Hit(int start, int end, boolean byShape) {
    }

    List<String> find(String text) {
        // full width to ASCII and traditional to simplified, one char for one: "（京）醫廣【2026】第…號"
        String folded = TextFolder.simplified(WidthFolder.fold(text));
        List<Hit> hits = new ArrayList<>();
        // each shape holds a fixed word; most pages hold none, and a contains() is far cheaper than a regex pass
        if (folded.contains("医广")) {
            collect(MEDICAL, folded, hits);
            collect(MEDICAL_AS_PRODUCT, folded, hits);
        }
        if (folded.contains("广审")) {
            collect(PRODUCT, folded, hits);
        }
        Matcher label = LABEL.matcher(folded);
        while (label.find()) {
            int start = label.end();
            Matcher end = CLAUSE_END.matcher(folded);
            int stop = end.find(start) ? end.start() : folded.length();
            int hao = folded.indexOf('号', start);
            if (hao >= 0 && hao < stop) {
                stop = hao + 1;
            }
            if (stop > start) {
                hits.add(new Hit(start, stop, false));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::start).thenComparing(h -> !h.byShape()));
        List<String> numbers = new ArrayList<>();
        int coveredTo = -1;
        for (Hit hit : pickNonOverlapping(hits)) {
            if (hit.start() < coveredTo) {
                continue;
            }
            String printed = trim(text.substring(hit.start(), hit.end()));
            if (!printed.isEmpty() && !numbers.contains(printed) && looksLikeANumber(printed)) {
                numbers.add(printed);
            }
            coveredTo = hit.end();
        }
        return numbers;
    }

    /** Where a shape hit and a labelled clause overlap, the shape hit is the cleaner reading. */
    private static List<Hit> pickNonOverlapping(List<Hit> hits) {
        List<Hit> kept = new ArrayList<>();
        for (Hit hit : hits) {
            boolean overlapsShape = !hit.byShape() && hits.stream()
                    .anyMatch(o -> o.byShape() && o.start() < hit.end() && hit.start() < o.end());
            if (!overlapsShape) {
                kept.add(hit);
            }
        }
        return kept;
    }

    private static void collect(Pattern pattern, String folded, List<Hit> hits) {
        Matcher m = pattern.matcher(folded);
        while (m.find()) {
            hits.add(new Hit(m.start(), m.end(), true));
        }
    }

    /** A labelled clause must hold a digit or 号 to be a number at all ("无", "见下方" are not). */
    private static boolean looksLikeANumber(String printed) {
        return printed.chars().anyMatch(c -> Character.isDigit(c) || c == '号');
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmable(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0'
                || "：:，,。；;、|".indexOf(c) >= 0;
    }
}
