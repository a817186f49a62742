package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CharIndexTest {
    @Test
    void indexesInTheOrderGivenAndKnowsNonMembers() {
        CharIndex index = new CharIndex(List.of('治', '愈', '治', '率'));
        assertEquals(3, index.size());
        assertEquals(0, index.indexOf('治'));
        assertEquals(1, index.indexOf('愈'));
        assertEquals(2, index.indexOf('率'));
        assertEquals(-1, index.indexOf('病'));
    }

    @Test
    void nulInTheTextIsNoMemberEvenWhereItsBitIsShared() {
        // U+0400 sets the same bit of the mask as NUL, and NUL marks a free slot in the table
        CharIndex index = new CharIndex(List.of('\u0400'));
        assertEquals(-1, index.indexOf('\0'));
        assertEquals(0, index.indexOf('\u0400'));
    }
}
