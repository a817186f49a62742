package org.medadwatch.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A WHERE clause built from conditions whose values are always bound parameters, never pasted
 * into the SQL: the list's filters come from analysts' input and the full-text index.
 */
final class SqlWhere {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** A condition with one {@code ?} per value, in order. */
    SqlWhere and(String condition, Object... values) {
        conditions.add(condition);
        Collections.addAll(params, values);
        return this;
    }

    /** {@code column IN (?, ?, …)}; an empty collection takes nothing. */
    SqlWhere in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            return and("0 = 1");
        }
        conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
        params.addAll(values);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    List<Object> params() {
        return List.copyOf(params);
    }

    /** Binds the parameters from index {@code first} on; the next free index. */
    static int bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            ps.setObject(i++, v);
        }
        return i;
    }
}
