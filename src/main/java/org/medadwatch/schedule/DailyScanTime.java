package org.medadwatch.schedule;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minute of the day scheduled scans start, on a named zone's clock: {@code serve --scan-at
 * 02:00 --time-zone Asia/Shanghai} by default, when sites are quiet and analysts asleep.
 *
 * @param at   hour and minute; seconds must be zero
 * @param zone the zone whose clock {@code at} is read on
 */
public record DailyScanTime(LocalTime at, ZoneId zone) {
    public static final LocalTime DEFAULT_AT = LocalTime.of(2, 0);
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    public DailyScanTime {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
        if (at.getSecond() != 0 || at.getNano() != 0) {
            throw new IllegalArgumentException("a scan time is a whole minute: " + at);
        }
    }

    public static DailyScanTime defaults() {
        return new DailyScanTime(DEFAULT_AT, DEFAULT_ZONE);
    }

    /** {@code HH:mm} on a 24-hour clock ({@code 02:00}, {@code 2:00}, {@code 23:30}); anything else is named in the error. */
    public static LocalTime parseAt(String text) {
        Matcher m = HH_MM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("scan time must be HH:mm on a 24-hour clock, e.g. 02:00 or 23:30, not '" + text + "'");
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** A region id such as {@code Asia/Shanghai} or an offset such as {@code +08:00}. */
    public static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text == null ? "" : text.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + text + "': use a region id such as Asia/Shanghai", e);
        }
    }

    /** The latest scheduled start at or before {@code now}. */
    public Instant previous(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime today = at(local.toLocalDate());
        return (today.toInstant().isAfter(now) ? at(local.toLocalDate().minusDays(1)) : today).toInstant();
    }

    /** For the terminal: {@code 02:00 Asia/Shanghai}. */
    @Override
    public String toString() {
        return at + " " + zone.getId();
    }

    /** A start time in a daylight-saving gap moves forward by the gap (Asia/Shanghai has none). */
    private ZonedDateTime at(LocalDate day) {
        return day.atTime(at).atZone(zone);
    }
}
