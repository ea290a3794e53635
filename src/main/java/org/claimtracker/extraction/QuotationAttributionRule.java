package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;

import org.claimtracker.extraction.Candidate.Origin;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * A quotation with its attribution after it ("“…,” he said", merging "“A,” he said, “B.”") or before it
 * ("Trump said: “…”"); a quotation led into by words of the same sentence is a MIXED report.
 */
final class QuotationAttributionRule implements CandidateRule {
    private final CandidateRun run;
    private final AttributionAfterQuote trailing;
    private final AttributionBeforeQuote leading;
    private final ColonQuoteAttribution colon;

    QuotationAttributionRule(CandidateRun run) {
        this.run = run;
        this.trailing = new AttributionAfterQuote(run);
        this.leading = new AttributionBeforeQuote(run);
        this.colon = new ColonQuoteAttribution(run);
    }

    @Override
    public void apply() {
        for (int qi = 0; qi < run.quotations.size(); qi++) {
            if (!run.usedQuote.get(qi)) {
                attributeQuotation(qi);
            }
        }
    }

    void attributeQuotation(int qi) {
        Quotation q = run.quotations.get(qi);
        if (q.single() && run.words(q) < 3) {
            return;
        }
        QuoteAttribution after = trailing.attributionAfter(q, qi);
        if (after != null) {
            List<TextSpan> parts = new ArrayList<>(run.trimmedParts(q));
            run.usedQuote.set(qi);
            if (after.nextQuote() >= 0) {
                Quotation q2 = run.quotations.get(after.nextQuote());
                parts.addAll(run.trimmedParts(q2));
                run.usedQuote.set(after.nextQuote());
            }
            run.claimedVerbs.add(after.verbStart());
            Sentence s = run.text.sentenceAt(after.verbStart());
            run.sentenceSubject.put(s.index(), after.mention());
            TextSpan lead = after.nextQuote() < 0 ? reportedLead(q) : null;
            if (lead != null) {
                // "Russia views efforts … as “a drawn-out process,” a Kremlin spokesman said": reported, quoting
                run.out.add(new Candidate(StatementKind.MIXED, List.of(lead), after.mention(), after.cue(),
                        Origin.QUOTE_AFTER, s.index(), s.paragraph()));
                return;
            }
            run.out.add(new Candidate(StatementKind.DIRECT, parts, after.mention(), after.cue(), Origin.QUOTE_AFTER,
                    s.index(), s.paragraph()));
            return;
        }
        QuoteAttribution before = leading.attributionBefore(q);
        if (before == null) {
            before = colon.attributionBefore(q);
        }
        if (before != null) {
            run.usedQuote.set(qi);
            run.claimedVerbs.add(before.verbStart());
            Sentence s = run.text.sentenceAt(before.verbStart());
            if (before.mention() != null) {
                run.sentenceSubject.put(s.index(), before.mention());
            }
            run.out.add(new Candidate(StatementKind.DIRECT, run.trimmedParts(q), before.mention(), before.cue(),
                    Origin.QUOTE_BEFORE, s.index(), s.paragraph()));
        }
    }

    /** When words of the same sentence lead into the quotation, the span from them through its closing mark. */
    TextSpan reportedLead(Quotation q) {
        Sentence s = run.text.sentenceAt(q.open());
        if (s == null) {
            return null;
        }
        int pi = run.quoted.firstQuotationFrom(s.span().start());
        if (pi < run.quotations.size() && run.quotations.get(pi).open() < q.open()) {
            return null;
        }
        List<Token> t = s.tokens();
        int start = run.analysis.skipDateline(s);
        int words = 0;
        for (int i = start; i < t.size() && t.get(i).start() < q.open(); i++) {
            if (t.get(i).isWord()) {
                words++;
            }
        }
        if (words < 3) {
            return null;
        }
        String lead = run.body.substring(t.get(start).start(), q.open()).stripTrailing();
        if (lead.endsWith(":") || lead.endsWith(",")) {
            return null;
        }
        int end = q.closed() ? q.close() + 1 : q.last().end();
        return new TextSpan(t.get(start).start(), end);
    }
}
