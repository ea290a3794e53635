package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.CandidateWords.*;

/**
 * The sentence analysis every candidate rule shares: whether a speech verb is used as a verb, the extent of its cue,
 * the objects and datelines around it (the adverbials are {@link Adverbials}'). One per article pass; it reads the
 * pass's quotations.
 */
final class SentenceAnalysis {
    private final CandidateRun run;

    SentenceAnalysis(CandidateRun run) {
        this.run = run;
    }

    /** The first token after a dateline ("KYIV, Ukraine (AP) —"), or 0. */
    int skipDateline(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty() || !t.get(0).text().equals(t.get(0).text().toUpperCase(java.util.Locale.ROOT))
                || t.get(0).text().length() < 2) {
            return 0;
        }
        for (int i = 1; i < Math.min(t.size(), 10); i++) {
            String x = t.get(i).text();
            if (x.equals("\u2014") || x.equals("\u2013") || x.equals("-") && i > 2) {
                return Math.min(i + 1, t.size() - 1);
            }
            if (x.equals(":") && TranscriptTurnRule.isHeading(run.body.substring(s.span().start(), t.get(i).start()))) {
                return Math.min(i + 1, t.size() - 1); // "THE FACTS: The bridge cost …": a fact-check heading
            }
        }
        return 0;
    }

    /** Whether sentence {@code s} from token {@code k} is only "he said" with adverbials; its end or -1. */
    int attributionOnly(Sentence s, int k) {
        List<Token> t = s.tokens();
        for (int v = k; v < Math.min(t.size(), k + 8); v++) {
            if (run.lexicons.isSpeechVerb(t.get(v))) {
                int end = run.adverbials.skip(s, cueEnd(s, v) + 1);
                MentionParser.Parsed after = v == k ? run.parser.after(s, v + 1, run.body) : null;
                if (after != null) {
                    end = run.adverbials.skip(s, after.last() + 1);
                }
                while (end < t.size() && !t.get(end).isWord()) {
                    end++;
                }
                return end >= t.size() ? end : -1;
            }
        }
        return -1;
    }

    /** A lower-case word that can end a noun phrase: not a function word, adverb or verb form of a clause. */
    boolean isBareNoun(Token x) {
        String k = x.key();
        return x.isWord() && !x.isCapitalised() && !MentionParser.FUNCTION_CAPS.contains(k) && !AUXILIARIES.contains(k)
                && !SUBORDINATORS.contains(k) && !CONNECTIVES.contains(k) && !k.endsWith("ly") && !k.endsWith("ed")
                && !k.equals("that") && !k.equals("which") && !k.equals("who") && !k.equals("or") && !k.equals("nor");
    }

    /** "…, said regional head Oleg Varin.": a clause start {@code c} inside the inverted subject moves past it. */
    int pastInvertedSubject(Sentence s, int v, Mention mention, int c) {
        if (mention == null || mention.span().start() <= s.tokens().get(v).start()) {
            return c;
        }
        int last = s.tokenAt(mention.span().end() - 1);
        return c <= last ? last + 1 : c;
    }

    int skipObject(Sentence s, int c) {
        List<Token> t = s.tokens();
        if (c >= t.size()) {
            return c;
        }
        for (int i = c; i < Math.min(t.size(), c + 7); i++) {
            if (t.get(i).is("that") || i > c && WH_WORDS.contains(t.get(i).key())) {
                return i; // "told the council that …", "asked the minister how …"
            }
            if (!t.get(i).isWord()) {
                break;
            }
        }
        Token o = t.get(c);
        if (MentionParser.DETERMINERS.contains(o.key()) && c + 1 < t.size() && run.parser.isNameWord(t.get(c + 1))) {
            int named = skipObject(s, c + 1); // "told the Interfax news agency the talks …"
            boolean outlet = named > c + 2 && (MEDIA_NOUNS.contains(t.get(named - 1).key())
                    || OBJECT_NOUNS.contains(t.get(named - 1).key()));
            return outlet ? named : c;
        }
        if (o.isCapitalised() && !MentionParser.PRONOUNS.contains(o.key())) {
            int i = c;
            while (i < t.size() && (run.parser.isNameWord(t.get(i)) || t.get(i).is("of") || t.get(i).isWord()
                    && Character.isDigit(t.get(i).text().charAt(0)) || MentionParser.isPossessive(t.get(i)))) {
                i++;
            }
            for (int n = 0; n < 2 && i < t.size() && (MEDIA_NOUNS.contains(t.get(i).key())
                    || OBJECT_NOUNS.contains(t.get(i).key())); n++) {
                i++; // "the Interfax news agency"
            }
            return i;
        }
        if (OBJECT_PRONOUNS.contains(o.key()) && !MentionParser.DETERMINERS.contains(o.key())) {
            return c + 1;
        }
        return c;
    }

    /** Rejects speech verbs used as nouns or adjectives, passives and "is said to". */
    boolean isVerbUse(Sentence s, int v) {
        List<Token> t = s.tokens();
        Token verb = t.get(v);
        String vk = verb.key();
        if (catenativeHead(t, v) >= 0) {
            return true; // "went on to accuse"
        }
        if (v > 0) {
            Token p = t.get(v - 1);
            String pk = p.key();
            if (MentionParser.DETERMINERS.contains(pk) || NOUN_MARKERS.contains(pk)
                    || pk.endsWith("'s") && !PRONOUN_CONTRACTIONS.contains(pk) || p.text().equals("-") && p.end() == verb.start()
                    || run.lexicons.isSpeechVerb(p) && !pk.endsWith("ing")
                    && !p.is("said") || p.text().equals("(")) {
                return false;
            }
            int b = v - 1;
            while (b > 0 && (t.get(b).is("not") || t.get(b).is("n't") || t.get(b).is("never")
                    || t.get(b).key().endsWith("ly") && !t.get(b).isCapitalised())) {
                b--;
            }
            boolean passive = BE_FORMS.contains(t.get(b).key());
            if (passive && !vk.endsWith("ing")) {
                return false;
            }
        }
        if (v + 1 < s.tokens().size()) {
            Token n = t.get(v + 1);
            if (n.is("by") && !vk.endsWith("ing") || vk.equals("said") && n.is("to") && v + 2 < t.size()
                    && t.get(v + 2).is("be")) {
                return false;
            }
        }
        // "the deal announced Tuesday could only ...": a participle after a noun, its noun the modal's subject
        int after = v + 1;
        while (after < t.size() && after < v + 4 && (TIME_NOUNS.contains(t.get(after).key())
                || PLAIN_ADVERBS.contains(t.get(after).key()) && !t.get(after).isCapitalised())) {
            after++;
        }
        if (after < t.size() && MODALS.contains(t.get(after).key())) {
            return false;
        }
        // base forms and -s forms double as nouns: need a subject or a modal right before
        if (!vk.endsWith("ed") && !vk.endsWith("ing") && !SAFE_VERB_FORMS.contains(vk)) {
            if (v == 0) {
                return false;
            }
            String pk = t.get(v - 1).key();
            boolean supported = DO_SUPPORT.contains(pk); // "did say" reports; "could say", "will say" do not
            String pt = t.get(v - 1).key();
            boolean demonym = pt.endsWith("ian") || pt.endsWith("ese") || pt.endsWith("ish") || pt.endsWith("ean");
            boolean named = run.parser.isNameWord(t.get(v - 1)) && !MentionParser.isPossessive(t.get(v - 1)) && !demonym;
            // "officials say", "Russian authorities say": a plural source, whose verb has no -s
            boolean pluralSource = MentionWords.UNNAMED_HEADS.contains(pk) && (pk.endsWith("s") || pk.equals("people"));
            if (!supported && !named && !pluralSource) {
                return false;
            }
        }
        if (vk.endsWith("ing") && v > 0) {
            String pk = t.get(v - 1).key();
            if (!(t.get(v - 1).text().equals(",") || PARTICIPLE_CONTEXT.contains(pk) || pk.equals("from"))) {
                return false;
            }
        }
        return true;
    }

    /** "went on to accuse": the index of "went" before a speech verb's base form, else -1. */
    int catenativeHead(Sentence s, int v) {
        return catenativeHead(s.tokens(), v);
    }

    private static int catenativeHead(List<Token> t, int v) {
        if (v < 3 || !t.get(v - 1).is("to") || !t.get(v - 2).is("on")) {
            return -1;
        }
        String k = t.get(v - 3).key();
        return CATENATIVES.contains(k) ? v - 3 : -1;
    }

    int cueStart(List<Token> t, int v) {
        int head = catenativeHead(t, v);
        int i = head >= 0 ? head : v;
        while (i > 0 && CUE_PREFIX.contains(t.get(i - 1).key())) {
            i--;
        }
        return t.get(i).start();
    }

    /** The last token of the cue: the verb, "told reporters", "wrote on X", "warned of". */
    int cueEnd(Sentence s, int v) {
        List<Token> t = s.tokens();
        String vk = t.get(v).key();
        int e = v;
        if (TELL_VERBS.contains(vk)) {
            int o = skipObject(s, v + 1);
            if (o > v + 1 && o - 1 < t.size() && !t.get(o - 1).is("that")) {
                e = o - 1;
            }
        } else if (v + 2 < t.size() && t.get(v + 1).is("on") && PLATFORMS.contains(t.get(v + 2).key())) {
            e = v + 2;
            if (e + 1 < t.size() && (t.get(e + 1).is("media") || t.get(e + 1).is("social"))) {
                e++;
            }
        } else if (v + 1 < t.size() && t.get(v + 1).is("of") && vk.startsWith("warn")) {
            e = v + 1;
        }
        return Math.min(e, t.size() - 1);
    }

    boolean onlyConnectives(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!CONNECTIVES.contains(t.get(i).key())) {
                return false;
            }
        }
        return true;
    }

    int wordsBetween(List<Token> t, int from, int to) {
        int n = 0;
        for (int i = from; i < to && i < t.size(); i++) {
            if (t.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }
}
