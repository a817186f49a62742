package org.medadwatch.clue;

import java.util.Objects;
import java.util.Optional;

/**
 * The bureau that answers for a page (属地): a GB/T 2260 administrative code, its name, and how
 * it was decided.
 *
 * @param code   six digits, empty when unassigned
 * @param name   e.g. 浙江省杭州市; 未分配 when unassigned
 * @param source which evidence decided it
 */
public record Jurisdiction(Optional<String> code, String name, Source source) {
    /**
     * Where a jurisdiction came from: an analyst's choice, else the evidence in the order the
     * resolver tries it.
     */
    public enum Source {
        /** An analyst set it by hand (who and when are in the clue's history); no scan replaces it. */
        MANUAL("人工指定"),
        /** The seed list names the region. */
        SEED("种子名单"),
        /** The province of the ICP备案号 printed on the page. */
        ICP("ICP备案"),
        /** The area code of a landline printed on the page. */
        PHONE("电话区号"),
        /** Nothing told. */
        UNASSIGNED("未分配");

        private final String chineseName;

        Source(String chineseName) {
            this.chineseName = chineseName;
        }

        public String chineseName() {
            return chineseName;
        }
    }

    public static final String UNASSIGNED_NAME = "未分配";

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (code.isEmpty() != (source == Source.UNASSIGNED)) {
            throw new IllegalArgumentException("a code is present exactly when the source is not UNASSIGNED");
        }
        code.ifPresent(c -> {
            if (!c.matches("[0-9]{6}")) {
                throw new IllegalArgumentException("not a six-digit GB/T 2260 code: " + c);
            }
        });
    }

    public static Jurisdiction unassigned() {
        return new Jurisdiction(Optional.empty(), UNASSIGNED_NAME, Source.UNASSIGNED);
    }

    public boolean isAssigned() {
        return code.isPresent();
    }
}
