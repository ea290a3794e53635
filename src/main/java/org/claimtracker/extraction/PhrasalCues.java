package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimtracker.extraction.Lexicons.Frame;

/**
 * Speech cues of several words from {@code phrasal-cues.txt} ("made it clear", "hinted at", "made ~ conditional
 * on"), indexed by their first word. Loaded once; immutable.
 */
final class PhrasalCues {

    /** The words of an object inside a phrase ("made ~ conditional on"). */
    static final String GAP = "~";
    private static final int MAX_GAP = 5;

    /** One phrase: its words and the frame of what follows it. */
    record Cue(String[] words, Frame frame) {

        boolean hasGap() {
            for (String w : words) {
                if (w.equals(GAP)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A phrase found at token {@code first}: {@code gap} is the first object token (or -1), {@code end} is past it. */
    record Found(Cue cue, int first, int gap, int end) {
    }

    private static final Map<String, List<Cue>> BY_FIRST = load();

    private PhrasalCues() {
    }

    private static Map<String, List<Cue>> load() {
        Map<String, List<Cue>> byFirst = new HashMap<>();
        for (String[] row : Lexicons.rows("phrasal-cues.txt")) {
            if (row.length != 2) {
                throw new IllegalStateException("phrasal-cues.txt: expected phrase<TAB>frame, got " + String.join("|", row));
            }
            String[] words = row[0].strip().toLowerCase(Locale.ROOT).split("\\s+");
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(words, Frame.valueOf(row[1].strip())));
        }
        byFirst.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(byFirst);
    }

    /** The first listed phrase that starts at token {@code i}, or null. */
    static Found at(List<Token> t, int i) {
        List<Cue> cues = BY_FIRST.get(t.get(i).key());
        if (cues == null) {
            return null;
        }
        for (Cue cue : cues) {
            Found f = match(cue, t, i);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found match(Cue cue, List<Token> t, int first) {
        String[] w = cue.words();
        int i = first;
        int gap = -1;
        for (int k = 0; k < w.length; k++) {
            if (w[k].equals(GAP)) {
                gap = i;
                int limit = Math.min(t.size(), i + MAX_GAP + 1);
                while (i < limit && t.get(i).isWord() && !(k + 1 < w.length && t.get(i).is(w[k + 1]))) {
                    i++;
                }
                if (i == gap || i >= limit) {
                    return null;
                }
                continue;
            }
            if (i >= t.size() || !t.get(i).key().equals(w[k])) {
                return null;
            }
            i++;
        }
        return new Found(cue, first, gap, i);
    }
}
