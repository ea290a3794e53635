package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.StanceCues.Found;
import org.claimtracker.extraction.StanceCues.Role;

/**
 * Reads the stance a statement takes on a topic from the clause that mentions it, by ordered rules; the first that
 * applies decides and is named in the result:
 * <ol>
 * <li>{@code threat-unless}: a topic named only inside a condition, with a threat in the sentence ("tariffs if
 * they do not agree to a ceasefire"), is pressed for: SUPPORTS;</li>
 * <li>{@code condition}: a condition marker in the same sentence ("only if", "unless", "without", "if ... not")
 * makes the topics of that sentence CONDITIONAL, whether they stand in the main clause or the condition;</li>
 * <li>{@code hedge}: reluctance in the clause ("too early to", "premature") is NEUTRAL at low confidence;</li>
 * <li>{@code condition-noun}: terms named in the clause ("conditions", "must be met") are CONDITIONAL;</li>
 * <li>{@code breach-by-other-side} / {@code breach-by-own-side}: breaking or stalling it, blamed on someone else,
 * SUPPORTS (the speaker holds to it); done by the speaker's own side, OPPOSES;</li>
 * <li>{@code cue}, {@code negated-cue}, {@code double-negation}: the supporting or opposing word nearest the topic
 * in its clause, reversed by each negator before it in the clause ("never rejected" supports); a cue used as an
 * adjective of the topic ("the proposed deal") is not one;</li>
 * <li>{@code description}: a describing verb nearer the topic than any cue ("the truce covers ...") is
 * NEUTRAL;</li>
 * <li>{@code negation}: a negator with no cue ("there will be no truce") OPPOSES;</li>
 * <li>{@code no-cue}: nothing in the clause takes a side: the topic's default stance, at low confidence.</li>
 * </ol>
 * A topic named only to set the scene ("after the ceasefire talks, ...") in a clause that takes no side is not
 * read at all: {@link #read} returns null.
 */
final class StanceReader {

    private static final double CONDITION = 0.8;
    private static final double CUE = 0.75;
    private static final double NEGATED = 0.7;
    private static final double DOUBLE_NEGATED = 0.65;
    private static final double BREACH = 0.65;
    private static final double HEDGE = 0.4;
    private static final double NO_CUE = 0.4;
    private static final double DESCRIPTION = 0.55;
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "this", "that",
            "these", "those", "its", "their", "his", "her", "our", "any", "such");

    /**
     * The stance on a topic mentioned at words {@code [from, to)}, or null when the mention is only in passing.
     *
     * @param fallback the topic's stance when nothing in the clause takes a side
     */
    StanceCall read(ClauseText text, List<Found> cues, int from, int to, Stance fallback) {
        int sentence = text.sentenceOf(from);
        int start = text.clauseStart(from);
        int end = text.clauseEnd(from);
        Found condition = null;
        Found penalty = null;
        for (Found c : cues) {
            if (text.sentenceOf(c.from()) != sentence || c.overlaps(from, to)) {
                continue;
            }
            if (c.role() == Role.CONDITION && c.to() < text.size() && condition == null) {
                condition = c;
            } else if (c.role() == Role.PENALTY) {
                penalty = c;
            }
        }
        if (condition != null) {
            boolean insideCondition = condition.from() < from
                    && (text.clauseOf(condition.from()) == text.clauseOf(from) || "without".equals(text.word(condition.from())));
            return penalty != null && insideCondition ? call(Stance.SUPPORTS, BREACH, "threat-unless", text, penalty)
                    : call(Stance.CONDITIONAL, CONDITION, "condition", text, condition);
        }
        Found hedge = null;
        Found conditionNoun = null;
        Found breach = null;
        Found accuse = null;
        Found ownSide = null;
        Found polar = null;
        Found passing = null;
        for (Found c : cues) {
            if (c.from() < start || c.to() > end || c.overlaps(from, to)) {
                if (c.role() == Role.ACCUSE && c.from() < start && text.sentenceOf(c.from()) == sentence) {
                    accuse = c;
                }
                continue;
            }
            switch (c.role()) {
                case HEDGE -> hedge = hedge == null ? c : hedge;
                case CONDITION_NOUN -> conditionNoun = conditionNoun == null ? c : conditionNoun;
                case BREACH -> breach = breach == null ? c : breach;
                case ACCUSE -> accuse = c;
                case FIRST_PERSON -> ownSide = ownSide == null ? c : ownSide;
                case PASSING -> passing = c.to() <= from ? c : passing;
                case SUPPORT, OPPOSE, DESCRIBE -> polar = attributive(text, c, from) ? polar : nearer(polar, c, from);
                default -> { }
            }
        }
        if (hedge != null) {
            return call(Stance.NEUTRAL, HEDGE, "hedge", text, hedge);
        }
        if (conditionNoun != null) {
            return call(Stance.CONDITIONAL, CONDITION - 0.1, "condition-noun", text, conditionNoun);
        }
        if (breach != null) {
            boolean ours = accuse == null && ownSide != null && ownSide.from() < breach.from();
            return ours ? call(Stance.OPPOSES, BREACH, "breach-by-own-side", text, breach)
                    : call(Stance.SUPPORTS, BREACH, "breach-by-other-side", text, breach);
        }
        if (polar != null && polar.role() == Role.DESCRIBE) {
            return call(Stance.NEUTRAL, DESCRIPTION, "description", text, polar);
        }
        if (polar != null) {
            int negators = negatorsBefore(cues, start, polar);
            boolean supports = (polar.role() == Role.SUPPORT) == (negators % 2 == 0);
            Stance stance = supports ? Stance.SUPPORTS : Stance.OPPOSES;
            return switch (negators) {
                case 0 -> call(stance, CUE, "cue", text, polar);
                case 1 -> call(stance, NEGATED, "negated-cue", text, polar);
                default -> call(stance, DOUBLE_NEGATED, "double-negation", text, polar);
            };
        }
        for (Found c : cues) {
            if (c.role() == Role.NEGATOR && c.from() >= start && c.to() <= end && !c.overlaps(from, to)) {
                return call(Stance.OPPOSES, NEGATED, "negation", text, c);
            }
        }
        if (passing != null) {
            return null;
        }
        return new StanceCall(fallback, NO_CUE, "no-cue", null);
    }

    /** A cue standing as an adjective of the topic ("the proposed deal", "a desired solution") takes no side. */
    private static boolean attributive(ClauseText text, Found cue, int topicFrom) {
        return cue.to() == topicFrom && cue.from() > 0 && DETERMINERS.contains(text.word(cue.from() - 1));
    }

    /** Negators between the clause start and the cue, not part of a cue phrase themselves ("not accept"). */
    private static int negatorsBefore(List<Found> cues, int clauseStart, Found cue) {
        int n = 0;
        for (Found c : cues) {
            if (c.role() == Role.NEGATOR && c.from() >= clauseStart && c.to() <= cue.from()) {
                n++;
            }
        }
        return n;
    }

    private static Found nearer(Found best, Found c, int at) {
        if (best == null) {
            return c;
        }
        int d = Math.min(Math.abs(c.from() - at), Math.abs(c.to() - 1 - at));
        int b = Math.min(Math.abs(best.from() - at), Math.abs(best.to() - 1 - at));
        return d < b ? c : best;
    }

    private static StanceCall call(Stance stance, double confidence, String rule, ClauseText text, Found cue) {
        StringBuilder words = new StringBuilder();
        for (int i = cue.from(); i < cue.to(); i++) {
            words.append(i > cue.from() ? " " : "").append(text.word(i));
        }
        return new StanceCall(stance, confidence, rule, words.toString());
    }
}
