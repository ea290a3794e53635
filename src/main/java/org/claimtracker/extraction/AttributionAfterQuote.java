package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.*;

/** "…,” he said" / "…,” said Ryabkov" / "“Is it fair?” Trump asked.": the attribution after a quotation. */
final class AttributionAfterQuote {
    private final CandidateRun run;

    AttributionAfterQuote(CandidateRun run) {
        this.run = run;
    }

    /** "…,” he said" / "…,” said Ryabkov" / "…,” he was quoted as saying": the attribution after a quotation. */
    QuoteAttribution attributionAfter(Quotation q, int qi) {
        if (!q.closed()) {
            return null;
        }
        Sentence s = run.text.sentenceAt(q.close());
        if (s == null) {
            return null;
        }
        List<Token> t = s.tokens();
        int qTok = s.tokenAt(q.open());
        if (qTok > 0 && qTok < t.size() && PREPOSITION_BEFORE_QUOTE.contains(t.get(qTok - 1).key()) && run.words(q) < 5) {
            return null; // "Speaking on “Fox News Sunday,” the envoy said …": a title in quotation marks
        }
        int k = s.tokenAt(q.close() + 1);
        int lower = k;
        char lastChar = run.body.charAt(q.last().end() - 1);
        if (k >= t.size()) {
            // "“Is it fair?” Trump asked." – the attribution is a sentence of its own
            Sentence next = s.index() + 1 < run.text.sentences().size() ? run.text.sentences().get(s.index() + 1) : null;
            if (next == null || next.paragraph() != s.paragraph() || next.tokens().size() > 10
                    || run.quoted.quotationAt(next.span().start()) != null) {
                return null;
            }
            s = next;
            t = s.tokens();
            k = 0;
            lower = 0;
            if (run.analysis.attributionOnly(s, 0) < 0) {
                return null;
            }
        }
        int punct = 0;
        while (k < t.size() && !t.get(k).isWord() && punct < 2 && ",.;:!?\u2014\u2013-".contains(t.get(k).text())) {
            k++;
            punct++;
        }
        lower = k;
        int nextQuoteIdx = qi + 1 < run.quotations.size() ? qi + 1 : -1;
        int stop = t.size();
        if (nextQuoteIdx >= 0) {
            int qs = s.tokenAt(run.quotations.get(nextQuoteIdx).open());
            stop = Math.min(stop, qs);
        }
        boolean sentenceBreak = (lastChar == '.' || lastChar == '\u2026') && k < t.size() && t.get(k).isCapitalised()
                && !MentionParser.PRONOUNS.contains(t.get(k).key());
        int limit = Math.min(stop, k + 14);
        int appositionOpen = -1;
        for (int v = k; v < limit; v++) {
            Token verb = t.get(v);
            if (!verb.isWord()) {
                if (verb.text().equals(",") && v > k) {
                    int close = appositionClose(t, v, stop);
                    if (close < 0) {
                        break;
                    }
                    // "“…,” spokesman, Dmitry Peskov, said" / "“…,” Peskov, the Kremlin spokesman, said"
                    appositionOpen = v;
                    v = close;
                    limit = Math.min(stop, close + 4);
                }
                continue;
            }
            if (verb.is("according") && v + 1 < t.size() && t.get(v + 1).is("to") && v == k) {
                MentionParser.Parsed p = run.parser.after(s, v + 2, run.body);
                if (p != null) {
                    return new QuoteAttribution(p.mention(), "according to", verb.start(), p.last(),
                            splitQuote(s, p.last() + 1, qi), s);
                }
                return null;
            }
            if (!run.lexicons.isSpeechVerb(verb) || run.claimedVerbs.contains(verb.start())) {
                continue;
            }
            Mention mention;
            int end;
            if (v == k) {
                MentionParser.Parsed p = run.parser.after(s, v + 1, run.body);
                if (p == null || verb.key().endsWith("ing") || p.mention().type() == Mention.Type.PRONOUN
                        && p.last() + 1 < t.size() && !(t.get(p.last() + 1).is(".") || t.get(p.last() + 1).is(","))) {
                    return null;
                }
                int rest = run.adverbials.skip(s, p.last() + 1);
                if (rest < t.size() && t.get(rest).isWord() && !t.get(rest).is("who")
                        && !t.get(rest).is("known") && !t.get(rest).is("in") && !t.get(rest).is("at")) {
                    return null; // "“Italian” said Russia was …": the name is the subject of a clause, not a speaker
                }
                mention = p.mention();
                end = p.last();
                if (rest + 2 < t.size() && t.get(rest).is("known") && t.get(rest + 1).is("as")) {
                    // "said the soldier known as Italian": the name he goes by speaks
                    MentionParser.Parsed known = run.parser.after(s, rest + 2, run.body);
                    if (known != null && known.mention().type() == Mention.Type.NAME) {
                        mention = known.mention();
                        end = known.last();
                    }
                }
            } else {
                MentionParser.Parsed p = run.parser.before(s, v, lower, run.body);
                if ((p == null || p.first() != lower) && appositionOpen > lower) {
                    p = farName(s, lower, appositionOpen, v);
                }
                Mention described = p == null && v - 2 == lower ? run.subjects.subject(s, v, lower) : null;
                if (described != null) {
                    mention = described; // "“…,” the company said.": the company the article named
                    end = v;
                } else if (p == null || p.first() != lower && !run.analysis.onlyConnectives(t, lower, p.first())) {
                    return null;
                } else {
                    mention = p.mention();
                    end = v;
                }
            }
            int cueEnd = run.analysis.cueEnd(s, v);
            end = Math.max(end, cueEnd);
            int next = run.adverbials.skip(s, end + 1);
            if (next < t.size() && t.get(next).is("that")) {
                return null; // "“…,” he acknowledged that …": the verb reports a clause of its own
            }
            if (sentenceBreak && run.analysis.attributionOnly(s, k) < 0) {
                return null;
            }
            String cue = run.body.substring(run.analysis.cueStart(t, v), t.get(cueEnd).end());
            return new QuoteAttribution(mention, cue, verb.start(), end, splitQuote(s, end + 1, qi), s);
        }
        return null;
    }

