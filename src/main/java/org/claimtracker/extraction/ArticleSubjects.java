package org.claimtracker.extraction;

import java.util.List;
import java.util.Locale;

/** Small readings of an article's sentences that attribution needs: who opens a clause, who was named already. */
final class ArticleSubjects {

    private ArticleSubjects() {
    }

    /** Whether the article writes the person's surname before {@code offset} (a possessive counts). */
    static boolean surnameBefore(List<Sentence> sentences, Speaker s, int offset) {
        String[] words = s.canonicalName().split(" ");
        String surname = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (Sentence sentence : sentences) {
            for (Token t : sentence.tokens()) {
                if (t.start() >= offset) {
                    return false;
                }
                if (MentionParser.stripPossessive(t.text()).toLowerCase(Locale.ROOT).equals(surname)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code s} is {@code body} or belongs to it through at most {@code depth} affiliations. */
    static boolean belongsTo(Speaker s, Speaker body, int depth) {
        if (s == null) {
            return false;
        }
        if (s.canonicalName().equals(body.canonicalName())) {
            return true;
        }
        for (Affiliation a : s.affiliations()) {
            if (depth > 0 && belongsTo(a.body(), body, depth - 1)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name opens its sentence, alone or after one possessive ("Norway's Radio Nord, …, said"). */
    static boolean opensClause(List<Sentence> sentences, Mention m) {
        int at = m.span().start();
        for (Sentence s : sentences) {
            if (s.span().start() <= at && at < s.span().end()) {
                List<Token> t = s.tokens();
                int k = 0;
                while (k < t.size() && k < 3 && t.get(k).start() < at) {
                    k++;
                }
                return k < t.size() && t.get(k).start() == at
                        && (k == 0 || MentionParser.isPossessive(t.get(k - 1)) && t.get(0).isCapitalised());
            }
        }
        return false;
    }
}
