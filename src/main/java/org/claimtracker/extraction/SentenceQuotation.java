package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.TITLE_CUES;

/**
 * Whether a quotation no rule attributed is still someone's words: at least a sentence (six words or more, opening
 * with a capital, ending on sentence punctuation or ending its sentence), and not a title ("a report titled “…”",
 * words in title case), a nickname or a scare quote.
 */
final class SentenceQuotation {

    static final int MIN_WORDS = 6;

    private SentenceQuotation() {
    }

    static boolean isSomeonesWords(CandidateRun run, Quotation q, Sentence s) {
        if (q.single() || run.words(q) < MIN_WORDS) {
            return false;
        }
        String body = run.body;
        TextSpan first = q.parts().get(0);
        int c = first.start();
        while (c < first.end() && !Character.isLetterOrDigit(body.charAt(c))) {
            c++;
        }
        if (c >= first.end() || Character.isLowerCase(body.charAt(c))) {
            return false; // "“a drawn-out process”" in mid-sentence: a fragment, not a sentence
        }
        TextSpan last = q.last();
        int e = last.end() - 1;
        while (e > last.start() && Character.isWhitespace(body.charAt(e))) {
            e--;
        }
        boolean sentenceEnd = ".!?\u2026,".indexOf(body.charAt(e)) >= 0 || s != null && endsSentence(s, q);
        return sentenceEnd && !titleCase(body, q) && !afterTitleCue(s, q);
    }

    /** "a report titled “…”", "the slogan “…”": the word before the opening mark names it a title. */
    private static boolean afterTitleCue(Sentence s, Quotation q) {
        if (s == null) {
            return false;
        }
        int i = s.tokenAt(q.open()) - 1;
        List<Token> t = s.tokens();
        while (i >= 0 && !t.get(i).isWord()) {
            i--;
        }
        return i >= 0 && (TITLE_CUES.contains(t.get(i).key()) || t.get(i).is("as") && i > 0
                && (t.get(i - 1).is("known") || t.get(i - 1).is("billed")));
    }

    /** Most longer words capitalised: the title of a book, a film, an operation. */
    private static boolean titleCase(String body, Quotation q) {
        int words = 0;
        int capitalised = 0;
        for (TextSpan part : q.parts()) {
            boolean start = true;
            for (int i = part.start(); i < part.end(); i++) {
                char ch = body.charAt(i);
                if (Character.isLetter(ch) && start) {
                    int j = i;
                    while (j < part.end() && Character.isLetter(body.charAt(j))) {
                        j++;
                    }
                    if (j - i >= 4) {
                        words++;
                        capitalised += Character.isUpperCase(ch) ? 1 : 0;
                    }
                }
                start = !Character.isLetter(ch) && ch != '\'' && ch != '\u2019';
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static boolean endsSentence(Sentence s, Quotation q) {
        List<Token> t = s.tokens();
        for (int i = s.tokenAt(q.outerEnd()); i < t.size(); i++) {
            if (t.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }
}
