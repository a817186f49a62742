package org.medadwatch.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quartz.CronTrigger;

class DailyScanTimeTest {
    private static final DailyScanTime TWO_AM_SHANGHAI = DailyScanTime.defaults();

    @ParameterizedTest
    @CsvSource({
            // now (UTC)                 latest 02:00 Asia/Shanghai (UTC+8) at or before it
            "2026-11-30T18:10:00Z, 2026-11-30T18:00:00Z",   // 02:10 on 12-01 local: today's start
            "2026-11-30T18:00:00Z, 2026-11-30T18:00:00Z",   // exactly 02:00: that start
            "2026-11-30T17:59:59.999Z, 2026-11-29T18:00:00Z", // a millisecond before: yesterday's
            "2026-11-30T03:00:00Z, 2026-11-29T18:00:00Z",   // 11:00 local
    })
    void previousIsTheLatestStartAtOrBeforeNow(String now, String expected) {
        assertEquals(Instant.parse(expected), TWO_AM_SHANGHAI.previous(Instant.parse(now)));
    }

    @Test
    void quartzTriggerFiresAtTheSameStartsTheCatchUpRuleCountsFrom() {
        // a built trigger starts now, so ask it about a day after that
        CronTrigger daily = ScheduledScans.dailyTrigger(TWO_AM_SHANGHAI);
        Instant now = Instant.parse("2030-11-30T03:00:00Z");
        Instant next = daily.getFireTimeAfter(Date.from(now)).toInstant();
        assertEquals(Instant.parse("2030-11-30T18:00:00Z"), next, "02:00 on 12-01 in Shanghai");
        assertEquals(next, TWO_AM_SHANGHAI.previous(next), "a fire time is itself a start");
        assertEquals(TWO_AM_SHANGHAI.previous(now).plusSeconds(86_400), next);
    }

    @Test
    void triggerTakesItsOwnZone() {
        DailyScanTime berlin = new DailyScanTime(LocalTime.of(23, 30), ZoneId.of("Europe/Berlin"));
        Instant next = ScheduledScans.dailyTrigger(berlin).getFireTimeAfter(Date.from(Instant.parse("2030-07-01T00:00:00Z"))).toInstant();
        assertEquals(Instant.parse("2030-07-01T21:30:00Z"), next, "23:30 summer time, UTC+2");
    }

    @Test
    void lateDailyFiringRunsOnceAtOnce() {
        assertEquals(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW, ScheduledScans.dailyTrigger(TWO_AM_SHANGHAI).getMisfireInstruction());
    }

    @ParameterizedTest
    @CsvSource({"02:00, 02:00", "2:00, 02:00", "23:59, 23:59", "00:00, 00:00", "' 07:05 ', 07:05"})
    void scanAtReadsHoursAndMinutes(String text, String expected) {
        assertEquals(LocalTime.parse(expected), DailyScanTime.parseAt(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24:00", "2:5", "02:00:00", "2h", "", "02.00", "-1:00"})
    void badScanAtIsNamedInTheError(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DailyScanTime.parseAt(text));
        assertTrue(e.getMessage().contains("HH:mm") && e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void unknownZoneIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DailyScanTime.parseZone("Asia/Beijing"));
        assertTrue(e.getMessage().contains("'Asia/Beijing'") && e.getMessage().contains("Asia/Shanghai"), e.getMessage());
        assertEquals(ZoneId.of("Asia/Shanghai"), DailyScanTime.parseZone("Asia/Shanghai"));
    }
}
