package org.medadwatch.index;

import java.io.Closeable;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.util.QueryBuilder;
import org.medadwatch.detect.Category;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers analyst queries over a {@link SearcherManager}, refreshing it before each search. The
 * one copy of the query and highlighting code: {@link PageIndex} hands it a manager over its
 * writer (uncommitted upserts visible), {@link PageIndexReader} one over the folder's last commit
 * (no lock taken), so both answer a query the same way. Thread-safe.
 */
final class PageFinder implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PageFinder.class);

    /** Most passages shown per hit. */
    static final int MAX_PASSAGES = 3;
    /** Characters of page text the highlighter looks through for matches. */
    static final int HIGHLIGHT_MAX_CHARS = 2_000_000;
    private static final float TITLE_BOOST = 2f;

    private final SearcherManager searchers;
    private final Analyzer indexAnalyzer = ChineseBigramAnalyzer.forIndexing();
    private final QueryBuilder queries = new QueryBuilder(ChineseBigramAnalyzer.forQueries());

    PageFinder(SearcherManager searchers) {
        this.searchers = Objects.requireNonNull(searchers, "searchers");
    }

    /** See {@link PageIndex#search(String, Optional, int)}. */
    SearchResults search(String query, Optional<Category> category, int limit) throws IOException {
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
        category.ifPresent(c -> b.add(new TermQuery(new Term(PageIndex.CATEGORIES, c.name())), BooleanClause.Occur.FILTER));
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
                hits.add(new SearchHit(d.get(PageIndex.URL), Optional.ofNullable(d.get(PageIndex.TITLE)).orElse(""),
                        sd.score, Instant.ofEpochMilli(d.getField(PageIndex.FETCHED).numericValue().longValue()),
                        categories(d), highlights.getOrDefault(sd.doc, List.of())));
            }
            return new SearchResults(top.totalHits.value, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many pages the searcher sees after a refresh. */
    int size() throws IOException {
        searchers.maybeRefreshBlocking();
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    /** Refreshes without waiting: a commit makes its pages visible to the next search. */
    void maybeRefresh() throws IOException {
        searchers.maybeRefresh();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
    }

    /** Each phrase must occur in the title or the text; empty when no phrase has a term. */
    Optional<Query> textQuery(String query) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String phrase : UserQuery.phrases(query)) {
            Query inText = queries.createPhraseQuery(PageIndex.TEXT, phrase);
            Query inTitle = queries.createPhraseQuery(PageIndex.TITLE, phrase);
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
        Object[] formatted = highlighter.passages(PageIndex.TEXT, query, docs, MAX_PASSAGES);
        Map<Integer, List<String>> byDoc = new HashMap<>();
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

    private static Set<Category> categories(Document d) {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (IndexableField f : d.getFields(PageIndex.CATEGORIES)) {
            Category.find(f.stringValue()).ifPresentOrElse(out::add,
                    () -> LOG.debug("unknown category {} in index", f.stringValue()));
        }
        return out;
    }
}
