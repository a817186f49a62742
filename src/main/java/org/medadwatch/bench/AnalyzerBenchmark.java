package org.medadwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.medadwatch.index.ChineseBigramAnalyzer;
import org.medadwatch.page.ExtractedPage;

/**
 * Chooses the index's Chinese analysis on our own pages: tokenisation speed (chars per CPU
 * second on one thread, median of rounds after warm-up) and search quality for analyst
 * queries run as phrases, where the right answer is every page whose text contains the query
 * string. Recall = right pages found / right pages; precision = found pages that contain it /
 * found pages.
 */
public final class AnalyzerBenchmark {
    /** Queries an analyst types: claims, therapies, qualifications, a hospital name fragment. */
    public static final List<String> QUERIES = List.of("根治", "治愈率", "无痛人流", "干细胞", "玻尿酸", "医保定点",
            "部队医院", "包治", "无效退款", "祖传秘方", "专家坐诊", "免费体检", "有效率", "美白针", "热玛吉",
            "男科", "不孕不育", "癌", "人民医院", "中医院", "妇科", "牛皮癣", "前列腺", "红斑狼疮");

    public record Speed(String analyzer, long chars, long tokens, double charsPerCpuSecond) {
    }

    public record Quality(String analyzer, String query, int relevant, int found, int foundRelevant) {
        public double recall() {
            return relevant == 0 ? 1 : (double) foundRelevant / relevant;
        }

        public double precision() {
            return found == 0 ? 1 : (double) foundRelevant / found;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The analyzers compared: name to (index analyzer, query analyzer). */
    public static Map<String, Analyzer[]> candidates() {
        Map<String, Analyzer[]> m = new LinkedHashMap<>();
        m.put("smartcn", new Analyzer[] {new SmartChineseAnalyzer(), new SmartChineseAnalyzer()});
        m.put("cjk-bigram", new Analyzer[] {ChineseBigramAnalyzer.forQueries(), ChineseBigramAnalyzer.forQueries()});
        m.put("cjk-bigram+unigram (chosen)",
                new Analyzer[] {ChineseBigramAnalyzer.forIndexing(), ChineseBigramAnalyzer.forQueries()});
        m.put("CJKAnalyzer", new Analyzer[] {new CJKAnalyzer(), new CJKAnalyzer()});
        return m;
    }

    public static Speed speed(String name, Analyzer analyzer, List<String> texts, int warmups, int rounds)
            throws IOException {
        long chars = texts.stream().mapToLong(String::length).sum();
        long tokens = 0;
        double[] seconds = new double[rounds];
        for (int r = -warmups; r < rounds; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            tokens = 0;
            for (String t : texts) {
                try (TokenStream ts = analyzer.tokenStream("text", t)) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        tokens++;
                    }
                    ts.end();
                }
            }
            if (r >= 0) {
                seconds[r] = (THREADS.getCurrentThreadCpuTime() - start) / 1e9;
            }
        }
        Arrays.sort(seconds);
        return new Speed(name, chars, tokens, chars / seconds[rounds / 2]);
    }

    public static List<Quality> quality(String name, Analyzer indexAnalyzer, Analyzer queryAnalyzer,
                                        List<String> texts, List<String> queries) throws IOException {
        List<Quality> out = new ArrayList<>();
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(indexAnalyzer))) {
                for (int i = 0; i < texts.size(); i++) {
                    Document d = new Document();
                    d.add(new StoredField("id", i));
                    d.add(new TextField("text", texts.get(i), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(queryAnalyzer);
                for (String q : queries) {
                    int relevant = (int) texts.stream().filter(t -> fold(t).contains(fold(q))).count();
                    Query query = builder.createPhraseQuery("text", q);
                    int found = 0;
                    int foundRelevant = 0;
                    if (query != null) {
                        for (ScoreDoc sd : searcher.search(query, texts.size()).scoreDocs) {
                            int id = searcher.storedFields().document(sd.doc).getField("id").numericValue().intValue();
                            found++;
                            if (fold(texts.get(id)).contains(fold(q))) {
                                foundRelevant++;
                            }
                        }
                    }
                    out.add(new Quality(name, q, relevant, found, foundRelevant));
                }
            }
        }
        return out;
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Prints the comparison for the page folders given as arguments. */
    public static void main(String[] args) throws IOException {
        List<Path> folders = Arrays.stream(args).map(Path::of).toList();
        List<ExtractedPage> pages = BenchPages.load(folders);
        List<String> texts = pages.stream().map(p -> p.title() + "\n" + p.text()).toList();
        System.out.printf(Locale.ROOT, "%d pages, %d chars%n", texts.size(),
                texts.stream().mapToLong(String::length).sum());
        // repeat the corpus so one round lasts long enough to time
        List<String> big = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            big.addAll(texts);
        }
        for (Map.Entry<String, Analyzer[]> e : candidates().entrySet()) {
            Speed s = speed(e.getKey(), e.getValue()[0], big, 3, 5);
            System.out.printf(Locale.ROOT, "%-28s %,12.0f chars/s per core  %,d tokens per pass%n",
                    s.analyzer(), s.charsPerCpuSecond(), s.tokens() / 20);
        }
        for (Map.Entry<String, Analyzer[]> e : candidates().entrySet()) {
            List<Quality> qs = quality(e.getKey(), e.getValue()[0], e.getValue()[1], texts, QUERIES);
            int rel = 0;
            int found = 0;
            int good = 0;
            StringBuilder misses = new StringBuilder();
            for (Quality q : qs) {
                rel += q.relevant();
                found += q.found();
                good += q.foundRelevant();
                if (q.foundRelevant() < q.relevant() || q.found() > q.foundRelevant()) {
                    misses.append(String.format(Locale.ROOT, " %s(%d/%d, %d found)", q.query(), q.foundRelevant(),
                            q.relevant(), q.found()));
                }
            }
            System.out.printf(Locale.ROOT, "%-28s recall %d/%d = %.2f  precision %d/%d = %.2f  off:%s%n", e.getKey(),
                    good, rel, rel == 0 ? 1.0 : (double) good / rel, good, found,
                    found == 0 ? 1.0 : (double) good / found, misses);
        }
    }
}
