package org.medadwatch.review;

import java.util.Arrays;
import java.util.Optional;

/** What the local bureau did with a dispatched clue (处置结果). */
public enum Outcome {
    /** 已立案: a case was opened. */
    FILED("已立案"),
    /** 责令整改: the advertiser was ordered to put it right. */
    ORDERED_TO_RECTIFY("责令整改"),
    /** 已下架: the advertisement was taken down. */
    TAKEN_DOWN("已下架"),
    /** 不属实: the bureau found the clue unfounded. */
    UNFOUNDED("不属实"),
    /** 其他: anything else; the note says what. */
    OTHER("其他");

    private final String chineseName;

    Outcome(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By constant name ({@code FILED}) or Chinese name ({@code 已立案}). */
    public static Optional<Outcome> find(String name) {
        return Arrays.stream(values()).filter(o -> o.name().equals(name) || o.chineseName.equals(name)).findFirst();
    }
}
