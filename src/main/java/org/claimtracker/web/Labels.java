package org.claimtracker.web;

import java.util.Locale;

import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Stance;
import org.claimtracker.extraction.StatementKind;
import org.springframework.stereotype.Component;

/** The words pages use for enum values; templates call them as {@code ${@labels.stance(s)}}. */
@Component("labels")
public class Labels {

    public static String stance(Stance stance) {
        return stance == null ? "" : switch (stance) {
            case SUPPORTS -> "Supports";
            case OPPOSES -> "Opposes";
            case CONDITIONAL -> "Conditional";
            case NEUTRAL -> "Neutral";
        };
    }

    public static String kind(StatementKind kind) {
        return kind == null ? "" : switch (kind) {
            case DIRECT -> "Direct quote";
            case INDIRECT -> "Reported speech";
            case MIXED -> "Partial quote";
        };
    }

    public static String actorKind(ActorKind kind) {
        return kind == null ? "" : kind.name().charAt(0) + kind.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * A topic's name short enough for a column head: its first word when the name is long and has several ("Security"
     * for "Security guarantees"); pages give the full name in the {@code <abbr>}'s title.
     */
    public static String columnHead(String label) {
        int space = label.indexOf(' ');
        return label.length() <= 10 || space < 0 ? label : label.substring(0, space);
    }
}
