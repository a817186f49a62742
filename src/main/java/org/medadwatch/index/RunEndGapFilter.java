package org.medadwatch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Keeps query positions in step with the index. Indexed with unigrams, a run of n Han
 * characters takes n positions; as query bigrams, it takes n - 1. So the token after a run of
 * bigrams gets one more position increment, and a phrase such as {@code 治愈率99%} lines up
 * with the page text.
 */
final class RunEndGapFilter extends TokenFilter {
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
    private boolean previousWasBigram;
    private int previousEnd;

    RunEndGapFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        boolean bigram = CJKBigramFilter.DOUBLE_TYPE.equals(type.type());
        boolean sameRun = bigram && offset.startOffset() < previousEnd;
        if (previousWasBigram && !sameRun) {
            posInc.setPositionIncrement(posInc.getPositionIncrement() + 1);
        }
        previousWasBigram = bigram;
        previousEnd = offset.endOffset();
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previousWasBigram = false;
        previousEnd = 0;
    }
}
