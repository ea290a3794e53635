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
 * <li>{@code breach-by-other-side} / {@code breach-by-own-side}: breaking or stalling it, blamed on someone else,
 * SUPPORTS (the speaker holds to it); done by the speaker's own side, OPPOSES;</li>
 * <li>{@code accused-of-topic}: accusing someone of the topic itself ("accused them of planning a peacekeeping
 * mission") OPPOSES;</li>
 * <li>{@code condition-noun}: terms named in the clause ("conditions", "must be met") are CONDITIONAL, unless
 * the topic is itself what is pressed for as the term ("pushed for the deal as a prerequisite");</li>
 * <li>{@code description}: a describing verb nearer the topic than any cue ("the truce covers ...") is
 * NEUTRAL;</li>
 * <li>{@code cue}, {@code composed-cues}, {@code negated-cue}, {@code double-negation}: the supporting and
 * opposing words before the topic in its clause govern it together, each opposing word and each negator reversing
 * the reading ("rejected calls for a truce" opposes, "never rejected a truce" supports); with none before it, the
 * nearest after it ("a truce would give them time to regroup"); a cue used as an adjective of the topic ("the
 * proposed deal") is not one;</li>
 * <li>{@code negation}: a negator with no cue ("there will be no truce") OPPOSES;</li>
 * <li>{@code no-cue}: nothing in the clause takes a side: the topic's default stance, at low confidence.</li>
 * </ol>
 * A topic named only to set the scene, a few words after "after", "during", "on the sidelines of" and the like
 * with no cue between ("after the ceasefire talks, ..."), is not read at all: {@link #read} returns null.
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
    private static final int CHAIN_GAP = 6;
    private static final int PASSING_REACH = 4;
    private static final int ACCUSATION_REACH = 8;
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
            // a penalty inside the condition itself ("without solving the problems, …") threatens nothing
            boolean threat = penalty != null && condition.from() < from
                    && !(penalty.from() > condition.from() && text.clauseOf(penalty.from()) == text.clauseOf(condition.from()))
                    && (text.clauseOf(penalty.from()) != text.clauseOf(from) || "without".equals(text.word(condition.from())));
            return threat ? call(Stance.SUPPORTS, BREACH, "threat-unless", text, penalty)
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
            boolean breachOfTopic = c.role() == Role.BREACH && c.from() < from && c.from() >= start; // "attacking energy facilities"
            if (!breachOfTopic && (c.from() < start || c.to() > end || c.overlaps(from, to))) {
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
        if (passing != null && from - passing.to() <= PASSING_REACH && !polarBetween(cues, passing.to(), from)) {
            return null;
        }
        if (hedge != null) {
            return call(Stance.NEUTRAL, HEDGE, "hedge", text, hedge);
        }
        if (breach != null) {
            boolean ours = accuse == null && ownSide != null && ownSide.from() < breach.from();
            return ours ? call(Stance.OPPOSES, BREACH, "breach-by-own-side", text, breach)
                    : call(Stance.SUPPORTS, BREACH, "breach-by-other-side", text, breach);
        }
        if (accuse != null && accuse.to() <= from && from - accuse.to() <= ACCUSATION_REACH
                && wordBetween(text, "of", accuse.to(), from) && !polarBetween(cues, accuse.to(), from)) {
            // accused of the topic itself ("accused them of planning a peacekeeping mission"): the speaker is against it
            return call(Stance.OPPOSES, BREACH - 0.05, "accused-of-topic", text, accuse);
        }
        // "pushed for the deal as a prerequisite to …": the deal is wanted; what it is a condition for is not
        boolean pressedForAsTerm = conditionNoun != null && conditionNoun.from() >= to && polar != null
                && polar.role() == Role.SUPPORT && polar.to() <= from && from - polar.to() <= 2;
        if (conditionNoun != null && !pressedForAsTerm) {
            return call(Stance.CONDITIONAL, CONDITION - 0.1, "condition-noun", text, conditionNoun);
        }
        if (polar != null && polar.role() == Role.DESCRIBE) {
            return call(Stance.NEUTRAL, DESCRIPTION, "description", text, polar);
        }
        List<Found> leading = leadingCues(text, cues, start, from);
        if (!leading.isEmpty()) {
            // cues before the topic govern it together: "rejected calls for a truce", "never rejected a truce"
            boolean supports = true;
            for (Found c : leading) {
                supports ^= c.role() != Role.SUPPORT; // opposing, or accusing someone of what follows
            }
            int negators = negatorsBetween(cues, Math.max(start, leading.get(0).from() - CHAIN_GAP), from);
            supports ^= negators % 2 == 1;
            Found head = leading.get(0);
            Stance stance = supports ? Stance.SUPPORTS : Stance.OPPOSES;
            int steps = leading.size() - 1 + negators;
            return steps == 0 ? call(stance, CUE, "cue", text, head)
                    : steps == 1 ? call(stance, NEGATED, leading.size() > 1 ? "composed-cues" : "negated-cue", text, head)
                    : call(stance, DOUBLE_NEGATED, "double-negation", text, head);
        }
        if (polar != null) {
            int negators = negatorsBetween(cues, start, polar.from());
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
        return new StanceCall(fallback, NO_CUE, "no-cue", null);
    }

    /**
     * A cue standing as an adjective of the topic ("the proposed deal", "the agreed naval ceasefire") takes no side.
     */
    private static boolean attributive(ClauseText text, Found cue, int topicFrom) {
        return cue.to() <= topicFrom && topicFrom - cue.to() <= 2 && cue.from() > 0
                && DETERMINERS.contains(text.word(cue.from() - 1));
    }

    /**
     * The chain of supporting and opposing cues that governs the topic, outermost first: walking back from the topic,
     * each cue no more than {@value #CHAIN_GAP} words before the next link, never across "and"/"or" ("rejected calls
     * for a truce"). An accusation heads a chain ("accused them of refusing to make peace" supports peace). A cue used
     * as the topic's adjective ("the proposed deal") is not a link.
     */
    private static List<Found> leadingCues(ClauseText text, List<Found> cues, int start, int topicFrom) {
        List<Found> chain = new java.util.ArrayList<>();
        int link = topicFrom;
        for (int k = cues.size() - 1; k >= 0; k--) {
            Found c = cues.get(k);
            if (!(c.role() == Role.SUPPORT || c.role() == Role.OPPOSE || c.role() == Role.ACCUSE && !chain.isEmpty())
                    || c.from() < start || c.to() > link
                    || attributive(text, c, topicFrom)) {
                continue;
            }
            if (link - c.to() > CHAIN_GAP || conjunctionBetween(text, c.to(), link)) {
                break;
            }
            chain.add(0, c);
            link = c.from();
        }
        return chain;
    }

    private static boolean polarBetween(List<Found> cues, int from, int to) {
        return cues.stream().anyMatch(c -> (c.role() == Role.SUPPORT || c.role() == Role.OPPOSE) && c.from() >= from
                && c.to() <= to);
    }

    private static boolean conjunctionBetween(ClauseText text, int from, int to) {
        return wordBetween(text, "and", from, to) || wordBetween(text, "or", from, to);
    }

    private static boolean wordBetween(ClauseText text, String word, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.word(i).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Negators in {@code [from, to)} ({@link StanceCues#find} already dropped those inside cues: "not accept"). */
    private static int negatorsBetween(List<Found> cues, int from, int to) {
        int n = 0;
        for (Found c : cues) {
            if (c.role() == Role.NEGATOR && c.from() >= from && c.to() <= to) {
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
