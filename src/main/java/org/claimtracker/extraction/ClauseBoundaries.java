package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import org.claimtracker.extraction.Lexicons.Frame;

import static org.claimtracker.extraction.CandidateWords.*;

/** Where a reported clause starts (after the verb, its addressee, adverbials, "that") and where it ends. */
final class ClauseBoundaries {
    /** No reported clause runs longer; it bounds the work per verb in run-on text. */
    static final int MAX_CLAUSE_TOKENS = 150;

    private final CandidateRun run;

    ClauseBoundaries(CandidateRun run) {
        this.run = run;
    }

    /** Where the reported clause starts: after the verb, its object when it is "told X", adverbials, "that". */
    int complementStart(Sentence s, int v, Frame frame) {
        List<Token> t = s.tokens();
        int c = v + 1;
        String vk = t.get(v).key();
        if (c < t.size() && t.get(c).is("of") && (vk.startsWith("warn") || vk.startsWith("spoke"))) {
            c++;
        }
        if (TELL_VERBS.contains(vk)) {
            c = run.analysis.skipObject(s, c);
        }
        c = run.adverbials.skip(s, c);
        if (c < t.size() && (t.get(c).text().equals(":") || t.get(c).text().equals(","))
                && c + 1 < t.size() && run.quoted.quotationAt(t.get(c + 1).start()) == null
                && !(t.get(c).text().equals(",") && GLOSS.contains(t.get(c + 1).key()))) {
            c = t.get(c).text().equals(",") ? afterAside(t, c + 1) : c + 1;
            c = run.adverbials.skip(s, c);
        }
        if (c < t.size() && t.get(c).is("that") && frame != Frame.OBJ) {
            c = afterMediaRelative(t, c + 1);
        } else if (c < t.size() && t.get(c).is("that") && c + 1 < t.size() && !t.get(c + 1).isWord()) {
            return c;
        } else if (c < t.size() && t.get(c).is("that")) {
            c++;
        }
        return c;
    }

    /** How many tokens a relative clause on the medium may have ("that aired on Sunday"). */
    private static final int MEDIA_RELATIVE_TOKENS = 5;

    /**
     * "said in an interview that aired Sunday that …": when the clause after the first "that" opens with a verb
     * (the interview aired, the post was deleted) and a second "that" follows within a few tokens, the reported
     * clause starts after that second "that"; else at {@code c}.
     */
    private int afterMediaRelative(List<Token> t, int c) {
        if (c < 2 || !MEDIA_NOUNS.contains(t.get(c - 2).key())) {
            // no "interview", "post" or the like before it: in "said that armed groups that …" the first "that"
            // opens the reported clause itself
            return c;
        }
        if (c >= t.size() || t.get(c).isCapitalised() || !t.get(c).isWord()
                || !(t.get(c).key().endsWith("ed") || t.get(c).is("was") || t.get(c).is("were") || t.get(c).is("ran"))) {
            return c;
        }
        for (int i = c + 1; i < t.size() && i <= c + MEDIA_RELATIVE_TOKENS; i++) {
            if (t.get(i).is("that") && i + 1 < t.size()) {
                return i + 1;
            }
            if (!t.get(i).isWord() || run.lexicons.isSpeechVerb(t.get(i))) {
                return c;
            }
        }
        return c;
    }

    /** How many words the writer's aside between a verb and its "that" may have ("claimed, without evidence, that"). */
    private static final int ASIDE_WORDS = 5;

    /**
     * "claimed, without evidence, that …": when a short aside after the verb's comma closes with ", that", the token
     * after that "that"; else {@code c}. The aside is the writer's, not what was said.
     */
    private int afterAside(List<Token> t, int c) {
        for (int i = c; i < t.size() - 1 && i <= c + ASIDE_WORDS; i++) {
            Token x = t.get(i);
            if (run.quoted.quotationAt(x.start()) != null || run.lexicons.isSpeechVerb(x)) {
                return c;
            }
            if (x.text().equals(",")) {
                return i > c && t.get(i + 1).is("that") ? i + 2 : c;
            }
        }
        return c;
    }

