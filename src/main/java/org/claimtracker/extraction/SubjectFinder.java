package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.*;

/** Finds the speaker (subject) of a speech verb: the phrase before it, inverted after it, or shared in the sentence. */
final class SubjectFinder {
    private final CandidateRun run;

    SubjectFinder(CandidateRun run) {
        this.run = run;
    }

    /** The speaker of the verb at {@code v}: the phrase before it, or after it when inverted. */
    Mention subject(Sentence s, int v, int lower) {
        MentionParser.Parsed p = run.parser.before(s, v, lower, run.body);
        if (p != null) {
            return p.mention();
        }
        List<Token> t = s.tokens();
        // "..., said Ryabkov." inverted; "..., told Russian state TV." names whom it was told
        if (v > 0 && t.get(v - 1).text().equals(",") && !TELL_VERBS.contains(t.get(v).key())) {
            MentionParser.Parsed a = run.parser.after(s, v + 1, run.body);
            if (a != null && a.mention().type() != Mention.Type.PRONOUN) {
                int after = a.last() + 1;
                after = run.analysis.skipAdverbials(s, after);
                if (after >= t.size() || !t.get(after).isWord()) {
                    return a.mention();
                }
            }
        }
        return null;
    }

    /** The subject of the nearest "that" clause before {@code v}, when no speech verb came in between. */
    Mention thatClauseSubject(Sentence s, int v) {
        List<Token> t = s.tokens();
        for (int i = v - 1; i >= 0 && i > v - 30; i--) {
            if (run.lexicons.isSpeechVerb(t.get(i)) || t.get(i).text().equals(";")) {
                return null;
            }
            if (t.get(i).is("that") && i > 0 && !run.lexicons.isSpeechVerb(t.get(i - 1))) {
                MentionParser.Parsed p = run.parser.after(s, i + 1, run.body);
                return p != null && p.mention().type() == Mention.Type.NAME ? p.mention() : null;
            }
        }
        return null;
    }

    /** The subject another verb of this sentence already has, or the sentence's opening noun phrase. */
    Mention sharedSubject(Sentence s) {
        Mention m = run.sentenceSubject.get(s.index());
        if (m != null) {
            return m;
        }
        List<Token> t = s.tokens();
        int i = 0;
        for (int k = 0; k < Math.min(t.size(), 10); k++) {
            if (t.get(k).text().equals(",") && !run.parser.isNameWord(t.get(0))) {
                i = k + 1;
                break;
            }
        }
        MentionParser.Parsed p = run.parser.after(s, i, run.body);
        if (p == null && i > 0) {
            p = run.parser.after(s, 0, run.body);
        }
        if (p != null && !verbFollows(t, p.last() + 1)) {
            return null; // "An Oval Office meeting …, telling him": the phrase is not the subject of a verb
        }
        if (p == null && i < t.size() && MentionParser.PRONOUNS.contains(t.get(i).key())) {
            Token x = t.get(i);
            return new Mention(x.text(), new TextSpan(x.start(), x.end()), Mention.Type.PRONOUN, null, null);
        }
        return p == null ? null : p.mention();
    }

    /** Whether the token at {@code i} looks like the finite verb (or its auxiliary) of a subject before it. */
    boolean verbFollows(List<Token> t, int i) {
        if (i >= t.size() || !t.get(i).isWord() || t.get(i).isCapitalised()) {
            return false;
        }
        String k = t.get(i).key();
        return k.endsWith("ed") || k.endsWith("s") && !k.endsWith("ss") || AUXILIARIES.contains(k)
                || run.lexicons.isSpeechVerb(t.get(i)) || k.endsWith("ly");
    }
}
