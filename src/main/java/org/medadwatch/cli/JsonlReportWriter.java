package org.medadwatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.medadwatch.app.PageReport;
import org.medadwatch.detect.Finding;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;

/** One JSON object per page: the machine contract that {@code shared/eval/score} reads. */
final class JsonlReportWriter implements ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final PrintWriter out;

    JsonlReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void write(PageReport report) {
        try {
            out.println(JSON.writeValueAsString(toMap(report)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> toMap(PageReport report) {
        ExtractedPage page = report.page();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", page.source());
        m.put("is_medical_ad", report.verdict().isMedicalAd());
        m.put("ad_kind", report.verdict().ad().kind().name());
        m.put("ad_reasons", report.verdict().ad().reasons());
        m.put("findings", report.verdict().findings().stream().map(JsonlReportWriter::finding).toList());
        m.put("extract", facts(page.facts()));
        page.wechat().ifPresent(w -> {
            Map<String, Object> wm = new LinkedHashMap<>();
            wm.put("title", w.title());
            wm.put("account", w.account());
            wm.put("publish_time", w.publishTime().orElse(null));
            m.put("wechat", wm);
        });
        m.put("title", page.title());
        m.put("charset", page.charset());
        m.put("signals", page.signals().stream().map(Enum::name).sorted().toList());
        m.put("warnings", page.warnings());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("category", f.category().name());
        m.put("rule", f.ruleId());
        m.put("level", f.level().name().toLowerCase(Locale.ROOT));
        m.put("evidence", f.evidence());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("basis", f.legalBasis());
        m.put("note", f.note());
        return m;
    }

    private static Map<String, Object> facts(PageFacts facts) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("advertiser", facts.advertiser().orElse(null));
        m.put("phones", facts.phones());
        m.put("approval_no", facts.approvalNumbers().isEmpty() ? null : facts.approvalNumbers().get(0));
        m.put("approval_numbers", List.copyOf(facts.approvalNumbers()));
        m.put("icp", facts.icp().orElse(null));
        return m;
    }
}
