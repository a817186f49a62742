package org.medadwatch.web;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.Optional;

/**
 * What an account may do. Each role includes the ones before it: a supervisor reviews too, an
 * admin does everything.
 */
public enum Role implements RouteRole {
    /** 审核员: review clues (confirm, dismiss, change jurisdiction). */
    ANALYST("analyst", "审核员"),
    /** 科长: also dispatch batches, download sheets, record feedback. */
    SUPERVISOR("supervisor", "科长"),
    /** 管理员: also manage users. */
    ADMIN("admin", "管理员");

    private final String code;
    private final String chineseName;

    Role(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    public String code() {
        return code;
    }

    public String chineseName() {
        return chineseName;
    }

    public boolean includes(Role other) {
        return ordinal() >= other.ordinal();
    }

    public static Optional<Role> find(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
