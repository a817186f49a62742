package org.medadwatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the phone numbers printed in a text, as printed, in order, one per distinct number.
 *
 * <p>Taken: mainland landlines with an area code ({@code 0571-87163320}, {@code 0571 87163320},
 * {@code （0375）6128013}, {@code (010)69213547}), mobiles ({@code 13912345678},
 * {@code 138-0791-4562}, {@code 139 0351 3376}, {@code 137·7788·5210}, {@code +86 138...}), and 400/800 service numbers
 * ({@code 400-816-5520}, {@code 4006-028-567}, {@code 400 010 6921}); Hong Kong, Macau and Taiwan
 * numbers only with their country code, bare or bracketed ({@code +852 2388 6172},
 * {@code (852) 2388 6012}, {@code (886) 2 2345 6789}); a mainland number may carry {@code (86)}.
 *
 * <p>Not taken: digits that are part of a longer run of digits or letters (ICP, approval,
 * 公网安备, ID and serial numbers), numbers closed by 号 or opened by 第 (document and approval
 * numbers), numbers labelled QQ, dates, times, prices and postcodes (none of which has the shape
 * of a phone number once the run boundaries are enforced).
 */
final class PhoneFinder {
    /** Between digit groups: a space, or a hyphen, dot or middle dot with a space either side ("0371 - 6598 7712", "0731.8456.2290"). */
    private static final String SEP = "(?:\\s?[-.·•]\\s?| )?";
    private static final Pattern PHONE = Pattern.compile(
            // Hong Kong and Macau (8 digits), Taiwan: only with their country code, which no other digits carry;
            // the code may stand in brackets ("(852) 2388 6012", "（+853）2871 2345")
            "(?:(?:\\+|00)(?:852|853)" + SEP + "|" + bracketed("852|853") + ")\\d{4}" + SEP + "\\d{4}"
            + "|(?:(?:\\+|00)886" + SEP + "|" + bracketed("886") + ")\\(?0?\\d{1,2}\\)?" + SEP + "\\d{3,4}" + SEP + "\\d{4}"
            // +86 / 0086 / (86) country prefix, optional
            + "|(?:(?:\\+|00)?86" + SEP + "|" + bracketed("86") + ")?"
            + "(?:"
            // landline: area code 010, 02x or 0[3-9]xx, bare or in brackets, then 7-8 digits
            + "(?:\\(\\s?0(?:10|2\\d|[3-9]\\d{2})\\s?\\)\\s?|0(?:10|2\\d|[3-9]\\d{2})" + SEP + ")[2-9]\\d{2,3}" + SEP + "\\d{4}"
            // mobile: 1[3-9]x xxxx xxxx
            + "|1[3-9]\\d" + SEP + "\\d{4}" + SEP + "\\d{4}"
            // 400/800: ten digits in groups of 3-4
            + "|[48]00(?:" + SEP + "\\d){7}"
            + ")");
    /** A country code in brackets, with or without + or 00: "(852) ", "(+886)", "（86）" once width-folded. */
    private static String bracketed(String codes) {
        return "\\(\\s?(?:\\+|00)?(?:" + codes + ")\\s?\\)\\s?";
    }

    /** What may not touch a phone number on the left: a longer alphanumeric run, or 第 (No.). */
    // \\z, not $: $ also matches before a final line break, so a number on the line above would veto this one
    private static final Pattern BAD_LEFT = Pattern.compile("(?:[0-9A-Za-z_]|\\d[-.]|第|(?i:qq)\\s?(?:号|号码)?\\s?[:]?\\s?)\\z");
    /** What may not touch it on the right: more digits, a letter, 号 (No.), or a decimal part. */
    private static final Pattern BAD_RIGHT = Pattern.compile("^(?:[0-9A-Za-z_]|-\\d|\\.\\d|号|年|元|岁)");

    List<String> find(String text) {
        String folded = WidthFolder.fold(text);
        Map<String, String> byDigits = new LinkedHashMap<>();
        Matcher m = PHONE.matcher(folded);
        int from = 0;
        while (from < folded.length() && m.find(from)) {
            String left = folded.substring(Math.max(0, m.start() - 8), m.start());
            String right = folded.substring(m.end(), Math.min(folded.length(), m.end() + 2));
            if (BAD_LEFT.matcher(left).find() || BAD_RIGHT.matcher(right).find()) {
                from = m.start() + 1; // a shorter match may start inside, e.g. after a stray "86"
                continue;
            }
            from = m.end();
            String printed = text.substring(m.start(), m.end()).strip();
            byDigits.putIfAbsent(digitsWithoutCountryCode(m.group()), printed);
        }
        return new ArrayList<>(byDigits.values());
    }

    private static String digitsWithoutCountryCode(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.startsWith("0086")) {
            return digits.substring(4);
        }
        String head = phone.replaceFirst("^[(\\s]+", "");
        boolean prefixed = head.startsWith("+86") || head.startsWith("86");
        return prefixed && digits.length() > 11 ? digits.substring(2) : digits;
    }
}