    /** Where the reported clause ends: sentence end, ";", or a gloss / the next coordinated speech verb. */
    int complementEnd(Sentence s, int c) {
        List<Token> t = s.tokens();
        int limit = Math.min(t.size(), c + MAX_CLAUSE_TOKENS);
        for (int i = c; i < limit; i++) {
            Token x = t.get(i);
            Quotation inside = run.quoted.quotationAt(x.start());
            if (inside != null) {
                boolean closing = inside.closed() && inside.close() == x.start()
                        && run.body.charAt(inside.last().end() - 1) == ',';
                if (closing && i + 2 < t.size() && (nextAttribution(s, i)
                        || MentionParser.PRONOUNS.contains(t.get(i + 1).key()) && run.lexicons.isSpeechVerb(t.get(i + 2)))) {
                    return i + 1; // "insisted that “we are making progress,” he acknowledged that …"
                }
                continue;
            }
            String k = x.key();
            if (k.equals(";")) {
                return i;
            }
            if (x.text().equals(",") && i + 1 < t.size()) {
                Token n = t.get(i + 1);
                if (n.is("which") || n.is("who") || n.is("where")) {
                    int close = -1;
                    for (int j = i + 2; j < t.size(); j++) {
                        if (t.get(j).text().equals(",")) {
                            close = j;
                            break;
                        }
                    }
                    if (close > 0 && close + 1 < t.size() && !t.get(close + 1).isCapitalised()) {
                        i = close; // a relative clause between commas: the reported clause goes on after it
                        continue;
                    }
                }
                if (GLOSS.contains(n.key()) && !(n.is("as") && i + 2 < t.size() && t.get(i + 2).is("well"))
                        || run.lexicons.isSpeechVerb(n) && n.key().endsWith("ing")
                        || (n.is("and") || n.is("but")) && i + 2 < t.size()
                            && (run.lexicons.isSpeechVerb(t.get(i + 2)) || t.get(i + 2).is("that")
                                || t.get(i + 2).is("also") || t.get(i + 2).is("then"))) {
                    return i;
                }
                if (n.is("the") && appendedNarration(t, i + 2)) {
                    return i; // "…, the clearest signal yet that …": the writer's comment on the clause
                }
                if (nextAttribution(s, i)) {
                    return i; // "the White House said X, the Kremlin declared Y": the next speaker's clause
                }
                if (t.size() - i <= 14 && trailingAttribution(s, i)) {
                    return i; // "…, US President Donald Trump has warned."
                }
                if (n.is("and") && i + 2 < t.size() && run.parser.isNameWord(t.get(i + 2))) {
                    return i; // ", and U.S. officials have had talks": a new clause of the narration
                }
                if (n.is("and")) {
                    for (int j = i + 2; j < Math.min(t.size(), i + 12); j++) {
                        if (run.lexicons.isSpeechVerb(t.get(j)) && run.quoted.quotationAt(t.get(j).start()) == null) {
                            return i; // ", and a spokesperson … said …": the next attribution's own clause
                        }
                    }
                }
                // an inner attribution: "any settlement, he said, must ..." ends this clause
                if (i + 2 < t.size() && run.lexicons.isSpeechVerb(t.get(i + 2))
                        && MentionParser.PRONOUNS.contains(n.key())) {
                    return i;
                }
            }
            if ((k.equals("and") || k.equals("but")) && i + 1 < t.size() && i > c
                    && (run.lexicons.isSpeechVerb(t.get(i + 1)) && !DIRECTIVE_VERBS.contains(t.get(i + 1).key())
                            && run.analysis.isVerbUse(s, i + 1)
                        || PhrasalCues.at(t, i + 1) != null)) {
                return i; // "… and warned …", "… and made it clear …": the next speech act
            }
            if (k.equals("while") && i > c && i + 1 < t.size() && run.lexicons.isSpeechVerb(t.get(i + 1))
                    && t.get(i + 1).key().endsWith("ing")) {
                return i; // "expressed support for the line while warning that …": a second speech act
            }
            boolean spacedHyphen = k.equals("-") && i > 0 && t.get(i - 1).end() < x.start();
            if ((k.equals("\u2014") || k.equals("\u2013") || spacedHyphen) && i > c) {
                int close = -1;
                for (int j = i + 1; j < limit; j++) {
                    if (t.get(j).text().equals(k)) {
                        close = j;
                        break;
                    }
                }
                if (close > 0 && close + 1 < t.size() && t.get(close + 1).isWord()) {
                    i = close; // "its demands - as set out by Putin - remained": a parenthetical
                    continue;
                }
                return i;
            }
        }
        return limit;
    }

