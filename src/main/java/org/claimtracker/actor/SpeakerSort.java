package org.claimtracker.actor;

import java.util.Arrays;
import java.util.Optional;

/** The orders of the speakers index, by request parameter. */
public enum SpeakerSort {
    /** Most statements first, then by name. */
    STATEMENTS("statements", "c.statements desc, a.name, a.id"),
    /** By name, A to Z. */
    NAME("name", "lower(a.name), a.id");

    private final String parameter;
    private final String orderBy;

    SpeakerSort(String parameter, String orderBy) {
        this.parameter = parameter;
        this.orderBy = orderBy;
    }

    public String parameter() {
        return parameter;
    }

    String orderBy() {
        return orderBy;
    }

    public static Optional<SpeakerSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(s -> s.parameter.equals(value)).findFirst();
    }
}
