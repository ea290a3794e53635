package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/** "The talks will go on, Peskov said." / "…, said the Kremlin.": the clause before its attribution. */
final class InvertedReport {
    private final CandidateRun run;

    InvertedReport(CandidateRun run) {
        this.run = run;
    }

    /** "The talks will go on, Peskov said." / "…, said the Kremlin.": the clause before its attribution. */
    void inverted(Sentence s, int v, Mention mention, String cue) {
        List<Token> t = s.tokens();
        int mFirst = s.tokenAt(mention.span().start());
        if (mFirst < v) {
            // "…, the Kremlin spokesman, Dmitry Peskov, said": the title before the name belongs to the attribution
            MentionParser.Parsed p = run.parser.before(s, v, 0, run.body);
            if (p != null && p.mention().span().equals(mention.span()) && p.first() < mFirst) {
                int f = p.first();
                while (f > 0 && f > p.first() - 4 && t.get(f - 1).isWord()) {
                    f--; // "the city administration head": words of the title the parser did not take
                }
                if (f > 0 && t.get(f - 1).text().equals(",")) {
                    mFirst = f;
                }
            }
        }
        int comma = Math.min(mFirst, v) - 1;
        if (comma < 2 || !t.get(comma).text().equals(",") || comma > ClauseBoundaries.MAX_CLAUSE_TOKENS) {
            return;
        }
        int start = run.analysis.skipDateline(s);
        while (start < comma && !t.get(start).isWord() && run.quoted.quotationAt(t.get(start).start()) == null) {
            start++;
        }
        if (start >= comma) {
            return;
        }
        // a clause whose quotation another attribution already took is not ours
        for (int i = start; i < comma; i++) {
            int q = run.quoted.indexAt(t.get(i).start());
            if (run.claimedVerbs.contains(t.get(i).start()) || q >= 0 && run.usedQuote.get(q)) {
                return;
            }
        }
        run.claimedVerbs.add(t.get(v).start());
        run.sentenceSubject.put(s.index(), mention);
        run.addReported(s, start, comma, mention, cue, Origin.REPORTED_BEFORE);
    }
}
