package org.claimtracker.extraction;

import java.util.List;
import java.util.Set;

import static org.claimtracker.extraction.MentionWords.*;

/**
 * Reads the speaker's noun phrase next to a speech verb: backwards from the verb through {@link SpeakerBeforeVerb}
 * (adverbs, asides, appositions, "who"), forwards as an inverted subject ("said Ryabkov"), and the noun phrases
 * themselves.
 */
final class MentionParser {

    /** A mention and the token range [first, last] it covers; {@code role} set when an apposition gave one. */
    record Parsed(Mention mention, int first, int last) {
    }

    static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Shared with the attribution stage (names and kinds of actors); the lists live in mention-words.txt. */
    static final Set<String> FUNCTION_CAPS = MentionWords.FUNCTION_CAPS;
    static final Set<String> ORG_HEADS = MentionWords.ORG_HEADS;

    private final Lexicons lexicons;
    private final NounPhraseClassifier classifier;
    private final SpeakerBeforeVerb speakerBefore;

    MentionParser(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.classifier = new NounPhraseClassifier(lexicons, this);
        this.speakerBefore = new SpeakerBeforeVerb(lexicons, this);
    }

    /** The speaker phrase ending before token {@code verb}, not reaching before {@code lowerBound}, or null. */
    Parsed before(Sentence s, int verb, int lowerBound, String body) {
        return speakerBefore.find(s, verb, lowerBound, body);
    }

    /** The noun phrase whose last token is {@code last}. */
    Parsed noun(Sentence s, int last, int lowerBound, String body) {
        List<Token> t = s.tokens();
        Token head = t.get(last);
        String hk = head.key();
        if (PRONOUNS.contains(hk)) {
            return new Parsed(new Mention(head.text(), span(head, head), Mention.Type.PRONOUN, null, null), last, last);
        }
        if (!head.isWord() || !(acceptsHead(head))) {
            return null;
        }
        int first = last;
        if (UNNAMED_HEADS.contains(hk)) {
            // "one presidential source", "two senior officials": plain adjectives belong to an unnamed source
            while (first - 1 >= lowerBound && last - first < 3 && t.get(first - 1).isWord()
                    && !t.get(first - 1).isCapitalised() && !PREPOSITIONS.contains(t.get(first - 1).key())
                    && !DETERMINERS.contains(t.get(first - 1).key()) && !PRONOUNS.contains(t.get(first - 1).key())
                    && !t.get(first - 1).is("and")) {
                first--;
            }
        }
        while (first - 1 >= lowerBound && last - first < 9) {
            Token p = t.get(first - 1);
            String k = p.key();
            if (DETERMINERS.contains(k) || isPossessivePronoun(k)) {
                first--;
                break;
            }
            if (p.isWord() && (isNameWord(p) || lexicons.isTitleWord(p.lower()) || isPossessive(p) || isHonorific(p)
                    || (k.equals("of") || k.equals("and") || k.equals("for")) && first - 2 >= lowerBound
                        && (t.get(first - 2).isCapitalised() || lexicons.isTitleWord(t.get(first - 2).lower()))
                        && (isNameWord(t.get(first)) || lexicons.isTitleWord(t.get(first).lower()))
                    || NAME_PARTICLES.contains(k))) {
                first--;
            } else {
                break;
            }
        }
        if (t.get(first).key().equals("and") || t.get(first).key().equals("of")) {
            first++;
        }
        // "Russia's point man for relations with the United States": the name is only a prepositional object
        int before = first - 1;
        boolean forBody = before >= lowerBound && t.get(before).is("for");
        if (before >= lowerBound && (t.get(before).is("from") || t.get(before).is("at") || forBody)
                && before - 1 >= lowerBound && lexicons.isTitleWord(t.get(before - 1).lower())) {
            // "a spokesperson from Kyiv's Ministry of Foreign Affairs", "a spokesman for the Kremlin": the body speaks
            // through its spokesperson ("an adviser for Ana Vos" is no body: "for" takes organisations only)
            Parsed body0 = classifier.classify(t, first, last, body);
            if (body0 != null && body0.mention().type() == Mention.Type.NAME && (!forBody || isBody(body0.mention()))) {
                int start = before - 1;
                while (start - 1 >= lowerBound && t.get(start - 1).isWord() && !PREPOSITIONS.contains(t.get(start - 1).key())
                        && before - start < 5) {
                    start--;
                    if (DETERMINERS.contains(t.get(start).key())) {
                        break;
                    }
                }
                Mention m = body0.mention();
                return new Parsed(new Mention(body.substring(t.get(start).start(), head.end()), span(t.get(start), head),
                        m.type(), m.name(), null), start, last);
            }
        }
        if (before >= lowerBound && PREPOSITIONS.contains(t.get(before).key()) && !t.get(before).isCapitalised()) {
            int start = -1;
            for (int f = before - 1; f >= lowerBound && before - f <= 10 && t.get(f).isWord(); f--) {
                start = f;
                String k = t.get(f).key();
                if (DETERMINERS.contains(k) || isPossessive(t.get(f)) || isPossessivePronoun(k)) {
                    break;
                }
            }
            int h = -1;
            for (int k = start; k >= 0 && k < before; k++) {
                if (PREPOSITIONS.contains(t.get(k).key()) && !t.get(k).isCapitalised()) {
                    break;
                }
                h = k;
            }
            if (h >= 0) {
                Parsed wider = classifier.classify(t, start, h, body);
                if (wider != null) {
                    Mention m = wider.mention();
                    return new Parsed(new Mention(body.substring(t.get(start).start(), head.end()),
                            span(t.get(start), head), m.type(), m.name(), m.role()), start, last);
                }
                return null;
            }
        }
        return classifier.classify(t, first, last, body);
    }

