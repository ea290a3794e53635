package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases indexed by their first word, so matching a text costs one map look-up per word rather than one scan per
 * phrase. A phrase ending in '*' matches any last word starting with it ("negotiat*", "security guarantee*").
 */
final class PhraseIndex {

    /** The words of a lower-cased text with their offsets; outer punctuation stripped, inner kept (u.s, re-invasion). */
    record Words(String[] words, int[] starts) {

        static Words of(String text) {
            List<String> words = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
                int end = i;
                while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    words.add(text.substring(start, end));
                    starts.add(start);
                }
            }
            int[] s = new int[starts.size()];
            for (int k = 0; k < s.length; k++) {
                s[k] = starts.get(k);
            }
            return new Words(words.toArray(String[]::new), s);
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '\'' || c == '.' || c == '-' || c == '%';
        }
    }

    private record Entry(String[] words, boolean prefix, int id) {
    }

    /** One occurrence of a phrase: its id and the words it covers, {@code [from, to)}. */
    record Match(int id, int from, int to) {
    }

    private static final String GAP = "~";
    private static final int MAX_GAP = 3;

    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<Entry> prefixed = new ArrayList<>();
    /** Phrases with a gap or a starred inner word: tried at every word, so keep them few. */
    private final List<Entry> starred = new ArrayList<>();

    /** Adds a phrase for {@code id}. */
    void add(String phrase, int id) {
        String trimmed = phrase.strip();
        if (trimmed.contains(GAP) || trimmed.indexOf('*') >= 0 && trimmed.indexOf('*') < trimmed.length() - 1) {
            starred.add(new Entry(trimmed.split("\\s+"), false, id));
            return;
        }
        boolean prefix = phrase.endsWith("*");
        Words w = Words.of(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
        if (w.words().length == 0) {
            return;
        }
        Entry e = new Entry(w.words(), prefix, id);
        if (prefix && w.words().length == 1) {
            prefixed.add(e);
        } else {
            byFirst.computeIfAbsent(w.words()[0], k -> new ArrayList<>()).add(e);
        }
    }

    /** Every occurrence of every phrase, in text order, as word indices. */
    List<Match> matches(Words text) {
        List<Match> found = new ArrayList<>();
        String[] w = text.words();
        for (int i = 0; i < w.length; i++) {
            List<Entry> entries = byFirst.get(w[i]);
            if (entries != null) {
                for (Entry e : entries) {
                    int end = endOfMatch(e.words(), e.prefix(), w, i, 0);
                    if (end > 0) {
                        found.add(new Match(e.id(), i, end));
                    }
                }
            }
            for (Entry e : prefixed) {
                if (w[i].startsWith(e.words()[0])) {
                    found.add(new Match(e.id(), i, i + 1));
                }
            }
            for (Entry e : starred) {
                int end = endOfMatch(e.words(), true, w, i, 0);
                if (end > 0) {
                    found.add(new Match(e.id(), i, end));
                }
            }
        }
        return found;
    }

    /** Where a phrase matching from word {@code i} (phrase word {@code k}) ends, or -1; '*' words match prefixes. */
    private static int endOfMatch(String[] p, boolean prefix, String[] w, int i, int k) {
        if (k == p.length) {
            return i;
        }
        if (p[k].equals(GAP)) {
            for (int skip = 0; skip <= MAX_GAP && i + skip <= w.length; skip++) {
                int end = endOfMatch(p, prefix, w, i + skip, k + 1);
                if (end > 0) {
                    return end;
                }
            }
            return -1;
        }
        if (i >= w.length) {
            return -1;
        }
        boolean star = p[k].endsWith("*");
        String word = star ? p[k].substring(0, p[k].length() - 1) : p[k];
        boolean last = k == p.length - 1;
        boolean ok = star || (last && prefix) ? w[i].startsWith(word) : w[i].equals(word);
        return ok ? endOfMatch(p, prefix, w, i + 1, k + 1) : -1;
    }
}
