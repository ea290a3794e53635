package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/** "According to Reuters, …" and "…, according to the ministry.": the clause a source is credited with. */
final class AccordingToReport {
    private final CandidateRun run;

    AccordingToReport(CandidateRun run) {
        this.run = run;
    }

    /** How many words "familiar with" may take ("familiar with the administration's plans"). */
    private static final int FAMILIAR_WORDS = 6;

    /**
     * "a person familiar with the matter": the token after the "familiar with" phrase that starts at {@code i},
     * which belongs to the unnamed source; {@code i} when none starts there.
     */
    private static int familiarWithEnd(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i).is("familiar") || !t.get(i + 1).is("with")) {
            return i;
        }
        int j = i + 2;
        while (j < t.size() && j < i + 2 + FAMILIAR_WORDS && t.get(j).isWord()) {
            j++;
        }
        return j;
    }

    void accordingTo(Sentence s, int v) {
        List<Token> t = s.tokens();
        MentionParser.Parsed p = run.parser.after(s, v + 2, run.body);
        if (p == null && v + 3 < t.size() && t.get(v + 2).isWord() && !t.get(v + 2).isCapitalised()
                && run.lexicons.isTitleWord(t.get(v + 3).lower())) {
            p = run.parser.after(s, v + 3, run.body); // "according to regional Gov. Lysak"
        }
        if (p == null) {
            for (int i = v + 2; i < Math.min(t.size() - 1, v + 7); i++) {
                if (t.get(i).is("from") || t.get(i).is("by") || t.get(i).is("of")) {
                    p = run.parser.after(s, i + 1, run.body);
                    break;
                }
            }
        }
        if (p == null || p.mention().type() == Mention.Type.PRONOUN) {
            return;
        }
        int pe = familiarWithEnd(t, run.adverbials.skip(s, p.last() + 1));
        if (pe > p.last() + 1) {
            p = new MentionParser.Parsed(p.mention(), p.first(), pe - 1);
        }
        if (v == 0 || v == 1 && !t.get(0).isWord()) {
            int c = p.last() + 1;
            for (int i = c + 2; i < Math.min(t.size(), c + 8); i++) {
                if (run.lexicons.isSpeechVerb(t.get(i)) && run.parser.before(s, i, c + 1, run.body) != null
                        && run.parser.before(s, i, c + 1, run.body).first() == c + 1) {
                    return; // "According to Reuters, Zelenskyy stressed ...": Zelenskyy's statement
                }
            }
            if (c < t.size() && t.get(c).text().equals(",")) {
                run.addReported(s, c + 1, run.clauses.complementEnd(s, c + 1), p.mention(), "according to", Origin.ACCORDING_TO);
            }
        } else if (t.get(v - 1).text().equals(",")) {
            for (int i = 0; i < v - 1; i++) {
                int q = run.quoted.indexAt(t.get(i).start());
                if (run.claimedVerbs.contains(t.get(i).start()) || q >= 0 && run.usedQuote.get(q)) {
                    return; // "“…,” he said, according to TASS": the source credit of an attributed quote
                }
            }
            int after = p.last() + 1;
            // "Storms destroyed 300 homes, according to the Red Cross, of which 120 …": the credit ends at a comma
            boolean midSentence = after < t.size() && t.get(after).is(",");
            // "according to Gov. Lysak and the emergency service.": a second source credited with the same words
            boolean jointCredit = after < t.size() && t.get(after).is("and") && p.mention().type() == Mention.Type.NAME
                    && run.analysis.wordsBetween(t, after, t.size()) <= 6;
            while (after < t.size() && !t.get(after).isWord()) {
                after++;
            }
            if (after >= t.size() || midSentence || jointCredit) {
                run.addReported(s, 0, v - 1, p.mention(), "according to", Origin.ACCORDING_TO);
            }
        }
    }
}