    /** Adverbs in the auxiliaries list: after "and" they can still join two objects ("a truce and also talks"). */
    private static final Set<String> JOINING_ADVERBS = Set.of("also", "then", "again", "later");

    /**
     * Where a noun-phrase complement ends within {@code [c, end)}: before "and" and a verb of the subject's own
     * ("talked about the troops and has been driving the effort"), else {@code end}.
     */
    int objectEnd(Sentence s, int c, int end) {
        List<Token> t = s.tokens();
        for (int i = c + 1; i + 1 < end; i++) {
            Token next = t.get(i + 1);
            if (t.get(i).is("and") && AUXILIARIES.contains(next.key()) && !JOINING_ADVERBS.contains(next.key())
                    && run.quoted.quotationAt(t.get(i).start()) == null) {
                return t.get(i - 1).text().equals(",") ? i - 1 : i;
            }
        }
        return end;
    }

    /** Whether a noun of narration ("signal", "move") heads the few words from {@code from}, before any verb. */
    private boolean appendedNarration(List<Token> t, int from) {
        for (int j = from; j < Math.min(t.size(), from + 4) && t.get(j).isWord(); j++) {
            if (APPENDED_NOUNS.contains(t.get(j).key())) {
                return true;
            }
            if (run.lexicons.isSpeechVerb(t.get(j)) || AUXILIARIES.contains(t.get(j).key())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a new subject and its speech verb follow the comma at {@code comma} directly. */
    boolean nextAttribution(Sentence s, int comma) {
        List<Token> t = s.tokens();
        for (int j = comma + 2; j < Math.min(t.size(), comma + 9); j++) {
            if (run.lexicons.isSpeechVerb(t.get(j)) && run.quoted.quotationAt(t.get(j).start()) == null) {
                MentionParser.Parsed p = run.parser.before(s, j, comma + 1, run.body);
                return p != null && p.first() == comma + 1 && p.mention().type() != Mention.Type.PRONOUN
                        && j + 1 < t.size() && t.get(j + 1).isWord();
            }
        }
        return false;
    }

    /** Whether the words after the comma at {@code comma} are only an attribution ending the sentence. */
    boolean trailingAttribution(Sentence s, int comma) {
        List<Token> t = s.tokens();
        for (int v = comma + 1; v < t.size(); v++) {
            if (run.lexicons.isSpeechVerb(t.get(v))) {
                MentionParser.Parsed p = run.parser.before(s, v, comma + 1, run.body);
                int after;
                if (p != null && p.first() == comma + 1) {
                    after = run.adverbials.skip(s, run.analysis.cueEnd(s, v) + 1);
                } else if (v == comma + 1) {
                    MentionParser.Parsed a = run.parser.after(s, v + 1, run.body);
                    if (a == null) {
                        return false;
                    }
                    after = run.adverbials.skip(s, a.last() + 1);
                } else {
                    return false;
                }
                return run.analysis.wordsBetween(t, after, t.size()) == 0;
            }
        }
        return false;
    }
}
