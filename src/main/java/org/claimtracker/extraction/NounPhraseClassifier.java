package org.claimtracker.extraction;

import java.util.List;

import static org.claimtracker.extraction.MentionWords.*;

/**
 * Decides what a noun phrase found by {@link MentionParser} names: an unnamed source ("two senior officials"), an
 * organisation ("the Defence Ministry"), a person with the role written before the name ("Deputy Foreign Minister
 * Sergei Ryabkov"), or a title alone ("the Kremlin spokesman").
 */
final class NounPhraseClassifier {

    private final Lexicons lexicons;
    private final MentionParser parser;

    NounPhraseClassifier(Lexicons lexicons, MentionParser parser) {
        this.lexicons = lexicons;
        this.parser = parser;
    }

    /**
     * The role in tokens [f, n) before a name: from after the last "and" ("Trump and Ukrainian President Zelensky"
     * gives Zelensky's role only), ending on a title word that is a head ("then", "state of", "the presidential" are no
     * roles); null when there is none.
     */
    private String roleBefore(List<Token> t, int f, int n, String body) {
        int from = f;
        for (int k = f; k < n; k++) {
            if (t.get(k).is("and")) {
                from = k + 1;
            }
        }
        int end = n - 1;
        while (end > from && !t.get(end).isWord()) {
            end--; // "Gov." split from its dot
        }
        if (from > end) {
            return null;
        }
        int head = end;
        for (int k = from + 1; k < end; k++) {
            if (t.get(k).is("of")) {
                head = k - 1; // "Minister of Strategic Industries": the head comes before "of"
                break;
            }
        }
        String w = t.get(head).lower();
        String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
        if (t.get(end).is("of") || !(lexicons.isTitleWord(w) || lexicons.isTitleWord(bare))
                || TITLE_MODIFIERS.contains(bare)) {
            return null;
        }
        return body.substring(t.get(from).start(), t.get(n - 1).end());
    }

    MentionParser.Parsed classify(List<Token> t, int first, int last, String body) {
        int f = first;
        while (f <= last && (MentionParser.DETERMINERS.contains(t.get(f).key())
                || MentionParser.isPossessivePronoun(t.get(f).key()))) {
            f++;
        }
        if (f > last) {
            return null;
        }
        Token head = t.get(last);
        String text = body.substring(t.get(first).start(), head.end());
        TextSpan span = MentionParser.span(t.get(first), head);
        String hk = head.key();
        Speaker state = stateBody(t, f, last);
        if (state != null) {
            // "US authorities", "the Russian government": the country's government speaking, a body, not a group
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.NAME, state.canonicalName(), null),
                    first, last);
        }
        if (UNNAMED_HEADS.contains(hk) && (!head.isCapitalised() || f == last)) {
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.UNNAMED, null, null), first, last);
        }
        int of = -1;
        for (int k = f + 1; k < last; k++) {
            if (t.get(k).is("of")) {
                of = k;
                break;
            }
        }
        if (of > f && !ORG_HEADS.contains(t.get(of - 1).key()) && parser.isNameWord(t.get(of - 1))) {
            // "President Volodymyr Zelensky of Ukraine": the person, not the country
            MentionParser.Parsed p = classify(t, first, of - 1, body);
            return p == null ? null : new MentionParser.Parsed(new Mention(text, span, p.mention().type(), p.mention().name(),
                    p.mention().role()), first, last);
        }
        if (of > f && lexicons.isTitleWord(t.get(of - 1).lower()) && !ORG_HEADS.contains(t.get(of - 1).key())
                && last - of <= 2 && lexicons.actors().byName(MentionParser.stripPossessive(head.text())) != null
                && lexicons.actors().byName(MentionParser.stripPossessive(head.text())).speaker().kind() != ActorKind.PERSON) {
            // "the President of Ukraine": a role, resolved like "the Ukrainian president"
            String role = body.substring(t.get(f).start(), head.end());
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.TITLE, null, role),
                    first, last);
        }
        if (of > f && ORG_HEADS.contains(t.get(of - 1).key())) {
            int o = f;
            while (o < of - 1 && !t.get(o).isCapitalised()) {
                o++;
            }
            String name = body.substring(t.get(o).start(), head.end());
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.NAME, name, null),
                    first, last);
        }
        if (ORG_HEADS.contains(hk) && (head.isCapitalised() || hasCapitalised(t, f, last))) {
            int nameEnd = last;
            if (!head.isCapitalised() && MEDIA_HEADS.contains(hk) && last - 1 >= f && t.get(last - 1).isCapitalised()) {
                nameEnd = last - 1; // "The Economist newspaper": the outlet is "Economist"
            }
            String name = MentionParser.stripPossessive(body.substring(t.get(f).start(), t.get(nameEnd).end()));
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.NAME, name, null),
                    first, last);
        }
        if (parser.isNameWord(head)) {
            int n = last;
            while (n - 1 >= f && (parser.isNameWord(t.get(n - 1)) && !MentionParser.isPossessive(t.get(n - 1))
                    || NAME_PARTICLES.contains(t.get(n - 1).key())
                    || t.get(n - 1).is("and") && n - 2 >= f && parser.isNameWord(t.get(n - 2)))) {
                n--;
            }
            if (t.get(n).is("and")) {
                n++;
            }
            if (last - n >= 2 && n - 1 >= f && t.get(n - 1).is("of")) {
                n = last - 1; // "Minister of Strategic Industries Yuriy Sak": a person's name is its last two words
            } else if (last - n >= 2 && hasOf(t, f, n)) {
                n = last - 1;
            }
            String name = MentionParser.stripPossessive(body.substring(t.get(n).start(), head.end()));
            String role = n > f ? body.substring(t.get(f).start(), t.get(n - 1).end()) : null;
            if (role != null && !hasTitleWord(t, f, n - 1)) {
                role = null;
            }
            if (role != null) {
                role = roleBefore(t, f, n, body);
            }
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.NAME, name, role), first, last);
        }
        if (lexicons.isTitleWord(head.lower()) && (!TITLE_MODIFIERS.contains(hk) || of > f)) {
            String role = body.substring(t.get(f).start(), head.end());
            return new MentionParser.Parsed(new Mention(text, span, Mention.Type.TITLE, null, role),
                    first, last);
        }
        return null;
    }

    /** The country whose government [f, last] names: one country word or adjective before a state-body head. */
    private Speaker stateBody(List<Token> t, int f, int last) {
        if (last != f + 1 || !STATE_BODY_HEADS.contains(t.get(last).key()) || !t.get(f).isCapitalised()) {
            return null;
        }
        String word = MentionParser.stripPossessive(t.get(f).text());
        ActorLexicon.KnownActor country = lexicons.actors().byName(word);
        if (country == null || country.speaker().kind() != ActorKind.COUNTRY) {
            country = lexicons.actors().countryOfAdjective(word);
        }
        return country == null || country.speaker().kind() != ActorKind.COUNTRY ? null : country.speaker();
    }

    private static boolean hasOf(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is("of")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapitalised(List<Token> t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    private boolean hasTitleWord(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (lexicons.isTitleWord(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
