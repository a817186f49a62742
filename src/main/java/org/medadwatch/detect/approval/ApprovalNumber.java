package org.medadwatch.detect.approval;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medadwatch.detect.text.TextFolder;

/**
 * An advertisement approval number as printed, parsed for what it says about its validity.
 * 医疗广告审查证明 (医广) numbers carry their issue date and are valid one year (医广办法§13);
 * drug, device, health-food and special-food numbers (药/械/食健/食特广审) carry their expiry
 * date in their first six digits; pre-2020 product numbers carry the month of review.
 */
public record ApprovalNumber(String printed, String canonical, Kind kind, Optional<LocalDate> validFrom,
                             Optional<LocalDate> validTo) {

    public enum Kind { MEDICAL_SERVICE, PRODUCT, LEGACY_PRODUCT, MALFORMED }

    private static final Pattern MEDICAL = Pattern.compile(
            "^(?:\\(?\\p{IsHan}{1,4}\\)?)?(?:\\(\\p{IsHan}{1,4}\\))?中?医广字?\\[?(20\\d{2})\\]?第?(\\d[\\d-]*\\d)号$");
    private static final Pattern PRODUCT = Pattern.compile(
            "^\\p{IsHan}{1,2}(?:药|械|医械|食健|食特)广审\\(?[视声文]\\)?第?(\\d{2})(\\d{2})(\\d{2})-\\d{5}号$");
    private static final Pattern LEGACY = Pattern.compile(
            "^\\p{IsHan}{1,2}(?:药|械|医械|食健|食特)广审\\(?[视声文]\\)?第?((?:19|20)\\d{2})(\\d{2})\\d{4}号$");

    public static ApprovalNumber parse(String printed) {
        String canonical = canonical(printed);
        Matcher m = MEDICAL.matcher(canonical);
        if (m.matches()) {
            String digits = m.group(2).replace("-", "");
            Optional<LocalDate> issued = digits.length() > 4
                    ? date(Integer.parseInt(m.group(1)), digits.substring(0, 2), digits.substring(2, 4))
                    : Optional.empty();
            if (issued.isPresent()) {
                return new ApprovalNumber(printed, canonical, Kind.MEDICAL_SERVICE, issued,
                        issued.map(d -> d.plusYears(1).minusDays(1)));
            }
        }
        m = PRODUCT.matcher(canonical);
        if (m.matches()) {
            Optional<LocalDate> expiry = date(2000 + Integer.parseInt(m.group(1)), m.group(2), m.group(3));
            if (expiry.isPresent()) {
                return new ApprovalNumber(printed, canonical, Kind.PRODUCT, Optional.empty(), expiry);
            }
        }
        m = LEGACY.matcher(canonical);
        if (m.matches()) {
            Optional<LocalDate> reviewed = date(Integer.parseInt(m.group(1)), m.group(2), "01");
            if (reviewed.isPresent()) {
                return new ApprovalNumber(printed, canonical, Kind.LEGACY_PRODUCT, reviewed,
                        reviewed.map(d -> d.plusYears(1).minusDays(1)));
            }
        }
        return new ApprovalNumber(printed, canonical, Kind.MALFORMED, Optional.empty(), Optional.empty());
    }

    /**
     * The form numbers are compared in: NFKC, simplified characters ("醫廣…號" is "医广…号"), no
     * white space, one kind of square bracket.
     */
    public static String canonical(String printed) {
        String s = TextFolder.simplified(Normalizer.normalize(printed, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(switch (c) {
                case '【', '〔', '［', '〖' -> '[';
                case '】', '〕', '］', '〗' -> ']';
                case '－', '—', '–', '‐' -> '-';
                default -> c;
            });
        }
        return out.toString();
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
