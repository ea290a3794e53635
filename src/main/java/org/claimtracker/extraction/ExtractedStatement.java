package org.claimtracker.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One statement found in an article.
 *
 * @param kind       how the article renders it
 * @param parts      the spans of the content in the article body, in order; more than one for a quotation split by
 *                   its attribution
 * @param text       the content: the parts' text joined by a single space
 * @param speaker    the resolved speaker, or null for an unnamed source
 * @param mention    how the article names the speaker here ("he", "Mr. Peskov"), or null
 * @param cue        the speech verb or phrase as written ("told reporters"), or null
 * @param decidedBy  the name of the attribution rule that chose the speaker
 * @param confidence how sure that rule is, in [0, 1]
 * @param saidOn     the day the words were said when the article lets us tell, else null
 * @param stances    topic code to stance, in the order the topics were detected
 * @param calls      topic code to the stance with the rule, cue and confidence that decided it (same keys)
 */
public record ExtractedStatement(
        StatementKind kind,
        List<TextSpan> parts,
        String text,
        Speaker speaker,
        String mention,
        String cue,
        String decidedBy,
        double confidence,
        LocalDate saidOn,
        Map<String, Stance> stances,
        Map<String, StanceCall> calls) {

    /** A statement whose stances carry no evidence: each counts as {@link StanceCall#unexplained}. */
    public ExtractedStatement(StatementKind kind, List<TextSpan> parts, String text, Speaker speaker, String mention,
            String cue, String decidedBy, double confidence, LocalDate saidOn, Map<String, Stance> stances) {
        this(kind, parts, text, speaker, mention, cue, decidedBy, confidence, saidOn, stances, unexplained(stances));
    }

    public ExtractedStatement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a statement needs at least one span");
        }
        for (int i = 1; i < parts.size(); i++) {
            if (parts.get(i).start() < parts.get(i - 1).end()) {
                throw new IllegalArgumentException("statement parts overlap or are out of order: " + parts);
            }
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
        parts = List.copyOf(parts);
        stances = Collections.unmodifiableMap(new LinkedHashMap<>(stances));
        if (!calls.keySet().equals(stances.keySet())) {
            throw new IllegalArgumentException("stance calls " + calls.keySet() + " do not match " + stances.keySet());
        }
        calls = Collections.unmodifiableMap(new LinkedHashMap<>(calls));
    }

    /** Builds the statement from its stance calls alone; the plain stances follow from them. */
    public static ExtractedStatement withCalls(StatementKind kind, List<TextSpan> parts, String text, Speaker speaker,
            String mention, String cue, String decidedBy, double confidence, LocalDate saidOn,
            Map<String, StanceCall> calls) {
        Map<String, Stance> stances = new LinkedHashMap<>();
        calls.forEach((topic, call) -> stances.put(topic, call.stance()));
        return new ExtractedStatement(kind, parts, text, speaker, mention, cue, decidedBy, confidence, saidOn, stances,
                calls);
    }

    private static Map<String, StanceCall> unexplained(Map<String, Stance> stances) {
        Map<String, StanceCall> calls = new LinkedHashMap<>();
        stances.forEach((topic, stance) -> calls.put(topic, StanceCall.unexplained(stance)));
        return calls;
    }

    /** From the start of the first part to the end of the last. */
    public TextSpan span() {
        return new TextSpan(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }

    public List<String> topics() {
        return new ArrayList<>(stances.keySet());
    }
}
