package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A word or punctuation mark of a sentence with its offsets in the article body, its look-up key (lower case,
 * straight apostrophes) and whether it is a word and capitalised, all computed once. Words keep inner apostrophes,
 * hyphens and dots ("Russia’s", "Russia-Ukraine", "U.S."); a trailing dot is kept only for abbreviations.
 */
record Token(String text, int start, int end, String key, boolean isWord, boolean isCapitalised) {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen",
            "rep", "gov", "lt", "col", "maj", "capt", "prof", "u.s", "u.k", "u.n", "no", "vs", "sgt", "adm", "d.c",
            "j.d", "a.m", "p.m", "inc", "co", "corp", "ltd", "e.g", "i.e");

    /** Whether this is a lawmaker's party and state ("R-Texas", "D-Calif."): said of a name, never part of one. */
    boolean isPartyTag() {
        String w = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return w.length() > 2 && PARTY_AND_STATE.matcher(w).matches();
    }

    /** Whether a number follows {@code from}, after spaces ("No. 2"). */
    private static boolean numberFollows(String text, int from, int to) {
        int k = from;
        while (k < to && text.charAt(k) == ' ') {
            k++;
        }
        return k < to && Character.isDigit(text.charAt(k));
    }

    /** "D-Calif", "R-N.Y": a party letter and an abbreviated state, whose dot belongs to the word. */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[RDI]-[A-Z][A-Za-z.]{0,5}");

    /** One shared string per ASCII mark: punctuation tokens are a third of all tokens. */
    private static final String[] PUNCTUATION = new String[128];

    static {
        for (char c = 0; c < PUNCTUATION.length; c++) {
            PUNCTUATION[c] = String.valueOf(c);
        }
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    /** Lower case with curly apostrophes straightened, for lexicon look-ups (computed once). */
    String lower() {
        return key;
    }

    static Token of(String text, int start, int end) {
        char first = text.charAt(0);
        return new Token(text, start, end, text.toLowerCase(Locale.ROOT).replace('\u2019', '\''),
                Character.isLetterOrDigit(first), Character.isUpperCase(first));
    }

    /** Splits {@code text[from, to)} into tokens in one linear pass. */
    static List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i + 1;
                int segment = i;
                while (j < to) {
                    char d = text.charAt(j);
                    if (Character.isLetterOrDigit(d)) {
                        j++;
                    } else if (j + 1 < to && Character.isLetterOrDigit(text.charAt(j + 1))
                            && (d == '\'' || d == '\u2019' || d == '-'
                                || (d == '.' || d == ',') && Character.isDigit(text.charAt(j - 1))
                                    && Character.isDigit(text.charAt(j + 1))
                                || d == '.' && j - segment <= 2)) {
                        j += 2;
                        segment = j - 1;
                    } else {
                        break;
                    }
                }
                String word = text.substring(i, j).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                if (j < to && text.charAt(j) == '.' && ABBREVIATIONS.contains(word)
                        && (!word.equals("no") || numberFollows(text, j + 1, to))) {
                    j++; // "No. 2" abbreviates; "voted no." ends a sentence
                } else if (j < to && text.charAt(j) == '.' && j - i == 1 && Character.isUpperCase(c)) {
                    j++; // an initial: "Donald J. Trump"
                } else if (j + 1 < to && text.charAt(j) == '.' && (text.charAt(j + 1) == ',' || text.charAt(j + 1) == ')')
                        && PARTY_AND_STATE.matcher(text.substring(i, j)).matches()) {
                    // a lawmaker's party and state inside the sentence, AP style: "Rep. Jane Corwin, D-Calif., said";
                    // at its end ("said Rep. Jane Corwin, D-Calif.") the dot ends the sentence too
                    j++;
                }
                tokens.add(of(text.substring(i, j), i, j));
                i = j;
            } else {
                tokens.add(of(c < PUNCTUATION.length ? PUNCTUATION[c] : String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }
}
