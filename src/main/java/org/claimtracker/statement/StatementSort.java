package org.claimtracker.statement;

import java.util.Arrays;
import java.util.Optional;

/** The orders statement lists come in, by the date the words were said (else the article's date). */
public enum StatementSort {
    NEWEST_FIRST("-date", "desc"),
    OLDEST_FIRST("date", "asc");

    private final String parameter;
    private final String sqlDirection;

    StatementSort(String parameter, String sqlDirection) {
        this.parameter = parameter;
        this.sqlDirection = sqlDirection;
    }

    /** The value of the {@code sort} request parameter that selects this order. */
    public String parameter() {
        return parameter;
    }

    String sqlDirection() {
        return sqlDirection;
    }

    public static Optional<StatementSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}
