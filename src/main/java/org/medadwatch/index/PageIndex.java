package org.medadwatch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.medadwatch.detect.Category;

/**
 * The full-text index of stored pages, one Lucene document per URL. Thread-safe: any number of
 * threads may {@link #upsert} and {@link #search} at once. Changes become durable at
 * {@link #commit} or {@link #close}; searches see them sooner (near-real-time), since each search
 * refreshes its reader first. It holds the folder's write lock while open; to search beside a
 * process that holds it, open a {@link PageIndexReader}.
 *
 * <pre>{@code
 * try (PageIndex index = PageIndex.open(dataDir.resolve("index"))) {
 *     index.upsert(page);
 *     index.commit();
 *     SearchResults r = index.search("无痛人流", Optional.empty(), 20);
 * }
 * }</pre>
 */
public final class PageIndex implements PageSearch {
    static final String URL = "url";
    static final String HOST = "host";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String FETCHED = "fetched";
    static final String CATEGORIES = "categories";
    static final String AD_KIND = "ad_kind";
    static final String ADVERTISER = "advertiser";

    /** Text: positions for phrases, offsets in the postings for the highlighter. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Directory directory;
    private final IndexWriter writer;
    private final PageFinder finder;

    private PageIndex(Directory directory) throws IOException {
        this.directory = directory;
        IndexWriterConfig config = new IndexWriterConfig(ChineseBigramAnalyzer.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        this.finder = new PageFinder(new SearcherManager(writer, null));
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
        finder.maybeRefresh();
    }

    /** How many pages the index holds, upserts not yet committed included. */
    public int size() throws IOException {
        return finder.size();
    }

    /**
     * Finds pages containing every phrase of the query (see {@link UserQuery}), title matches
     * ranking higher, optionally only pages with a finding of the given category. A blank query
     * lists the pages of the category, newest first by relevance ties; a blank query without a
     * category, or one with no letters or digits, finds nothing. Never throws for query text.
     */
    @Override
    public SearchResults search(String query, Optional<Category> category, int limit) throws IOException {
        return finder.search(query, category, limit);
    }

    /** Commits and releases the index. */
    @Override
    public void close() throws IOException {
        try {
            finder.close();
            writer.close();
        } finally {
            directory.close();
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
}
