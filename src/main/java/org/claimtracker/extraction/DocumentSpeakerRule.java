package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;
import org.claimtracker.extraction.Lexicons.Frame;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * A document as the speaker of its issuer: "The council's motion backs the tram line and demands cheaper night
 * fares." gives the council two statements, one per verb ("backs", "demands"), each with what follows it. The
 * document must have a possessor naming who issued it; "the motion backs …" alone names no speaker.
 */
final class DocumentSpeakerRule implements CandidateRule {
    private static final int MIN_WORDS = 2;

    private final CandidateRun run;

    DocumentSpeakerRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        for (Sentence s : run.proseSentences()) {
            List<Token> t = s.tokens();
            for (int d = 1; d + 2 < t.size(); d++) {
                if (DOCUMENT_NOUNS.contains(t.get(d).key()) && !t.get(d).isCapitalised()
                        && run.quoted.quotationAt(t.get(d).start()) == null) {
                    d = report(s, d);
                }
            }
        }
    }

    /** Reads the verbs of the document at {@code d}; returns the last token read. */
    private int report(Sentence s, int d) {
        List<Token> t = s.tokens();
        int v = run.adverbials.skip(s, d + 1);
        if (v >= t.size() || !isDocumentVerb(t.get(v)) || v + 1 < t.size() && t.get(v + 1).is("by")) {
            return d; // "Tal's plan backed by the council …": a participle, what others did to the document
        }
        Mention issuer = run.subjects.possessor(s, d - 1);
        if (issuer == null || issuer.type() == Mention.Type.PRONOUN) {
            return d;
        }
        int read = d;
        while (v < t.size() && isDocumentVerb(t.get(v)) && !run.claimedVerbs.contains(t.get(v).start())) {
            Frame frame = run.lexicons.frame(t.get(v));
            int c = frame == Frame.THAT ? run.clauses.complementStart(s, v, frame) : v + 1;
            int cueEnd = v;
            if (c < t.size() && t.get(c).is("for") && t.get(v).key().startsWith("call")) {
                cueEnd = c++; // "calls for"
            }
            int end = nextVerb(t, c, run.clauses.complementEnd(s, c));
            if (run.analysis.wordsBetween(t, c, end) < MIN_WORDS) {
                break;
            }
            run.claimedVerbs.add(t.get(v).start());
            run.addReported(s, c, end, issuer, run.body.substring(t.get(v).start(), t.get(cueEnd).end()),
                    Origin.REPORTED);
            read = end;
            // "… and demands cheaper night fares": the document's next verb
            v = end + 1 < t.size() && (t.get(end).is("and") || t.get(end).is(",") && t.get(end + 1).is("and"))
                    ? end + (t.get(end).is("and") ? 1 : 2) : t.size();
        }
        return read;
    }

    private boolean isDocumentVerb(Token x) {
        return !x.isCapitalised() && (DOCUMENT_VERBS.contains(x.key()) || run.lexicons.isSpeechVerb(x)
                && (x.key().endsWith("s") || x.key().endsWith("ed")));
    }

    /** Where "and" + another document verb starts within {@code [c, end)}, else {@code end}. */
    private int nextVerb(List<Token> t, int c, int end) {
        for (int i = c + 1; i + 1 < end; i++) {
            if (t.get(i).is("and") && isDocumentVerb(t.get(i + 1))) {
                return t.get(i - 1).text().equals(",") ? i - 1 : i;
            }
        }
        return end;
    }
}
