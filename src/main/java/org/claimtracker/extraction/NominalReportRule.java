package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * A position reported by a noun its holder owns: "Minister Jund's view is that tolls must go.", "repeated his
 * argument that the tolls had failed", "the ministry's assessment remains that the bridge is safe". The possessor
 * is the speaker, the noun the cue, the "that" clause the content. Without a possessor ("the assessment that …")
 * nobody is said to hold it, and nothing is reported.
 */
final class NominalReportRule implements CandidateRule {
    /** Adjectives allowed between the possessor and the noun ("his long-held view"). */
    private static final int MAX_ADJECTIVES = 2;
    private static final int MIN_WORDS = 3;

    private final CandidateRun run;

    NominalReportRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        for (Sentence s : run.proseSentences()) {
            List<Token> t = s.tokens();
            for (int n = 1; n + 2 < t.size(); n++) {
                if (VIEW_NOUNS.contains(t.get(n).key()) && !t.get(n).isCapitalised()
                        && run.quoted.quotationAt(t.get(n).start()) == null) {
                    report(s, n);
                }
            }
        }
    }

    private void report(Sentence s, int n) {
        List<Token> t = s.tokens();
        int c = n + 1;
        if (VIEW_COPULAS.contains(t.get(c).key())) {
            c++;
        }
        if (c >= t.size() || !t.get(c).is("that")) {
            return;
        }
        c++;
        Mention holder = holder(s, n);
        if (holder == null) {
            return;
        }
        int end = run.clauses.complementEnd(s, c);
        if (run.analysis.wordsBetween(t, c, end) < MIN_WORDS || !t.get(c).isWord()) {
            return;
        }
        run.addReported(s, c, end, holder, t.get(n).text(), Origin.REPORTED);
    }

    /** Whoever owns the noun at {@code n}: "Minister Jund's", "the ministry's", or "his" (the subject, if named). */
    private Mention holder(Sentence s, int n) {
        List<Token> t = s.tokens();
        int p = n - 1;
        for (int a = 0; a < MAX_ADJECTIVES && p > 0 && isAdjective(t.get(p)); a++) {
            p--;
        }
        Token owner = t.get(p);
        if (MentionParser.isPossessivePronoun(owner.key())) {
            Mention subject = run.subjects.sharedSubject(s);
            if (subject != null && subject.span().end() <= owner.start() && subject.type() != Mention.Type.PRONOUN
                    && subject.type() != Mention.Type.UNNAMED) {
                return subject; // "Jund repeated his argument that …": he holds it
            }
            return new Mention(owner.text(), new TextSpan(owner.start(), owner.end()), Mention.Type.PRONOUN, null, null);
        }
        return run.subjects.possessor(s, p);
    }

    private boolean isAdjective(Token x) {
        return x.isWord() && !x.isCapitalised() && !x.key().endsWith("'s")
                && !MentionParser.isPossessivePronoun(x.key()) && run.analysis.isBareNoun(x);
    }
}
