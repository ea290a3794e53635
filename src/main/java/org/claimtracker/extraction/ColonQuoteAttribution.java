package org.claimtracker.extraction;

import java.util.List;

/**
 * A quotation introduced by a colon whose attribution the nearer patterns miss: a speech verb a little further back
 * ("Governor Reyes said of the flood plan: “…”"), or, with none, the subject of the sentence and its verb ("Reyes
 * turned to the crowd: “…”", "Holt went on to add: “…”"). The quotation must end its sentence.
 */
final class ColonQuoteAttribution {

    private static final int REACH = 14;

    private final CandidateRun run;

    ColonQuoteAttribution(CandidateRun run) {
        this.run = run;
    }

    QuoteAttribution attributionBefore(Quotation q) {
        Sentence s = run.text.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        List<Token> t = s.tokens();
        int colon = s.tokenAt(q.open()) - 1;
        if (colon < 2 || !t.get(colon).is(":") || !endsSentence(s, q)) {
            return null;
        }
        int lower = 0;
        for (int i = colon - 1; i >= 0; i--) {
            if (run.quoted.quotationAt(t.get(i).start()) != null || t.get(i).is(";")) {
                lower = i + 1;
                break;
            }
        }
        for (int v = colon - 1; v >= lower && colon - v <= REACH; v--) {
            Token verb = t.get(v);
            if (run.lexicons.isSpeechVerb(verb) && !run.claimedVerbs.contains(verb.start())
                    && run.analysis.isVerbUse(s, v)) {
                Mention mention = run.subjects.subject(s, v, lower);
                return mention == null ? null : attribution(s, mention, v);
            }
        }
        int start = Math.max(lower, run.analysis.skipDateline(s));
        MentionParser.Parsed subject = run.parser.after(s, start, run.body);
        if (subject == null || subject.first() != start || subject.mention().type() == Mention.Type.UNNAMED) {
            return null;
        }
        int v = subject.last() + 1;
        while (v < colon && (t.get(v).key().endsWith("ly") || t.get(v).is("also") || t.get(v).is("then"))) {
            v++;
        }
        if (v >= colon || !run.subjects.verbFollows(t, v) || t.get(v).key().endsWith("ly")) {
            return null;
        }
        return attribution(s, subject.mention(), v);
    }

    private QuoteAttribution attribution(Sentence s, Mention mention, int v) {
        List<Token> t = s.tokens();
        return new QuoteAttribution(mention, t.get(v).text(), t.get(v).start(), v, -1, s);
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
