package org.medadwatch.clue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ClueStatusTest {
    @Test
    void lifecycleRunsFromNewToRectifiedAndRelapse() {
        assertTrue(ClueStatus.NEW.canMoveTo(ClueStatus.CONFIRMED));
        assertTrue(ClueStatus.NEW.canMoveTo(ClueStatus.DISMISSED));
        assertTrue(ClueStatus.CONFIRMED.canMoveTo(ClueStatus.DISPATCHED));
        assertTrue(ClueStatus.DISPATCHED.canMoveTo(ClueStatus.FEEDBACK));
        assertTrue(ClueStatus.FEEDBACK.canMoveTo(ClueStatus.RECTIFIED));
        assertTrue(ClueStatus.FEEDBACK.canMoveTo(ClueStatus.RELAPSED));
        assertTrue(ClueStatus.RECTIFIED.canMoveTo(ClueStatus.RELAPSED));
        assertFalse(ClueStatus.NEW.canMoveTo(ClueStatus.DISPATCHED), "dispatch needs a confirmation");
        assertFalse(ClueStatus.DISMISSED.canMoveTo(ClueStatus.DISPATCHED));
        assertEquals(EnumSet.noneOf(ClueStatus.class), ClueStatus.RELAPSED.next());
    }

    @Test
    void noStatusMovesToItselfOrBackToNew() {
        for (ClueStatus s : ClueStatus.values()) {
            assertFalse(s.canMoveTo(s), s.name());
            assertFalse(s.canMoveTo(ClueStatus.NEW), s.name());
        }
    }

    @Test
    void onlyRectifiedAndRelapsedAreClosed() {
        for (ClueStatus s : ClueStatus.values()) {
            assertEquals(s != ClueStatus.RECTIFIED && s != ClueStatus.RELAPSED, s.isOpen(), s.name());
        }
    }

    @Test
    void everyStatusHasAChineseNameAndIsFoundByName() {
        for (ClueStatus s : ClueStatus.values()) {
            assertFalse(s.chineseName().isBlank());
            assertEquals(s, ClueStatus.find(s.name()).orElseThrow());
        }
        assertTrue(ClueStatus.find("new").isEmpty());
    }
}