    /** Whether a name is an organisation or country: known as one, or ending in an organisation head. */
    private boolean isBody(Mention m) {
        ActorLexicon.KnownActor known = lexicons.actors().byName(m.name());
        if (known != null) {
            return known.speaker().kind() != ActorKind.PERSON;
        }
        String[] words = m.name().toLowerCase(java.util.Locale.ROOT).split(" ");
        return ORG_HEADS.contains(words[words.length - 1]);
    }

    /** The noun phrase of exactly tokens {@code [first, last]}, or null: one side of "Tal and Reyes". */
    Parsed phrase(Sentence s, int first, int last, String body) {
        return phrase(s.tokens(), first, last, body);
    }

    /** As {@link #phrase(Sentence, int, int, String)} over tokens of the caller's making ("the council" of "the council's"). */
    Parsed phrase(List<Token> t, int first, int last, String body) {
        return first > last ? null : classifier.classify(t, first, last, body);
    }

    /** The noun phrase starting at {@code first}, read forwards (an inverted subject: "said the Kremlin"). */
    Parsed after(Sentence s, int first, String body) {
        List<Token> t = s.tokens();
        if (first >= t.size()) {
            return null;
        }
        Token f = t.get(first);
        if (PRONOUNS.contains(f.key())) {
            boolean ends = first + 1 >= t.size() || !t.get(first + 1).isWord();
            return ends ? new Parsed(new Mention(f.text(), span(f, f), Mention.Type.PRONOUN, null, null), first, first)
                    : null;
        }
        int last = first - 1;
        int i = first;
        if (DETERMINERS.contains(f.key()) || isPossessivePronoun(f.key())) {
            i++;
        }
        while (i < t.size() && i - first < 10) {
            Token x = t.get(i);
            String k = x.key();
            if (x.isWord() && (isNameWord(x) || lexicons.isTitleWord(x.lower()) || NAME_PARTICLES.contains(k)
                    || UNNAMED_HEADS.contains(k) && !x.isCapitalised() || isHonorific(x) && i + 1 < t.size()
                        && isNameWord(t.get(i + 1)))) {
                last = i;
                i++;
                if (isPossessive(x) && i < t.size() && !lexicons.isTitleWord(t.get(i).lower())) {
                    break;
                }
            } else if ((k.equals("of") || k.equals("and")) && i + 1 < t.size() && (isNameWord(t.get(i + 1))
                        || k.equals("and") && i + 2 < t.size() && lexicons.isTitleWord(t.get(i + 1).lower())
                            && isNameWord(t.get(i + 2))) // "Mayor Tal and Governor Reyes"
                    && !(k.equals("and") && isPossessive(t.get(i + 1))) && last >= first) {
                i++;
            } else {
                break;
            }
        }
        if (last < first || !acceptsHead(t.get(last))) {
            return null;
        }
        return classifier.classify(t, first, last, body);
    }

    private boolean acceptsHead(Token head) {
        String k = head.key();
        return isNameWord(head) && !isPossessive(head) || lexicons.isTitleWord(head.lower())
                || UNNAMED_HEADS.contains(k) || ORG_HEADS.contains(k);
    }

    /** A capitalised word that can be part of a name: not a sentence-opening function word, month or weekday. */
    boolean isNameWord(Token t) {
        if (!t.isWord() || !t.isCapitalised() || t.isPartyTag()) {
            return false;
        }
        String k = t.key();
        if (k.endsWith("'s")) {
            k = k.substring(0, k.length() - 2);
        }
        return !FUNCTION_CAPS.contains(k.endsWith(".") ? k.substring(0, k.length() - 1) : k)
                && !lexicons.isTitleWord(k) || isAllCaps(t.text()) && t.text().length() > 1 && !k.equals("q");
    }

    private static boolean isAllCaps(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Mr.", "Ms", "Mrs.", "Dr.": a courtesy title before a surname ("Ms. Varga said"). */
    static boolean isHonorific(Token t) {
        String k = t.key();
        k = k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
        return t.isCapitalised() && HONORIFICS.contains(k);
    }

    static boolean isPossessive(Token t) {
        String k = t.key();
        return k.endsWith("'s") && t.isCapitalised();
    }

    static boolean isPossessivePronoun(String k) {
        return k.equals("his") || k.equals("her") || k.equals("their") || k.equals("its");
    }

    static String stripPossessive(String s) {
        return s.endsWith("'s") || s.endsWith("\u2019s") ? s.substring(0, s.length() - 2) : s;
    }

    static TextSpan span(Token a, Token b) {
        return new TextSpan(a.start(), b.end());
    }
}
