package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.*;

/** "Zelensky wrote, “…”" / "Trump said: “…”": the attribution before a quotation ending its sentence. */
final class AttributionBeforeQuote {
    private final CandidateRun run;

    AttributionBeforeQuote(CandidateRun run) {
        this.run = run;
    }

    /** "Zelensky wrote, “…”" / "Trump said: “…”": the attribution before a quotation ending its sentence. */
    QuoteAttribution attributionBefore(Quotation q) {
        Sentence s = run.text.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        List<Token> t = s.tokens();
        int qTok = s.tokenAt(q.open());
        // the quotation must end the sentence
        int afterQ = s.tokenAt(q.outerEnd());
        for (int i = afterQ; i < t.size(); i++) {
            if (t.get(i).isWord()) {
                return null;
            }
        }
        int lower = 0;
        Quotation prev = null;
        int pi = run.quoted.firstQuotationFrom(s.span().start());
        while (pi < run.quotations.size() && run.quotations.get(pi).open() < q.open()) {
            prev = run.quotations.get(pi);
            pi++;
        }
        if (prev != null) {
            lower = s.tokenAt(prev.outerEnd());
        }
        int j = qTok - 1;
        if (j >= lower && (t.get(j).text().equals(":") || t.get(j).text().equals(","))) {
            j--;
        }
        if (j >= lower && t.get(j).is("that")) {
            j--;
        }
        for (int v = j; v >= lower && j - v < 7; v--) {
            Token verb = t.get(v);
            if (!verb.isWord()) {
                return null;
            }
            if (run.lexicons.isSpeechVerb(verb) && !run.claimedVerbs.contains(verb.start()) && run.analysis.isVerbUse(s, v)) {
                if (qTok > 0 && PREPOSITION_BEFORE_QUOTE.contains(t.get(qTok - 1).key()) && run.words(q) < 5) {
                    return null; // "said on “Fox News Sunday”": a title in quotation marks
                }
                Mention mention = run.subjects.subject(s, v, lower);
                if (mention == null) {
                    return null;
                }
                int cueLast = Math.max(v, Math.min(j, run.analysis.cueEnd(s, v)));
                String cue = run.body.substring(run.analysis.cueStart(t, v), t.get(cueLast).end());
                return new QuoteAttribution(mention, cue, verb.start(), v, -1, s);
            }
            if (!(verb.isCapitalised() || MEDIA_NOUNS.contains(verb.key()) || PLATFORMS.contains(verb.key())
                    || OBJECT_PRONOUNS.contains(verb.key()) || MentionParser.DETERMINERS.contains(verb.key())
                    || verb.is("on") || verb.is("in") || verb.is("to") || verb.is("at") || verb.is("with")
                    || verb.is("media") || verb.is("news"))) {
                return null;
            }
        }
        return null;
    }
}
