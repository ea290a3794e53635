package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A statement's words grouped into sentences and clauses, the scope a stance is read in. A clause ends at
 * punctuation inside the sentence (, ; : — parentheses) and before a word that opens a new clause ("but", "while",
 * "because", a condition marker); a sentence ends at . ! or ?. Words are lower-cased, quotation marks dropped.
 */
final class ClauseText {

    /** Words that open a clause of their own. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("but", "while", "whereas", "although", "though",
            "because", "however", "yet", "so", "which", "who", "whom", "where", "when", "since", "unless", "if",
            "and", "or");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sen",
            "rep", "gov", "prof", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr");
    /** "and"/"or" join noun phrases as often as clauses: they open one only before a subject or a modal. */
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "he", "she", "they", "it", "there", "this",
            "that", "the", "russia", "ukraine", "moscow", "kyiv", "washington", "then", "will", "would", "must");

    private final PhraseIndex.Words words;
    private final int[] clause;
    private final int[] sentence;

    private ClauseText(PhraseIndex.Words words, int[] clause, int[] sentence) {
        this.words = words;
        this.clause = clause;
        this.sentence = sentence;
    }

    static ClauseText of(String text) {
        String t = TopicLexicon.normalise(text);
        String cased = text.length() == t.length() ? text : t; // for telling sentence starts by their capital
        List<String> words = new ArrayList<>();
        int[] clauses = new int[16];
        int[] sentences = new int[16];
        int clauseNo = 0;
        int sentenceNo = 0;
        boolean clauseBreak = false;
        boolean sentenceBreak = false;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '\u2014' || c == '\u2013') {
                    clauseBreak = true;
                } else if (c == '!' || c == '?' || c == '.' && endsSentence(cased, i, words)) {
                    sentenceBreak = true;
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(t.charAt(i)) || t.charAt(i) == '\'' || t.charAt(i) == '-'
                    || t.charAt(i) == '.' && i + 1 < n && Character.isLetterOrDigit(t.charAt(i + 1)))) {
                i++;
            }
            String word = t.substring(start, i);
            while (word.endsWith("'") || word.endsWith("-")) {
                word = word.substring(0, word.length() - 1);
            }
            if (word.isEmpty()) {
                continue;
            }
            if (sentenceBreak && !words.isEmpty()) {
                sentenceNo++;
                clauseNo++;
            } else if (!words.isEmpty() && (clauseBreak || opensClause(word, t, i))) {
                clauseNo++;
            }
            clauseBreak = false;
            sentenceBreak = false;
            if (words.size() == clauses.length) {
                clauses = java.util.Arrays.copyOf(clauses, 2 * clauses.length);
                sentences = java.util.Arrays.copyOf(sentences, 2 * sentences.length);
            }
            clauses[words.size()] = clauseNo;
            sentences[words.size()] = sentenceNo;
            words.add(word);
        }
        int[] starts = new int[words.size()];
        for (int k = 0; k < starts.length; k++) {
            starts[k] = k;
        }
        return new ClauseText(new PhraseIndex.Words(words.toArray(String[]::new), starts),
                java.util.Arrays.copyOf(clauses, words.size()), java.util.Arrays.copyOf(sentences, words.size()));
    }

    /**
     * A full stop ends a sentence unless it closes an abbreviation ("U.S.", "Mr.", a single letter) or a lower-case
     * word follows it.
     */
    private static boolean endsSentence(String original, int dot, List<String> words) {
        if (dot > 0 && original.charAt(dot - 1) == '.' || dot + 1 < original.length() && original.charAt(dot + 1) == '.') {
            return false; // an ellipsis trails off, it does not end the sentence
        }
        if (!words.isEmpty()) {
            String last = words.get(words.size() - 1);
            if (last.length() == 1 || last.indexOf('.') >= 0 || ABBREVIATIONS.contains(last)) {
                return false;
            }
        }
        int k = dot + 1;
        while (k < original.length() && !Character.isLetterOrDigit(original.charAt(k))) {
            k++;
        }
        return k >= original.length() || !Character.isLowerCase(original.charAt(k));
    }

    private static boolean opensClause(String word, String text, int end) {
        if (!CLAUSE_OPENERS.contains(word)) {
            return false;
        }
        if (!word.equals("and") && !word.equals("or")) {
            return true;
        }
        int i = end;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return SUBJECTS.contains(text.substring(i, j));
    }

    /** The words, each with its index as its "offset", for phrase matching by word index. */
    PhraseIndex.Words words() {
        return words;
    }

    int size() {
        return clause.length;
    }

    String word(int i) {
        return words.words()[i];
    }

    int clauseOf(int i) {
        return clause[i];
    }

    int sentenceOf(int i) {
        return sentence[i];
    }

    /** The first word of the clause holding word {@code i}. */
    int clauseStart(int i) {
        int s = i;
        while (s > 0 && clause[s - 1] == clause[i]) {
            s--;
        }
        return s;
    }

    /** One past the last word of the clause holding word {@code i}. */
    int clauseEnd(int i) {
        int e = i;
        while (e < clause.length && clause[e] == clause[i]) {
            e++;
        }
        return e;
    }
}
