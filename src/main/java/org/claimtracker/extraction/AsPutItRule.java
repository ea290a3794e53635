package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;

/**
 * "The tolls have failed, as Mayor Tal puts it." and "As Tal put it, the tolls have failed.": the clause beside an
 * "as X puts it" aside is X's. Only when the clause has no speech verb of its own, which would name its speaker.
 */
final class AsPutItRule implements CandidateRule {

    private final CandidateRun run;

    AsPutItRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        for (Sentence s : run.proseSentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i + 3 < t.size(); i++) {
                if (t.get(i).is("as") && run.quoted.quotationAt(t.get(i).start()) == null) {
                    aside(s, i);
                }
            }
        }
    }

    /** How far "put it" may stand after "as": the speaker's name between them is short. */
    private static final int REACH = 8;

    private void aside(Sentence s, int as) {
        List<Token> t = s.tokens();
        if (!putItFollows(t, as)) {
            return; // most "as" are no aside: spare them the noun-phrase parse
        }
        MentionParser.Parsed p = run.parser.after(s, as + 1, run.body);
        if (p == null || p.last() + 2 >= t.size() || !(t.get(p.last() + 1).is("puts") || t.get(p.last() + 1).is("put"))
                || !t.get(p.last() + 2).is("it")) {
            return;
        }
        int itEnd = p.last() + 2;
        String cue = run.body.substring(t.get(p.last() + 1).start(), t.get(itEnd).end());
        int opening = run.analysis.skipDateline(s);
        if (as == opening && itEnd + 2 < t.size() && t.get(itEnd + 1).text().equals(",")) {
            int c = itEnd + 2;
            int end = run.clauses.complementEnd(s, c);
            if (!hasSpeechVerb(s, c, end)) {
                run.addReported(s, c, end, p.mention(), cue, Origin.REPORTED);
            }
        } else if (as > opening + 2 && t.get(as - 1).text().equals(",") && !hasSpeechVerb(s, opening, as - 1)) {
            run.addReported(s, opening, as - 1, p.mention(), cue, Origin.REPORTED_BEFORE);
        }
    }

    private static boolean putItFollows(List<Token> t, int as) {
        for (int i = as + 2; i + 1 < t.size() && i <= as + REACH; i++) {
            if ((t.get(i).is("puts") || t.get(i).is("put")) && t.get(i + 1).is("it")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasSpeechVerb(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        for (int i = from; i < to; i++) {
            if (run.lexicons.isSpeechVerb(t.get(i)) || run.claimedVerbs.contains(t.get(i).start())) {
                return true;
            }
        }
        return false;
    }
}
