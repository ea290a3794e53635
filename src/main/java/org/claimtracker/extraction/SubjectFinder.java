package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import static org.claimtracker.extraction.CandidateWords.*;

/** Finds the speaker (subject) of a speech verb: the phrase before it, inverted after it, or shared in the sentence. */
final class SubjectFinder {
    private final CandidateRun run;

    SubjectFinder(CandidateRun run) {
        this.run = run;
    }

    /** The speaker of the verb at {@code v}: the phrase before it, or after it when inverted. */
    Mention subject(Sentence s, int v, int lower) {
        Mention contracted = contractedPronoun(s, v, lower);
        if (contracted != null) {
            return contracted;
        }
        MentionParser.Parsed p = run.parser.before(s, v, lower, run.body);
        if (p != null) {
            return openingPossessorOr(s, p.mention());
        }
        List<Token> t = s.tokens();
        if (v >= 2 && v - 2 >= lower && t.get(v - 2).is("the") && !t.get(v - 1).isCapitalised()
                && MentionParser.ORG_HEADS.contains(t.get(v - 1).key())) {
            Mention named = bodyNamedBefore(s, t.get(v - 2), t.get(v - 1)); // "The company said": the one named
            if (named != null) {
                return named;
            }
        }
        // "..., said Ryabkov." inverted; "..., told Russian state TV." names whom it was told
        if (v > 0 && t.get(v - 1).text().equals(",") && !TELL_VERBS.contains(t.get(v).key())) {
            MentionParser.Parsed a = run.parser.after(s, v + 1, run.body);
            if (a != null && a.mention().type() != Mention.Type.PRONOUN) {
                int after = a.last() + 1;
                after = run.adverbials.skip(s, after);
                if (after >= t.size() || !t.get(after).isWord()) {
                    return a.mention();
                }
            }
        }
        return null;
    }

    /**
     * "In Governor Reyes's speech to the board, he set out her terms": for "he" or "she" right after the comma that
     * closes a sentence's opening prepositional phrase, the one person whose possessive name that phrase holds; else
     * {@code pronoun} itself (an opening that names nobody's, or two people's, leaves it to attribution).
     */
    /** How an opening phrase about someone's occasion begins ("In Reyes's speech", "During Tal's visit"). */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("in", "during", "at", "after",
            "before", "on", "throughout");

    private Mention openingPossessorOr(Sentence s, Mention pronoun) {
        if (pronoun.type() != Mention.Type.PRONOUN
                || !pronoun.text().equalsIgnoreCase("he") && !pronoun.text().equalsIgnoreCase("she")) {
            return pronoun;
        }
        List<Token> t = s.tokens();
        int at = s.tokenAt(pronoun.span().start());
        if (at < 3 || !t.get(at - 1).text().equals(",") || !OPENING_PREPOSITIONS.contains(t.get(0).key())) {
            return pronoun; // "Reiterating Ukraine's commitment, he added": no one's speech or visit
        }
        Mention owner = null;
        for (int i = 1; i < at - 1; i++) {
            if (t.get(i).text().equals(",")) {
                return pronoun; // more than one opening phrase: no telling whose
            }
            Mention m = MentionParser.isPossessive(t.get(i)) ? possessor(s, i) : null;
            if (m == null) {
                continue;
            }
            ActorLexicon.KnownActor known = m.name() == null ? null : run.lexicons.actors().byName(m.name());
            if (m.type() != Mention.Type.NAME || owner != null
                    || known != null && known.speaker().kind() != ActorKind.PERSON) {
                return pronoun;
            }
            owner = m;
        }
        return owner == null ? pronoun : owner;
    }

    /**
     * Who the possessive at token {@code p} names ("Minister Jund's", "the council's"), as a mention without its
     * "'s", or null when it names nobody.
     */
    Mention possessor(Sentence s, int p) {
        List<Token> t = s.tokens();
        Token owner = t.get(p);
        if (!owner.key().endsWith("'s") || owner.text().length() < 3) {
            return null;
        }
        int first = p;
        while (first > 0 && first > p - 6 && (run.parser.isNameWord(t.get(first - 1))
                || t.get(first - 1).isWord() && run.lexicons.isTitleWord(t.get(first - 1).lower()))) {
            first--;
        }
        if (first > 0 && MentionParser.DETERMINERS.contains(t.get(first - 1).key())) {
            first--;
        }
        List<Token> phrase = new java.util.ArrayList<>(t.subList(first, p));
        phrase.add(Token.of(owner.text().substring(0, owner.text().length() - 2), owner.start(), owner.end() - 2));
        MentionParser.Parsed parsed = run.parser.phrase(phrase, 0, phrase.size() - 1, run.body);
        if (parsed == null && phrase.size() == 2 && phrase.get(0).is("the")
                && MentionParser.ORG_HEADS.contains(phrase.get(1).key())) {
            return bodyNamedBefore(s, phrase.get(0), phrase.get(1)); // "the council's": the council named before
        }
        return parsed == null ? null : parsed.mention();
    }

    /** How far back "the council" looks for the council the article named. */
    private static final int BODY_LOOK_BACK = 30;

    /**
     * "the council" as the latest body the article named with that head ("the Harbour Council"), within a few
     * sentences before {@code s}; null when none.
     */
    private Mention bodyNamedBefore(Sentence s, Token determiner, Token head) {
        List<Sentence> all = run.text.sentences();
        for (int k = s.index(); k >= 0 && k >= s.index() - BODY_LOOK_BACK; k--) {
            List<Token> t = all.get(k).tokens();
            for (int i = t.size() - 1; i > 0; i--) {
                Token x = t.get(i);
                if (x.isCapitalised() && MentionParser.stripPossessive(x.key()).equals(head.key())
                        && x.start() < head.start() && run.parser.isNameWord(t.get(i - 1))) {
                    int first = i - 1;
                    while (first > 0 && run.parser.isNameWord(t.get(first - 1)) && !MentionParser.isPossessive(t.get(first - 1))) {
                        first--;
                    }
                    String name = MentionParser.stripPossessive(run.body.substring(t.get(first).start(), x.end()));
                    return new Mention(run.body.substring(determiner.start(), head.end()),
                            new TextSpan(determiner.start(), head.end()), Mention.Type.NAME, name, null);
                }
            }
        }
        return null;
    }

    /** "He's argued", "they've long said": the pronoun of a contracted auxiliary right before the verb, or null. */
    private Mention contractedPronoun(Sentence s, int v, int lower) {
        List<Token> t = s.tokens();
        int i = v - 1;
        while (i > lower && (PLAIN_ADVERBS.contains(t.get(i).key()) || t.get(i).key().endsWith("ly")
                || t.get(i).is("long"))) { // "she's long said"
            i--;
        }
        if (i < lower || i < 0 || !PRONOUN_CONTRACTIONS.contains(t.get(i).key())) {
            return null;
        }
        Token x = t.get(i);
        int apostrophe = Math.max(x.text().indexOf('\''), x.text().indexOf('\u2019'));
        String pronoun = x.text().substring(0, apostrophe);
        return new Mention(pronoun, new TextSpan(x.start(), x.start() + apostrophe), Mention.Type.PRONOUN, null, null);
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
