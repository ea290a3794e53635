package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * The quotations no rule attributed: labelled blocks ("Statement: “…”", "Quote: “…”") of the source line or joint
 * statement before them, long quoted releases, and follow-on quotations that continue the previous speaker when they
 * open a paragraph; the rest are scare quotes.
 */
final class LeftOverQuotationRule implements CandidateRule {
    private static final Pattern JOINT_STATEMENT = Pattern.compile(
            "\\bjoint ((?:[A-Z][A-Za-z.]{1,15})(?:-[A-Z][A-Za-z.]{1,15})+) statement");
    private static final Mention NO_ISSUERS = new Mention("-", new TextSpan(0, 0), Mention.Type.LABEL, "-", null);
    private static final int LONG_QUOTE_WORDS = 40;

    private final CandidateRun run;
    private Mention jointIssuers;

    LeftOverQuotationRule(CandidateRun run) {
        this.run = run;
    }

    @Override
    public void apply() {
        for (int qi = 0; qi < run.quotations.size(); qi++) {
            if (!run.usedQuote.get(qi)) {
                leftOver(qi);
            }
        }
    }

    void leftOver(int qi) {
        Quotation q = run.quotations.get(qi);
        int para = run.paragraphOf(q.open());
        if (para < 0) {
            return;
        }
        TextSpan p = run.quoted.paragraphs().get(para);
        String lead = run.body.substring(p.start(), q.open()).strip();
        Sentence s = run.text.sentenceAt(q.open());
        if (isLabel(lead) && !lead.equals("Source:")) {
            Mention source = null;
            for (int back = para - 1; back >= 0 && back >= para - 6 && source == null; back--) {
                source = run.sourceLines.get(back);
            }
            if (source == null && lead.equals("Statement:")) {
                source = jointStatementIssuers(q.open());
            }
            run.usedQuote.set(qi);
            run.out.add(new Candidate(StatementKind.DIRECT, run.trimmedParts(q), source, null, Origin.QUOTE_BLOCK,
                    s == null ? -1 : s.index(), para));
            return;
        }
        int words = run.words(q);
        boolean opensParagraph = lead.isEmpty();
        boolean opensSentence = s != null && s.span().start() == q.open() && endsSentence(s, q);
        if (opensParagraph && (q.parts().size() > 1 || words >= LONG_QUOTE_WORDS) && previousSpeakerFar(para)) {
            // a long statement in quotation marks with nobody named: a release quoting its issuer
            run.usedQuote.set(qi);
            run.out.add(new Candidate(StatementKind.DIRECT, run.trimmedParts(q), null, null, Origin.QUOTE_BLOCK,
                    s == null ? -1 : s.index(), para));
        } else if (!opensParagraph && opensSentence && words >= 5 && continuesPreviousQuotation(s, q, para)) {
            run.usedQuote.set(qi);
        } else if (opensParagraph && words >= 3 || opensSentence && words >= 5 && previousSentenceSpoke(s)) {
            run.usedQuote.set(qi);
            run.out.add(new Candidate(StatementKind.DIRECT, run.trimmedParts(q), null, null, Origin.FOLLOW_ON,
                    s == null ? -1 : s.index(), para));
        } else if (SentenceQuotation.isSomeonesWords(run, q, s)) {
            // a sentence in quotation marks whose attribution no rule could read: kept, for the nearest speaker
            run.usedQuote.set(qi);
            run.out.add(new Candidate(StatementKind.DIRECT, run.trimmedParts(q), null, null, Origin.QUOTE_FALLBACK,
                    s == null ? -1 : s.index(), para));
        }
    }

    /** "a joint US-Ukraine statement" before a "Statement:" block: the issuers, "US and Ukraine". */
    Mention jointStatementIssuers(int before) {
        if (jointIssuers == null) {
            Matcher m = JOINT_STATEMENT.matcher(run.body);
            jointIssuers = m.find() && m.start() < before
                    ? new Mention(m.group(1), new TextSpan(m.start(1), m.end(1)), Mention.Type.LABEL,
                            m.group(1).replace("-", " and "), null)
                    : NO_ISSUERS;
        }
        return jointIssuers == NO_ISSUERS ? null : jointIssuers;
    }

    /** "Quote:", "Statement:": one capitalised word and a colon. */
    boolean isLabel(String lead) {
        if (lead.length() < 3 || !lead.endsWith(":") || !Character.isUpperCase(lead.charAt(0))) {
            return false;
        }
        for (int i = 1; i < lead.length() - 1; i++) {
            if (!Character.isLowerCase(lead.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the sentence before {@code s}, in its paragraph, holds a statement. */
    /**
     * "“A,” said the soldier, who spoke on condition of anonymity. “B.”": a quotation opening the sentence after an
     * attributed quotation of its paragraph is the rest of that statement; it becomes its next part.
     */
    private boolean continuesPreviousQuotation(Sentence s, Quotation q, int para) {
        for (int i = run.out.size() - 1; i >= 0; i--) {
            Candidate c = run.out.get(i);
            if (c.sentence() == s.index() - 1) {
                if (c.paragraph() != para || c.kind() != StatementKind.DIRECT
                        || c.origin() != Origin.QUOTE_AFTER && c.origin() != Origin.QUOTE_BEFORE
                        || c.parts().get(c.parts().size() - 1).end() >= q.open()) {
                    return false;
                }
                List<TextSpan> parts = new ArrayList<>(c.parts());
                parts.addAll(run.trimmedParts(q));
                run.out.set(i, new Candidate(c.kind(), parts, c.mention(), c.cue(), c.origin(), c.sentence(),
                        c.paragraph()));
                return true;
            }
        }
        return false;
    }

    boolean previousSentenceSpoke(Sentence s) {
        for (int i = run.out.size() - 1; i >= 0; i--) {
            int si = run.out.get(i).sentence();
            if (si == s.index() - 1) {
                return run.out.get(i).paragraph() == s.paragraph();
            }
        }
        return false;
    }

    /** Whether no statement was found in the few paragraphs before {@code para}. */
    boolean previousSpeakerFar(int para) {
        for (int i = run.out.size() - 1; i >= 0; i--) {
            if (run.out.get(i).paragraph() <= para) {
                return para - run.out.get(i).paragraph() > 3;
            }
        }
        return true;
    }

    boolean endsSentence(Sentence s, Quotation q) {
        List<Token> t = s.tokens();
        for (int i = s.tokenAt(q.outerEnd()); i < t.size(); i++) {
            if (t.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }
}
