package org.claimtracker.extraction;

import java.util.List;

import org.claimtracker.extraction.MentionParser.Parsed;

import static org.claimtracker.extraction.MentionParser.DETERMINERS;
import static org.claimtracker.extraction.MentionWords.*;

/**
 * The speaker phrase that ends before a speech verb, read backwards: over adverbs and time phrases ("on Sunday"), a
 * short bracketed aside ("(R-Texas)"), an apposition between commas ("Peskov, the Kremlin spokesman, said") and a
 * relative pronoun ("Trump, who has said"). {@link MentionParser} reads the noun phrases themselves.
 */
final class SpeakerBeforeVerb {

    private final Lexicons lexicons;
    private final MentionParser parser;

    SpeakerBeforeVerb(Lexicons lexicons, MentionParser parser) {
        this.lexicons = lexicons;
        this.parser = parser;
    }

    /** The speaker phrase ending before token {@code verb}, not reaching before {@code lowerBound}, or null. */
    Parsed find(Sentence s, int verb, int lowerBound, String body) {
        List<Token> t = s.tokens();
        int i = verb - 1;
        if (i - 1 >= lowerBound && t.get(i).is("as") && t.get(i - 1).is("quoted")) {
            i -= 2; // "was quoted as saying"
        }
        boolean afterTime = false;
        while (i >= lowerBound) {
            String k = t.get(i).key();
            boolean dayOfMay = k.equals("may") && t.get(i).isCapitalised() && i - 1 >= lowerBound
                    && Character.isDigit(t.get(i - 1).key().charAt(0));
            if (TIME_HEADS.contains(k) || dayOfMay || afterTime && (TIME_WORDS.contains(k)
                    || Character.isDigit(k.charAt(0)) || k.equals("on"))) {
                // "who on 26 May said": a date between the subject and its verb
                afterTime = true;
                i--;
            } else if ((ADVERBS.contains(k) || k.endsWith("ly") && k.length() > 4 && t.get(i).isWord())
                    && !t.get(i).isCapitalised()) {
                afterTime = false;
                i--;
            } else {
                break;
            }
        }
        if (i < lowerBound) {
            return null;
        }
        i = beforeBrackets(t, i, lowerBound);
        if (i < lowerBound) {
            return null;
        }
        // "a source familiar with the talks said": the speaker stands before the "familiar with" phrase
        for (int j = i; j >= lowerBound && j > i - 7; j--) {
            if (t.get(j).is("familiar") && j + 1 <= i && t.get(j + 1).is("with") && j - 1 >= lowerBound) {
                i = j - 1;
                break;
            }
        }
        Token tok = t.get(i);
        if (tok.is("who") || tok.is("which")) {
            boolean personAside = tok.is("who") && i - 1 >= lowerBound && t.get(i - 1).text().equals(",");
            i--;
            if (i >= lowerBound && t.get(i).text().equals(",")) {
                i--;
            }
            if (i < lowerBound) {
                return null;
            }
            return personAside ? antecedent(s, i, lowerBound, body) : parser.noun(s, i, lowerBound, body);
        }
        if (tok.text().equals(",") || isDash(tok)) {
            boolean dash = isDash(tok);
            for (int j = i - 1; j >= lowerBound && j >= i - 40; j--) {
                Token x = t.get(j);
                if (x.text().equals(".") || x.text().equals(";") || x.text().equals("\u201d") || x.text().equals("\u201c")
                        || x.text().equals("\"")) {
                    return null;
                }
                if (dash ? !isDash(x) : !x.text().equals(",")) {
                    continue;
                }
                Parsed head = j - 1 >= lowerBound ? parser.noun(s, j - 1, lowerBound, body) : null;
                if (head == null) {
                    if (dash) {
                        return null;
                    }
                    continue;
                }
                Mention m = head.mention();
                Parsed inner = j + 1 < i ? parser.noun(s, i - 1, j + 1, body) : null;
                if (m.type() == Mention.Type.TITLE && inner != null && inner.first() == j + 1
                        && inner.mention().type() == Mention.Type.NAME) {
                    // "Ukraine's former minister of economy, Tymofiy Mylovanov, said"
                    Mention n = inner.mention();
                    // the phrase covers the title too: the words before the attribution end before it
                    return new Parsed(new Mention(n.text(), n.span(), n.type(), n.name(),
                            n.role() != null ? n.role() : m.role()), head.first(), inner.last());
                }
                String role = appositionRole(t, j + 1, i, body);
                if (role != null && m.type() == Mention.Type.NAME && m.role() == null) {
                    m = new Mention(m.text(), m.span(), m.type(), m.name(), role);
                }
                return new Parsed(m, head.first(), head.last());
            }
            return null;
        }
        return knownAs(t, parser.noun(s, i, lowerBound, body), lowerBound);
    }

