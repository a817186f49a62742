package org.medadwatch.detect.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharClassesTest {
    @Test
    void charsThatNoSetTellsApartShareAClass() {
        BitSet han = new BitSet();
        han.set('\u4e00', '\u9fa5' + 1);
        CharClasses classes = new CharClasses(List.of(CharRanges.of('治'), CharRanges.of(han), CharRanges.of('好')));
        assertEquals(classes.classOf('病'), classes.classOf('疗'), "both only in the Han range");
        assertNotEquals(classes.classOf('治'), classes.classOf('病'));
        assertNotEquals(classes.classOf('治'), classes.classOf('好'));
        assertEquals(classes.classOf('a'), classes.classOf('。'), "in no set at all");
        assertNotEquals(classes.classOf('a'), classes.classOf('病'));
        assertEquals(classes.classOf('治'), classes.classOf(classes.member(classes.classOf('治'))));
        assertEquals(classes.classOf('病'), classes.classOf(classes.member(classes.classOf('病'))));
    }

    @Test
    void theLastCharOfTheRangeHasAClass() {
        CharClasses classes = new CharClasses(List.of(CharRanges.ANY, CharRanges.of('\uffff')));
        assertNotEquals(classes.classOf('\ufffe'), classes.classOf('\uffff'));
        assertEquals('\uffff', classes.member(classes.classOf('\uffff')));
    }
}
