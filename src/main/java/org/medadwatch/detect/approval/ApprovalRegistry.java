package org.medadwatch.detect.approval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.medadwatch.csv.CsvLine;

/**
 * The approvals registry an analyst is given (广告法§47 has the reviewing bodies publish what
 * they approved): CSV {@code approval_no,advertiser,valid_from,valid_to,status}. A bad row
 * stops loading with its line: a registry that is half read would misjudge pages silently.
 */
public final class ApprovalRegistry {
    private static final String HEADER = "approval_no,advertiser,valid_from,valid_to,status";
    private final Map<String, ApprovalRecord> byNumber;

    private ApprovalRegistry(Map<String, ApprovalRecord> byNumber) {
        this.byNumber = byNumber;
    }

    public static ApprovalRegistry empty() {
        return new ApprovalRegistry(Map.of());
    }

    public static ApprovalRegistry load(Path csv) {
        Map<String, ApprovalRecord> rows = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.replace("\uFEFF", "").trim().equals(HEADER)) {
                throw new RegistryException(csv, 1, "header must be: " + HEADER);
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                ApprovalRecord r = parse(csv, lineNo, line);
                rows.put(ApprovalNumber.canonical(r.approvalNo()), r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read approvals registry " + csv, e);
        }
        return new ApprovalRegistry(Map.copyOf(rows));
    }

    public Optional<ApprovalRecord> find(ApprovalNumber number) {
        return Optional.ofNullable(byNumber.get(number.canonical()));
    }

    public int size() {
        return byNumber.size();
    }

    private static ApprovalRecord parse(Path csv, int lineNo, String line) {
        List<String> cells = CsvLine.split(line)
                .orElseThrow(() -> new RegistryException(csv, lineNo, "a quote is left open"));
        if (cells.size() != 5) {
            throw new RegistryException(csv, lineNo, "expected 5 columns, found " + cells.size());
        }
        ApprovalRecord.Status status = switch (cells.get(4).trim().toLowerCase(Locale.ROOT)) {
            case "valid", "有效" -> ApprovalRecord.Status.VALID;
            case "revoked", "撤销", "已撤销", "注销", "已注销" -> ApprovalRecord.Status.REVOKED;
            case "expired", "过期", "已过期", "失效", "已失效" -> ApprovalRecord.Status.EXPIRED;
            default -> throw new RegistryException(csv, lineNo,
                    "status must be valid, revoked or expired (有效/撤销/过期), not '" + cells.get(4) + "'");
        };
        try {
            return new ApprovalRecord(cells.get(0).trim(), cells.get(1).trim(), LocalDate.parse(cells.get(2).trim()),
                    LocalDate.parse(cells.get(3).trim()), status);
        } catch (DateTimeParseException e) {
            throw new RegistryException(csv, lineNo, "dates must be YYYY-MM-DD: " + e.getParsedString());
        }
    }

    /** A registry file that cannot be used, with its line. */
    public static final class RegistryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RegistryException(Path csv, int line, String reason) {
            super(csv + ":" + line + ": " + reason);
        }
    }
}
