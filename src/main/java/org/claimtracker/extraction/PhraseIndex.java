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
    /**
     * Phrases whose first word is a prefix ("negotiat*") or that have a gap or a starred inner word, bucketed by the
     * first {@value #KEY} letters of their first word, so a text word meets only the few that can start with it.
     */
    private final Map<String, List<Entry>> byFirstLetters = new HashMap<>();
    /** Phrases whose first word is a gap or a prefix shorter than {@value #KEY} letters: tried at every word. */
    private final List<Entry> anywhere = new ArrayList<>();

    private static final int KEY = 3;

    /** Adds a phrase for {@code id}. */
    void add(String phrase, int id) {
        String trimmed = phrase.strip();
        if (trimmed.contains(GAP) || trimmed.indexOf('*') >= 0 && trimmed.indexOf('*') < trimmed.length() - 1) {
            addByFirstWord(new Entry(trimmed.split("\\s+"), true, id));
            return;
        }
        boolean prefix = phrase.endsWith("*");
        Words w = Words.of(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
        if (w.words().length == 0) {
            return;
        }
        Entry e = new Entry(w.words(), prefix, id);
        if (prefix && w.words().length == 1) {
            addByFirstWord(new Entry(new String[] {w.words()[0] + "*"}, true, id));
        } else {
            byFirst.computeIfAbsent(w.words()[0], k -> new ArrayList<>()).add(e);
        }
    }

    /** A phrase matched word by word with '*' words as prefixes (its {@code prefix} flag is then moot). */
    private void addByFirstWord(Entry e) {
        String first = e.words()[0];
        if (first.equals(GAP)) {
            anywhere.add(e);
            return;
        }
        boolean star = first.endsWith("*");
        String letters = star ? first.substring(0, first.length() - 1) : first;
        if (!star) {
            byFirst.computeIfAbsent(letters, k -> new ArrayList<>()).add(e);
        } else if (letters.length() < KEY) {
            anywhere.add(e);
        } else {
            byFirstLetters.computeIfAbsent(letters.substring(0, KEY), k -> new ArrayList<>()).add(e);
        }
    }

    /** Every occurrence of every phrase, in text order, as word indices. */
    List<Match> matches(Words text) {
        List<Match> found = new ArrayList<>();
        String[] w = text.words();
        for (int i = 0; i < w.length; i++) {
            tryAll(byFirst.get(w[i]), w, i, found);
            if (w[i].length() >= KEY) {
                tryAll(byFirstLetters.get(w[i].substring(0, KEY)), w, i, found);
            }
            tryAll(anywhere, w, i, found);
        }
        return found;
    }

    private static void tryAll(List<Entry> entries, String[] w, int i, List<Match> found) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            int end = endOfMatch(e.words(), e.prefix(), w, i, 0);
            if (end > 0) {
                found.add(new Match(e.id(), i, end));
            }
        }
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
