package org.medadwatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.QueryBuilder;
import org.medadwatch.detect.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of stored pages, one Lucene document per URL. Thread-safe: any number of
 * threads may {@link #upsert} and {@link #search} at once. Changes become durable at
 * {@link #commit} or {@link #close}; searches see them sooner (near-real-time), since each search
 * refreshes its reader first.
 *
 * <pre>{@code
 * try (PageIndex index = PageIndex.open(dataDir.resolve("index"))) {
 *     index.upsert(page);
 *     index.commit();
 *     SearchResults r = index.search("无痛人流", Optional.empty(), 20);
 * }
 * }</pre>
 */
public final class PageIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PageIndex.class);

    static final String URL = "url";
    static final String HOST = "host";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String FETCHED = "fetched";
    static final String CATEGORIES = "categories";
    static final String AD_KIND = "ad_kind";
    static final String ADVERTISER = "advertiser";

    /** Most passages shown per hit. */
    static final int MAX_PASSAGES = 3;
    /** Characters of page text the highlighter looks through for matches. */
    static final int HIGHLIGHT_MAX_CHARS = 2_000_000;
    private static final float TITLE_BOOST = 2f;

    /** Text: positions for phrases, offsets in the postings for the highlighter. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer = ChineseBigramAnalyzer.forIndexing();
    private final QueryBuilder queries = new QueryBuilder(ChineseBigramAnalyzer.forQueries());

    private PageIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens or creates the index in a folder, holding the folder's write lock until closed.
     *
     * @throws IndexLockedException at once, without waiting, when another process (or another
     *                              open index in this one) holds that lock
     */
    public static PageIndex open(Path indexDir) throws IOException {
        Objects.requireNonNull(indexDir, "indexDir");
        Directory dir = FSDirectory.open(indexDir);
        try {
            return new PageIndex(dir);
        } catch (LockObtainFailedException e) {
            dir.close();
            throw new IndexLockedException(indexDir.resolve(IndexWriter.WRITE_LOCK_NAME).toAbsolutePath(), e);
        } catch (IOException | RuntimeException e) {
            dir.close();
            throw e;
        }
    }

    /** Adds a page, or replaces the document of the same URL. */
    public void upsert(IndexedPage page) throws IOException {
        Objects.requireNonNull(page, "page");
        writer.updateDocument(new Term(URL, page.url()), toDocument(page));
    }

    /** Makes every upsert so far durable, and visible to searches. */
    public void commit() throws IOException {
        writer.commit();
        searchers.maybeRefresh();
    }

    /** How many pages the index holds, upserts not yet committed included. */
    public int size() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    public SearchResults search(String query, int limit) throws IOException {
        return search(query, Optional.empty(), limit);
    }

    /**
     * Finds pages containing every phrase of the query (see {@link UserQuery}), title matches
     * ranking higher, optionally only pages with a finding of the given category. A blank query
     * lists the pages of the category, newest first by relevance ties; a blank query without a
     * category, or one with no letters or digits, finds nothing. Never throws for query text.
     */
    public SearchResults search(String query, Optional<Category> category, int limit) throws IOException {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(category, "category");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Optional<Query> text = textQuery(query);
        if (text.isEmpty() && (category.isEmpty() || !UserQuery.phrases(query).isEmpty())) {
            return SearchResults.empty();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text.orElseGet(MatchAllDocsQuery::new), BooleanClause.Occur.MUST);
        category.ifPresent(c -> b.add(new TermQuery(new Term(CATEGORIES, c.name())), BooleanClause.Occur.FILTER));
        Query full = b.build();

        searchers.maybeRefreshBlocking();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(full, limit);
            Map<Integer, List<String>> highlights = text.isPresent()
                    ? highlight(searcher, text.get(), top) : Map.of();
            List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new SearchHit(d.get(URL), Optional.ofNullable(d.get(TITLE)).orElse(""), sd.score,
                        Instant.ofEpochMilli(d.getField(FETCHED).numericValue().longValue()),
                        categories(d), highlights.getOrDefault(sd.doc, List.of())));
            }
            return new SearchResults(top.totalHits.value, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Each phrase must occur in the title or the text; empty when no phrase has a term. */
    Optional<Query> textQuery(String query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String phrase : UserQuery.phrases(query)) {
            Query inText = queries.createPhraseQuery(TEXT, phrase);
            Query inTitle = queries.createPhraseQuery(TITLE, phrase);
            if (inText == null || inTitle == null) {
                continue; // punctuation only: nothing to look for
            }
            all.add(new DisjunctionMaxQuery(List.of(inText, new BoostQuery(inTitle, TITLE_BOOST)), 0.1f),
                    BooleanClause.Occur.MUST);
            clauses++;
        }
        return clauses == 0 ? Optional.empty() : Optional.of(all.build());
    }

    private Map<Integer, List<String>> highlight(IndexSearcher searcher, Query query, TopDocs top)
            throws IOException {
        if (top.scoreDocs.length == 0) {
            return Map.of();
        }
        PassageHighlighter highlighter = new PassageHighlighter(UnifiedHighlighter.builder(searcher, indexAnalyzer)
                .withFormatter(new BracketPassageFormatter())
                .withMaxLength(HIGHLIGHT_MAX_CHARS)
                .withMaxNoHighlightPassages(1));
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        Object[] formatted = highlighter.passages(TEXT, query, docs, MAX_PASSAGES);
        Map<Integer, List<String>> byDoc = new java.util.HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (formatted[i] instanceof List<?> list) {
                byDoc.put(docs[i], list.stream().map(String::valueOf).toList());
            }
        }
        return byDoc;
    }

    /** A unified highlighter that hands back the formatter's passage lists, not joined strings. */
    private static final class PassageHighlighter extends UnifiedHighlighter {
        PassageHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] passages(String field, Query query, int[] docs, int maxPassages) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docs, new int[] {maxPassages}).get(field);
        }
    }

    private static Document toDocument(IndexedPage page) {
        Document d = new Document();
        d.add(new StringField(URL, page.url(), Field.Store.YES));
        d.add(new StringField(HOST, page.host(), Field.Store.YES));
        d.add(new TextField(TITLE, page.title(), Field.Store.YES));
        d.add(new Field(TEXT, page.text(), TEXT_TYPE));
        long millis = page.fetchedAt().toEpochMilli();
        d.add(new LongPoint(FETCHED, millis));
        d.add(new StoredField(FETCHED, millis));
        for (Category c : page.categories()) {
            d.add(new StringField(CATEGORIES, c.name(), Field.Store.YES));
        }
        page.adKind().ifPresent(k -> d.add(new StringField(AD_KIND, k.name(), Field.Store.YES)));
        page.advertiser().ifPresent(a -> d.add(new StringField(ADVERTISER, a, Field.Store.YES)));
        return d;
    }

    private static Set<Category> categories(Document d) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (IndexableField f : d.getFields(CATEGORIES)) {
            Category.find(f.stringValue()).ifPresentOrElse(out::add,
                    () -> LOG.debug("unknown category {} in index", f.stringValue()));
        }
        return out;
    }
}