    /** How many words the antecedent of ", who" may stand after its preposition ("from Mayor Ana Tal, who"). */
    private static final int ANTECEDENT_WORDS = 6;

    /**
     * The noun phrase ", who" refers back to, ending at {@code last}. Where the phrase is a prepositional object, the
     * phrase around it speaks when it names someone ("Russia's point man for relations with the US, who said"), else
     * the object itself ("criticism from Mayor Tal, who said", "remarks by Trump, who said"). A relative without
     * the comma ("lawmakers who maintain contacts") restricts its noun rather than naming a speaker aside.
     */
    private Parsed antecedent(Sentence s, int last, int lowerBound, String body) {
        Parsed around = parser.noun(s, last, lowerBound, body);
        if (around != null) {
            return around;
        }
        List<Token> t = s.tokens();
        for (int p = last - 1; p > lowerBound && p >= last - ANTECEDENT_WORDS && t.get(p).isWord(); p--) {
            if (PREPOSITIONS.contains(t.get(p).key()) && !t.get(p).isCapitalised()) {
                return parser.noun(s, last, p + 1, body);
            }
        }
        return null;
    }

    /** How many tokens a bracketed aside between a name and its verb may hold: "(R-Texas)", "(ISW)". */
    private static final int ASIDE_TOKENS = 6;

    /**
     * The token before a short bracketed aside that ends at {@code i} ("Sen. John Harlow (R-Texas) said", "the
     * Institute for the Study of War (ISW) said"), or {@code i} itself when none ends there.
     */
    private static int beforeBrackets(List<Token> t, int i, int lowerBound) {
        if (!t.get(i).text().equals(")")) {
            return i;
        }
        for (int j = i - 1; j >= lowerBound && j >= i - ASIDE_TOKENS - 1; j--) {
            String x = t.get(j).text();
            if (x.equals("(")) {
                return j - 1;
            }
            if (x.equals(")") || x.equals(",") || x.equals(".")) {
                break;
            }
        }
        return i;
    }

    /** "the blog known as Rybar said": the name speaks, and the phrase reaches back to its determiner. */
    private static Parsed knownAs(List<Token> t, Parsed name, int lowerBound) {
        if (name == null || name.first() - 3 < lowerBound || !t.get(name.first() - 1).is("as")
                || !t.get(name.first() - 2).is("known")) {
            return name;
        }
        int g = name.first() - 3;
        while (g > lowerBound && name.first() - 3 - g < 4 && t.get(g).isWord() && !DETERMINERS.contains(t.get(g).key())) {
            g--;
        }
        return DETERMINERS.contains(t.get(g).key()) ? new Parsed(name.mention(), g, name.last()) : name;
    }

    private static boolean isDash(Token t) {
        return t.text().equals("-") || t.text().equals("\u2013") || t.text().equals("\u2014");
    }

    /** "the Kremlin spokesman" between commas: the role it gives, or null when it is not a role. */
    private String appositionRole(List<Token> t, int from, int to, String body) {
        if (from >= to) {
            return null;
        }
        int f = from;
        if (DETERMINERS.contains(t.get(f).key())) {
            f++;
        }
        if (f >= to || to - f > 8) {
            return null;
        }
        boolean title = false;
        for (int k = f; k < to; k++) {
            Token x = t.get(k);
            if (!x.isWord()) {
                return null;
            }
            title |= lexicons.isTitleWord(x.lower());
        }
        return title && lexicons.isTitleWord(t.get(to - 1).lower())
                ? body.substring(t.get(f).start(), t.get(to - 1).end()) : null;
    }
}
