package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;
import org.claimtracker.extraction.Lexicons.Frame;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * Reported speech after a cue of several words ({@link PhrasalCues}: "made it clear that …", "hinted at …", "was
 * grateful for …", "made the budget conditional on …"): the phrase is the cue, the clause or object after it the
 * content, the subject before it the speaker. Runs before the single-verb rule, which stops at the particle.
 */
final class PhrasalCueRule implements CandidateRule {

    private final CandidateRun run;

    PhrasalCueRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        for (Sentence s : run.proseSentences()) {
            List<Token> t = s.tokens();
            for (int v = 0; v < t.size(); v++) {
                PhrasalCues.Found found = PhrasalCues.at(t, v);
                if (found != null && report(s, found)) {
                    v = found.end() - 1;
                }
            }
        }
    }

    private boolean report(Sentence s, PhrasalCues.Found found) {
        List<Token> t = s.tokens();
        int v = found.first();
        Token first = t.get(v);
        if (run.claimedVerbs.contains(first.start()) || run.quoted.quotationAt(first.start()) != null
                || !isVerbUse(t, v)) {
            return false;
        }
        boolean participle = first.key().endsWith("ing") && v > 0 && PARTICIPLE_CONTEXT.contains(t.get(v - 1).key())
                || first.key().endsWith("ing") && v > 0 && t.get(v - 1).text().equals(",");
        Mention mention = participle ? run.subjects.sharedSubject(s) : run.subjects.subject(s, v, 0);
        if (mention == null && v > 0 && (t.get(v - 1).is("and") || t.get(v - 1).is("but"))) {
            mention = run.subjects.sharedSubject(s);
        }
        if (mention == null) {
            return false;
        }
        int m = s.tokenAt(mention.span().start());
        if (m > 0 && (SUBORDINATE.contains(t.get(m - 1).key()) || t.get(m - 1).is("what") || t.get(m - 1).is("whom")
                || t.get(m - 1).is("which") && mention.type() == Mention.Type.PRONOUN)) {
            return false; // "if the mayor calls for a vote", "a meeting which he referred to as …": no statement
        }
        // an OBJ phrase's object is its content ("made the budget conditional on"); a THAT phrase's clause follows
        // the whole phrase, after a colon too ("set out his terms: Kyiv must …")
        boolean clauseAfter = found.gap() < 0 || found.cue().frame() == Frame.THAT;
        int c = clauseAfter ? found.end() : found.gap();
        if (found.gap() >= 0 && clauseAfter && (c >= t.size() || !t.get(c).text().equals(":"))) {
            return false; // "set out his terms for peace": the terms themselves follow a colon, or are not given
        }
        if (clauseAfter && found.cue().frame() == Frame.THAT) {
            if (c < t.size() && t.get(c).text().equals(":")) {
                c++;
            }
            c = run.adverbials.skip(s, c);
            if (c < t.size() && t.get(c).is("that")) {
                c++;
            }
        }
        int end = run.clauses.complementEnd(s, c);
        if (found.cue().frame() == Frame.OBJ) {
            end = run.clauses.objectEnd(s, c, end);
        }
        int words = run.analysis.wordsBetween(t, c, end);
        if (words < 2 || c >= t.size() || !t.get(c).isWord() && run.quoted.quotationAt(t.get(c).start()) == null) {
            return false;
        }
        for (int i = v; i < found.end(); i++) {
            run.claimedVerbs.add(t.get(i).start());
        }
        run.sentenceSubject.put(s.index(), mention);
        run.addReported(s, c, end, mention, cueText(s, found), Origin.REPORTED);
        return true;
    }

    /** Rejects a phrase used as a noun ("the calls for a truce"), a passive, or a modal's plan ("will call for"). */
    private boolean isVerbUse(List<Token> t, int v) {
        if (v == 0) {
            return false;
        }
        String pk = t.get(v - 1).key();
        if (MentionParser.DETERMINERS.contains(pk) || NOUN_MARKERS.contains(pk) || pk.endsWith("'s")) {
            return false;
        }
        int b = v - 1;
        while (b > 0 && (t.get(b).is("not") || t.get(b).is("n't") || t.get(b).is("never")
                || PLAIN_ADVERBS.contains(t.get(b).key()) || t.get(b).key().endsWith("ly") && !t.get(b).isCapitalised())) {
            b--;
        }
        String bk = t.get(b).key();
        boolean ing = t.get(v).key().endsWith("ing");
        if (MODALS.contains(bk) || BE_FORMS.contains(bk) && !ing || bk.equals("to") || bk.equals("not")
                || bk.equals("n't") || bk.equals("never")) {
            return false;
        }
        return !ing || PARTICIPLE_CONTEXT.contains(pk) || pk.equals(",") || BE_FORMS.contains(bk);
    }

    /** The phrase as written, without the object inside it ("made conditional on"), with "has" and the like. */
    private String cueText(Sentence s, PhrasalCues.Found found) {
        List<Token> t = s.tokens();
        int start = run.analysis.cueStart(t, found.first());
        if (found.gap() < 0) {
            return run.body.substring(start, t.get(found.end() - 1).end());
        }
        String[] words = found.cue().words();
        String resumes = words[java.util.Arrays.asList(words).indexOf(PhrasalCues.GAP) + 1];
        int after = found.gap();
        while (after < found.end() - 1 && !t.get(after).is(resumes)) {
            after++;
        }
        return run.body.substring(start, t.get(found.gap() - 1).end()) + " "
                + run.body.substring(t.get(after).start(), t.get(found.end() - 1).end());
    }
}
