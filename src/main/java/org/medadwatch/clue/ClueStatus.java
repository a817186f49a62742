package org.medadwatch.clue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Where a clue stands in its lifecycle (ARCHITECTURE.md, "Clue lifecycle"), with the moves an
 * analyst or the system may make from each status.
 *
 * <pre>
 * NEW ─► CONFIRMED ─► DISPATCHED ─► FEEDBACK ─► RECTIFIED ─► RELAPSED
 *  │        ▲   │          │                     ▲   (the page violates again:
 *  ▼        │   ▼          └─────────────────────┘    a new clue is linked to the old)
 * DISMISSED ┘ DISMISSED
 * </pre>
 *
 * <p>A clue is <em>open</em> until it is {@link #RECTIFIED} or {@link #RELAPSED}: while open, it is
 * the one clue of its page and category that later sightings update. A dismissed clue stays open
 * on purpose: the same wording seen again is still the clue the analyst dismissed, not a new one.
 */
public enum ClueStatus {
    /** 待审核: found by the system, not yet reviewed. */
    NEW("待审核"),
    /** 已确认: an analyst confirmed it is a violation. */
    CONFIRMED("已确认"),
    /** 已排除: an analyst dismissed it (the reason goes in the event). */
    DISMISSED("已排除"),
    /** 已派发: sent to the local bureau in a numbered batch. */
    DISPATCHED("已派发"),
    /** 已反馈: the bureau reported what it did (已立案, 责令整改, 已下架, 不属实 ...). */
    FEEDBACK("已反馈"),
    /** 已整改: a re-check (回头看) found the page no longer violates. */
    RECTIFIED("已整改"),
    /** 复发: after rectification the page violates again; a new clue carries on. Final. */
    RELAPSED("复发");

    private final String chineseName;

    ClueStatus(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The statuses this one may move to. */
    public Set<ClueStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONFIRMED, DISMISSED);
            case CONFIRMED -> EnumSet.of(DISPATCHED, DISMISSED);
            case DISMISSED -> EnumSet.of(CONFIRMED);
            // bureaus do not always answer: a re-check may close a dispatched clue directly
            case DISPATCHED -> EnumSet.of(FEEDBACK, RECTIFIED);
            case FEEDBACK -> EnumSet.of(RECTIFIED, RELAPSED);
            case RECTIFIED -> EnumSet.of(RELAPSED);
            case RELAPSED -> EnumSet.noneOf(ClueStatus.class);
        };
    }

    public boolean canMoveTo(ClueStatus to) {
        return next().contains(to);
    }

    /** Open clues are the ones later sightings of their page and category update. */
    public boolean isOpen() {
        return this != RECTIFIED && this != RELAPSED;
    }

    public static Optional<ClueStatus> find(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