    /**
     * "“…,” the deputy chair of the assembly's budget committee, Marek Illo, told …": a long title the parser cannot
     * read, then the name between commas; the name speaks, and the phrase counts from the title's first word.
     */
    private MentionParser.Parsed farName(Sentence s, int lower, int open, int verb) {
        List<Token> t = s.tokens();
        int close = verb - 1;
        while (close > open && !t.get(close).is(",")) {
            close--;
        }
        if (close - open < 2) {
            return null;
        }
        MentionParser.Parsed name = run.parser.noun(s, close - 1, open + 1, run.body);
        if (name == null || name.first() != open + 1 || name.mention().type() != Mention.Type.NAME) {
            return null;
        }
        boolean title = false;
        for (int i = lower; i < open; i++) {
            title |= run.lexicons.isTitleWord(t.get(i).lower());
        }
        return title ? new MentionParser.Parsed(name.mention(), lower, name.last()) : null;
    }

    /**
     * When the comma at {@code comma} opens an apposition of a few words closed by a second comma that a speech
     * verb follows ("spokesman, Dmitry Peskov, said"), the index of that second comma, else -1.
     */
    int appositionClose(List<Token> t, int comma, int stop) {
        for (int j = comma + 1; j < Math.min(stop, comma + 14); j++) {
            Token x = t.get(j);
            if (x.text().equals(",")) {
                if (j == comma + 1) {
                    return -1;
                }
                int v = j + 1;
                while (v < stop && v < j + 3 && (t.get(v).is("also") || t.get(v).is("later") || t.get(v).is("then"))) {
                    v++;
                }
                return v < stop && run.lexicons.isSpeechVerb(t.get(v)) ? j : -1;
            }
            if (!x.isWord() && !x.text().equals(".") && !x.text().equals("'s") && !x.text().equals("\u2019s")
                    && !x.text().equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    /** When the quotation goes on right after its attribution ("“A,” he said, “B.”"), the index of its rest. */
    int splitQuote(Sentence s, int afterToken, int qi) {
        if (qi + 1 >= run.quotations.size()) {
            return -1;
        }
        Quotation next = run.quotations.get(qi + 1);
        Quotation q = run.quotations.get(qi);
        if (run.paragraphOf(next.open()) != run.paragraphOf(q.open()) || run.usedQuote.get(qi + 1)) {
            return -1;
        }
        List<Token> t = s.tokens();
        int i = afterToken;
        i = run.adverbials.skip(s, i);
        int punct = 0;
        while (i < t.size() && !t.get(i).isWord() && t.get(i).start() < next.open() && punct < 2) {
            i++;
            punct++;
        }
        int nextStart = i < t.size() ? t.get(i).start() : s.span().end();
        boolean adjacent = i < t.size() ? t.get(i).start() == next.open()
                : run.body.substring(s.span().end(), next.open()).isBlank();
        if (!adjacent || nextStart > next.open()) {
            return -1;
        }
        return hasOwnAttribution(next) ? -1 : qi + 1;
    }

    /** Whether a speech verb follows the quotation closely ("“B,” he added"). */
    boolean hasOwnAttribution(Quotation q) {
        if (!q.closed()) {
            return false;
        }
        Sentence s = run.text.sentenceAt(q.close());
        if (s == null) {
            return false;
        }
        List<Token> t = s.tokens();
        int k = s.tokenAt(q.close() + 1);
        for (int i = k; i < Math.min(t.size(), k + 5); i++) {
            if (run.lexicons.isSpeechVerb(t.get(i))) {
                return true;
            }
        }
        return false;
    }
}
