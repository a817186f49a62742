package org.medadwatch.detect.ad;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.medadwatch.page.ExtractedPage;
import org.medadwatch.page.PageFacts;
import org.medadwatch.page.PageSignal;

/**
 * Measuring tool, not a test: reports is_medical_ad accuracy of {@link AdJudge} on a labelled
 * corpus folder, with the confusion by page kind. Off unless asked for:
 * <pre>mvn -q -B test -Dtest=DevCorpusMeasureTool -Dmedadwatch.corpus=/work/shared/corpus/dev</pre>
 * (the class name does not match surefire's default includes, so a plain {@code mvn test} never
 * runs it; the property also has to be set).
 * Text and signals come from a crude Jsoup pass written here, not from the real extractor;
 * advertiser, phones and approval number are taken from the labels' {@code extract} block,
 * so the figure measures the judge given correct facts.
 */
@EnabledIfSystemProperty(named = "medadwatch.corpus", matches = ".+")
class DevCorpusMeasureTool {
    private static final Pattern CONSULT_PHONE = Pattern.compile(
            "(咨询|预约|热线|专线|挂号|订购|服务)(电话|热线)?[:：]?\\s*[（(]?\\d{3,4}[)）]?[-\\s]?\\d{7,8}|1[3-9]\\d{9}");
    private static final Pattern BOOKING_CTA = Pattern.compile("(预约|挂号|在线咨询|免费咨询|咨询专家|在线问诊|立即咨询)");
    private static final Pattern PURCHASE_CTA = Pattern.compile("(立即购买|马上购买|订购|下单|加微信|加V|扫码购买|扫码下单|购物车|抢购)");
    private static final Pattern PRICE = Pattern.compile("([¥￥]\\s*\\d|\\d+(\\.\\d+)?\\s*元|原价|特价|疗程价|优惠价)");
    private static final Pattern WIDGET = Pattern.compile("(53kf|kuaishang|swt|zoosnet|live800|qiyukf|kf5|LR_|商务通|快商通|chat)",
            Pattern.CASE_INSENSITIVE);

    @Test
    void measure() throws IOException {
        Path corpus = Path.of(System.getProperty("medadwatch.corpus"));
        long t0 = System.nanoTime();
        AdJudge judge = AdJudge.standard();
        long t1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "standard() (loads the shipped model, cold JVM): %d ms%n", (t1 - t0) / 1_000_000);
        Path model = Files.createTempFile("ad", ".bin");
        AdJudge.train(AdCategorizerTest.TRAINING_FILE, model);
        for (int i = 0; i < 3; i++) {
            long a = System.nanoTime();
            AdJudge.trainedFromResource();
            long b = System.nanoTime();
            AdJudge.load(model);
            long c = System.nanoTime();
            System.out.printf(Locale.ROOT, "warm: train %d ms, load model file (%d bytes) %d ms%n",
                    (b - a) / 1_000_000, Files.size(model), (c - b) / 1_000_000);
        }
        Files.delete(model);

        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> byKind = new TreeMap<>();   // kind -> {pages, correct, predictedMedical}
        int correct = 0;
        int total = 0;
        List<String> misses = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode label = json.readTree(line);
            ExtractedPage page = crudeExtract(corpus.resolve(label.get("file").asText()).toFile(), label.get("extract"));
            AdAssessment a = judge.assess(page);
            boolean expected = label.get("is_medical_ad").asBoolean();
            boolean ok = a.isMedicalAd() == expected;
            String kind = label.get("kind").asText() + (expected ? "/medical" : "/not-medical");
            int[] row = byKind.computeIfAbsent(kind, k -> new int[3]);
            row[0]++;
            row[1] += ok ? 1 : 0;
            row[2] += a.isMedicalAd() ? 1 : 0;
            total++;
            correct += ok ? 1 : 0;
            if (Math.abs(a.adProbability() - 0.5) < 0.2 || (a.isAd() && Math.abs(a.medicalProbability() - 0.5) < 0.2)) {
                System.out.printf(Locale.ROOT, "NEAR %s %s ad %.2f medical %.2f%n", label.get("file").asText(), kind,
                        a.adProbability(), a.medicalProbability());
            }
            if (!ok) {
                misses.add(label.get("file").asText() + " " + kind + " -> " + a.kind() + " " + page.signals()
                        + " " + a.reasons());
            }
        }
        System.out.printf(Locale.ROOT, "is_medical_ad accuracy %d/%d = %.3f%n", correct, total, (double) correct / total);
        System.out.println("kind/gold                      pages correct predicted_medical");
        byKind.forEach((k, r) -> System.out.printf(Locale.ROOT, "%-30s %5d %7d %7d%n", k, r[0], r[1], r[2]));
        misses.forEach(m -> System.out.println("MISS " + m));
    }

    private static ExtractedPage crudeExtract(File file, JsonNode extract) throws IOException {
        Document doc = Jsoup.parse(file, null);
        String scripts = doc.select("script").outerHtml();
        doc.select("script, style, noscript, template").remove();
        String text = doc.body() == null ? "" : doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n");
        Set<PageSignal> signals = EnumSet.noneOf(PageSignal.class);
        for (Element form : doc.select("form")) {
            String f = form.outerHtml();
            if (f.contains("姓名") || f.contains("电话") || f.contains("手机") || f.contains("tel") || f.contains("预约")) {
                signals.add(PageSignal.BOOKING_FORM);
            }
        }
        if (WIDGET.matcher(scripts).find()) {
            signals.add(PageSignal.CONSULT_WIDGET);
        }
        String links = doc.select("a, button").text();
        if (BOOKING_CTA.matcher(links).find()) {
            signals.add(PageSignal.BOOKING_CALL_TO_ACTION);
        }
        if (PURCHASE_CTA.matcher(text).find()) {
            signals.add(PageSignal.PURCHASE_CALL_TO_ACTION);
        }
        if (CONSULT_PHONE.matcher(text).find()) {
            signals.add(PageSignal.CONSULT_PHONE);
        }
        if (PRICE.matcher(text).find()) {
            signals.add(PageSignal.PRICE_LIST);
        }
        if (doc.getElementById("js_content") != null || doc.selectFirst(".rich_media") != null) {
            signals.add(PageSignal.WECHAT_ARTICLE);
        }
        List<String> phones = new ArrayList<>();
        extract.path("phones").forEach(p -> phones.add(p.asText()));
        JsonNode approval = extract.path("approval_no");
        JsonNode advertiser = extract.path("advertiser");
        PageFacts facts = new PageFacts(
                advertiser.isTextual() ? Optional.of(advertiser.asText()) : Optional.empty(), phones,
                approval.isTextual() ? List.of(approval.asText()) : List.of(), Optional.empty());
        return new ExtractedPage(file.getPath(), doc.charset().name(), doc.title(), text, Optional.empty(), facts, signals);
    }
}
