package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * The adverbials between a speech verb and its clause, or between a speaker and the verb: times ("on Monday", "for
 * weeks"), places ("in the capital", "at the White House"), media ("in an interview with NBC", "on NBC's “Meet the
 * Press”") and fixed phrases ("in response"), which belong to neither the cue nor what was said. One per article
 * pass, beside {@link SentenceAnalysis}.
 */
final class Adverbials {
    private final CandidateRun run;

    Adverbials(CandidateRun run) {
        this.run = run;
    }

    /** How many words a named place between a verb and its "that" may have ("at the White House"). */
    private static final int PLACE_NAME_WORDS = 4;

    /**
     * "at the White House that …": a capitalised name, with or without "the", right before "that"; the index of that
     * "that", or -1.
     */
    private static int namedPlaceBeforeThat(List<Token> t, int from) {
        int j = from < t.size() && t.get(from).is("the") ? from + 1 : from;
        int first = j;
        while (j < t.size() && j < first + PLACE_NAME_WORDS && t.get(j).isWord() && t.get(j).isCapitalised()) {
            j++;
        }
        return j > first && j < t.size() && t.get(j).is("that") ? j : -1;
    }

    /** How long something has been said for ("for weeks"): an adverbial between the verb and its clause. */
    private static final Set<String> DURATIONS = Set.of("days", "weeks", "months", "years", "decades");

    /** How many words a programme's quoted name may have ("on NBC's “Meet the Press”"). */
    private static final int PROGRAMME_WORDS = 5;

    /**
     * After "on NBC's", the programme's quoted name when one starts at {@code c} and "that" follows it: the token
     * after it; else {@code c}. A longer quotation, or one not followed by "that", is what was said.
     */
    private int afterProgrammeName(List<Token> t, int c) {
        Quotation q = c < t.size() ? run.quoted.quotationAt(t.get(c).start()) : null;
        if (q == null || !q.closed() || q.open() != t.get(c).start()) {
            return c;
        }
        int words = 0;
        int after = c + 1;
        while (after < t.size() && t.get(after).start() <= q.close()) {
            words += t.get(after).isWord() ? 1 : 0;
            after++;
        }
        return words <= PROGRAMME_WORDS && after < t.size() && t.get(after).is("that") ? after : c;
    }

    /** The first token from {@code c} on that is no adverbial; {@code c} itself when none starts there. */
    int skip(Sentence s, int c) {
        List<Token> t = s.tokens();
        for (int guard = 0; guard < 6 && c < t.size(); guard++) {
            Token x = t.get(c);
            String k = x.key();
            if (PLAIN_ADVERBS.contains(k)
                    && !x.isCapitalised()) {
                c++;
            } else if ((k.equals("on") || k.equals("last") || k.equals("this") || k.equals("early"))
                    && c + 1 < t.size()) {
                Token n = t.get(c + 1);
                String nk = n.key();
                if (isTimeWord(nk)) {
                    c += 2;
                    while (c < t.size() && isTimeWord(t.get(c).key())) {
                        c++;
                    }
                } else if (k.equals("on") && (PLATFORMS.contains(nk) || n.isCapitalised() && n.text().length() <= 9
                        && c + 2 < t.size() && !t.get(c + 2).isCapitalised())) {
                    c += 2;
                    while (c < t.size() && (PLATFORMS.contains(t.get(c).key()) || t.get(c).is("media")
                            || t.get(c).is("social") || t.get(c).isCapitalised() && t.get(c).isWord())) {
                        c++;
                    }
                    c = afterProgrammeName(t, c);
                } else {
                    return c;
                }
            } else if (k.equals("for") && c + 1 < t.size() && DURATIONS.contains(t.get(c + 1).key())) {
                c += 2; // "has been saying for weeks that …"
            } else if (fixedPhraseEnd(t, c) > c) {
                c = fixedPhraseEnd(t, c);
            } else if ((k.equals("in") || k.equals("at") || k.equals("during") || k.equals("to") || k.equals("via")
                    || k.equals("through") || k.equals("after") || k.equals("before") || k.equals("with"))
                    && c + 1 < t.size()) {
                int end = mediaPhraseEnd(s, c + 1);
                if (end < 0 && (k.equals("in") || k.equals("at"))) {
                    end = namedPlaceBeforeThat(t, c + 1); // "said at the White House that …"
                }
                if (end < 0 && (k.equals("in") || k.equals("at"))) {
                    end = placePhraseEnd(t, c + 1); // "told reporters in the capital the talks …"
                }
                if (end < 0) {
                    if (k.equals("to") && c + 1 < t.size() && OBJECT_PRONOUNS.contains(t.get(c + 1).key())
                            && !MentionParser.DETERMINERS.contains(t.get(c + 1).key())) {
                        c += 2;
                        continue;
                    }
                    return c;
                }
                c = end;
            } else if (x.text().equals(",") && c + 1 < t.size() && isTimeWord(t.get(c + 1).key())) {
                c++;
            } else if (isTimeWord(k) && x.isCapitalised()) {
                c++; // "said Monday"
            } else {
                return c;
            }
        }
        return c;
    }

    /** "the capital", "Kyiv", "New Harbour" after "in" or "at": its end, or -1. */
    private int placePhraseEnd(List<Token> t, int j) {
        if (j + 1 < t.size() && t.get(j).is("the") && PLACE_NOUNS.contains(t.get(j + 1).key())) {
            return j + 2;
        }
        int i = j;
        while (i < t.size() && i < j + 4 && run.parser.isNameWord(t.get(i)) && !MentionParser.isPossessive(t.get(i))
                && !isTimeWord(t.get(i).key())) {
            i++;
        }
        return i > j ? i : -1;
    }

    /** The end of a fixed adverbial ("at the time", "in response") starting at {@code c}, or {@code c}. */
    private int fixedPhraseEnd(List<Token> t, int c) {
        for (String[] phrase : FIXED_ADVERBIALS) {
            int i = 0;
            while (i < phrase.length && c + i < t.size() && t.get(c + i).is(phrase[i])) {
                i++;
            }
            if (i == phrase.length) {
                return c + i;
            }
        }
        return c;
    }

    /** "a statement on Sunday", "an interview with NBC News", "a news conference in Kyiv": its end or -1. */
    private int mediaPhraseEnd(Sentence s, int c) {
        List<Token> t = s.tokens();
        int i = c;
        int limit = Math.min(t.size(), c + 6);
        boolean found = false;
        while (i < limit && t.get(i).isWord()) {
            if (MEDIA_NOUNS.contains(t.get(i).key()) || t.get(i).key().endsWith("statement")) {
                found = true;
                i++;
                break;
            }
            if (t.get(i).is("that")) {
                return -1;
            }
            i++;
        }
        if (!found) {
            return -1;
        }
        // "with NBC News", "on X", "in Kyiv", "to the nation"
        if (i + 1 < t.size() && (t.get(i).is("with") || t.get(i).is("on") || t.get(i).is("in")
                || t.get(i).is("to") || t.get(i).is("from") || t.get(i).is("at"))) {
            int j = i + 1;
            if (j < t.size() && (MentionParser.DETERMINERS.contains(t.get(j).key()) || t.get(j).is("his")
                    || t.get(j).is("her"))) {
                j++;
            }
            int k = j;
            // "a call with the Russian leader", "talks with his Finnish counterpart": title words end the name
            while (k < t.size() && (run.parser.isNameWord(t.get(k)) || PLATFORMS.contains(t.get(k).key())
                    || t.get(k).is("media") || isTimeWord(t.get(k).key())
                    || t.get(k).isWord() && run.lexicons.isTitleWord(t.get(k).lower()))) {
                k++;
            }
            if (k > j) {
                i = k;
            }
        }
        return i;
    }

    private static boolean isTimeWord(String k) {
        return TIME_NOUNS.contains(k);
    }
}
