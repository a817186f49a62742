/**
 * Full-text search of stored pages: one Lucene document per URL ({@link
 * org.medadwatch.index.PageIndex#upsert} replaces, never duplicates), fields url, host, title,
 * text (with offsets for highlighting), fetched, categories, ad_kind, advertiser; analyst
 * queries run as phrases with the matches marked 【】. {@link org.medadwatch.index.PageIndex} is
 * the one writer and holds the folder's lock; {@link org.medadwatch.index.PageIndexReader} opens
 * the last commit without it, for searching beside that writer, and {@link
 * org.medadwatch.index.PageIndexFollower} waits for that commit when there is none yet (serve
 * without a schedule). All three are a {@link org.medadwatch.index.PageSearch}, the web UI's
 * view, and search through {@code PageFinder}.
 *
 * <p><b>Why CJK bigrams, not smartcn.</b> Measured by {@code bench.AnalyzerBenchmark} on our 126
 * pages (dev corpus, demo and hold-out samples; 75k chars), one thread, CPU time: smartcn
 * 1.16 M chars/s; StandardTokenizer + CJKWidthFilter + LowerCase + CJKBigramFilter 15.2 M
 * chars/s bigrams only, 12.8 M with unigrams too (the index side here). For 24 analyst queries
 * (根治, 治愈率, 无痛人流, 干细胞, 玻尿酸, 医保定点, 部队医院, 人民医院, 癌 ...) run as phrases, with
 * "pages whose text contains the query" as the right answer: smartcn recall 188/204 = 0.92,
 * precision 0.99 — it finds none of the 3 pages with 无痛人流 (segmented differently in page and
 * query), 8 of 14 with 有效率, 3 of 10 with 癌, and returns 2 pages without the phrase; bigrams
 * alone 194/204 (every one-character query fails); bigrams with index-side unigrams 204/204,
 * precision 1.00. Analysts search for exact claim wording, often not dictionary words, so
 * substring-exact recall matters more than word-level ranking, and bigrams are 11x cheaper on
 * the dearest step. Cost: more terms (101k tokens per pass against smartcn's 37k) and a larger
 * index. Full indexing with {@link org.medadwatch.index.PageIndex} runs at about 1.7 M chars/s of
 * CPU per thread ({@code bench.IndexBenchmark}); postings with offsets and stored text, not
 * tokenisation, are then most of the cost.
 */
package org.medadwatch.index;
