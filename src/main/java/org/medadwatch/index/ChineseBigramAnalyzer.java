package org.medadwatch.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of page text and queries: Unicode word breaking, full-width forms folded to
 * half-width (ＡＢＣ１２３ to ABC123, half-width katakana to full), lower case, then every two
 * adjacent Han (or kana, hangul) characters as one term; a Han character standing alone is
 * kept as a unigram. A query analysed the same way and run as a phrase matches exactly the
 * pages that contain the query string, dictionary word or not. No stop words: an analyst may
 * search any text. See the package notes for why not smartcn.
 *
 * <p>The index side also keeps every Han character as a unigram at the bigram's position, so a
 * one-character query (癌, 痔) finds it inside words; the query side makes bigrams only, which
 * still line up as a phrase against that index ({@link RunEndGapFilter} keeps the positions
 * after a run in step).
 */
public final class ChineseBigramAnalyzer extends Analyzer {
    private final boolean unigrams;

    private ChineseBigramAnalyzer(boolean unigrams) {
        this.unigrams = unigrams;
    }

    /** For documents: bigrams and unigrams. */
    public static ChineseBigramAnalyzer forIndexing() {
        return new ChineseBigramAnalyzer(true);
    }

    /** For queries: bigrams, a lone character as a unigram. */
    public static ChineseBigramAnalyzer forQueries() {
        return new ChineseBigramAnalyzer(false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new CJKBigramFilter(stream, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
                | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, unigrams);
        if (!unigrams) {
            stream = new RunEndGapFilter(stream);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new CJKWidthFilter(in));
    }
}
