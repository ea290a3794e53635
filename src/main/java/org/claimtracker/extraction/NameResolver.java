package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves the proper names of one article to speakers, the names cleaned first ({@link SpeakerName}) and compared
 * through {@link NameKeys}: a known alias or spelling, the article's full name for a surname, a name one letter away
 * from another person's in the article, or a new actor of the kind its words give (person, organisation, media, or a
 * group or place, which never speak). One instance per article and thread.
 */
final class NameResolver {

    private final ActorLexicon lexicon;
    private final List<Mention> names;
    private final Map<String, String> fullNameBySurname = new HashMap<>();
    private final Map<String, String> fullNameByFirstName = new HashMap<>();
    private final Map<String, Speaker> resolved = new HashMap<>();
    private List<String> personNames;
    private Map<String, ActorKind> kindHints;

    /** Plural common nouns that make a name a group of people, never one speaker ("Russian forces"). */
    private static final java.util.Set<String> GROUP_HEADS = java.util.Set.of("forces", "troops", "soldiers",
            "leaders", "officials", "countries", "nations", "allies", "partners", "governments", "militaries",
            "groups", "people", "citizens", "residents", "lawmakers", "authorities", "delegations", "sides");
    /** Last words that make a name an outlet: media report more than they speak. */
    private static final java.util.Set<String> MEDIA_HEADS = java.util.Set.of("news", "times", "post", "journal",
            "newspaper", "magazine", "broadcaster", "tv", "radio", "television", "novosti", "tass", "interfax",
            "reuters", "gazette", "tribune", "herald", "telegraph", "guardian");

    NameResolver(ActorLexicon lexicon, List<Mention> names) {
        this.lexicon = lexicon;
        this.names = names;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Mention m : names) {
            String name = m.name();
            if (!seen.add(name)) {
                continue;
            }
            String[] words = Names.words(name);
            if (words.length >= 2 && !name.contains(" and ") && lexicon.byName(name) == null
                    && guessKind(name) == ActorKind.PERSON
                    && !MentionParser.ORG_HEADS.contains(key(words[words.length - 1]))) {
                fullNameBySurname.putIfAbsent(key(words[words.length - 1]), name);
                fullNameByFirstName.putIfAbsent(key(words[0]), name);
            }
        }
    }

    private static String key(String word) {
        return Names.key(MentionParser.stripPossessive(word));
    }

    /**
     * The actor a proper name stands for, the name cleaned first ({@link SpeakerName}): a known alias or spelling of
     * one, the article's full name for a surname, a name one letter away from another person's in this article, or a
     * new actor. Spellings other than the actor's own are kept as its aliases.
     */
    Speaker resolve(String rawName) {
        String raw = rawName.strip();
        Speaker cached = resolved.get(raw);
        if (cached != null) {
            return cached;
        }
        SpeakerName cleaned = SpeakerName.of(raw);
        String name = cleaned.name().isBlank() ? MentionParser.stripPossessive(raw) : cleaned.name();
        Speaker same = resolved.get(name);
        if (same != null) {
            resolved.put(raw, same);
            return same;
        }
        Speaker s;
        if (name.contains(" and ")) {
            s = conjunction(name);
        } else {
            s = lookUp(name, cleaned);
            if (s.kind().speaks() && names(s).stream().noneMatch(n -> Names.key(n).equals(Names.key(name)))) {
                s = s.withAlias(name);
            }
        }
        resolved.put(raw, s);
        resolved.putIfAbsent(name, s);
        return s;
    }

    /** "the United States and Ukraine" issuing a joint statement is one voice; two people, or a group, are not. */
    private Speaker conjunction(String name) {
        List<String> parts = new ArrayList<>();
        boolean bodies = true;
        for (String p : name.split(" and ")) {
            Speaker part = resolve(p);
            parts.add(part.canonicalName());
            bodies &= part.kind() == ActorKind.COUNTRY || part.kind() == ActorKind.ORGANISATION;
        }
        return new Speaker(String.join(" and ", parts), bodies ? ActorKind.ORGANISATION : ActorKind.GROUP, List.of());
    }
    private Speaker lookUp(String name, SpeakerName cleaned) {
        ActorLexicon.KnownActor known = lexicon.byName(name);
        if (known == null && cleaned.possessor() != null) {
            known = byPossessor(cleaned);
        }
        if (known != null) {
            return known.speaker();
        }
        if (cleaned.possessor() != null) {
            ActorLexicon.KnownActor owner = lexicon.byName(cleaned.possessor());
            if (owner != null && owner.speaker().kind() == ActorKind.COUNTRY) {
                // "Kyiv's Ministry of Digital Affairs" and "Ukraine's ..." are one body: "... of Ukraine"
                String rest = cleaned.rest();
                return guessKind(rest) == ActorKind.ORGANISATION
                        ? new Speaker(rest + " of " + owner.speaker().canonicalName(), ActorKind.ORGANISATION, List.of())
                        : resolve(rest);
            }
        }
        String[] words = Names.words(name);
        String surname = key(words[words.length - 1]);
        String full = fullNameBySurname.get(surname);
        if (full != null && !full.equals(name) && full.endsWith(words[words.length - 1])) {
            ActorLexicon.KnownActor k = lexicon.byName(full);
            if (k != null) {
                return k.speaker();
            }
            k = lexicon.byName(surname);
            return k != null ? k.speaker() : new Speaker(full, ActorKind.PERSON, List.of());
        }
        String byFirst = words.length == 1 ? fullNameByFirstName.get(surname) : null;
        if (byFirst != null && lexicon.byName(surname) == null) {
            return resolve(byFirst);
        }
        ActorKind kind = kindOf(name, cleaned);
        if (words.length > 1 && kind == ActorKind.PERSON) {
            ActorLexicon.KnownActor k = lexicon.byName(surname);
            if (k != null && k.speaker().kind() == ActorKind.PERSON) {
                return k.speaker();
            }
        }
        if (kind == ActorKind.PERSON) {
            String near = personOneEditAway(name);
            if (near != null) {
                return resolve(near);
            }
        }
        return new Speaker(name, kind, List.of());
    }

    /** "Kyiv's Ministry of Foreign Affairs": the ministry of Ukraine, however the lexicon words it. */
    private ActorLexicon.KnownActor byPossessor(SpeakerName cleaned) {
        ActorLexicon.KnownActor owner = lexicon.byName(cleaned.possessor());
        if (owner == null || owner.speaker().kind() != ActorKind.COUNTRY) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        for (String country : names(owner.speaker())) {
            forms.add(country + "'s " + cleaned.rest());
            forms.add(cleaned.rest() + " of " + country);
        }
        for (String form : forms) {
            ActorLexicon.KnownActor k = lexicon.byName(form);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    private static List<String> names(Speaker s) {
        List<String> names = new ArrayList<>(s.aliases());
        names.add(0, s.canonicalName());
        return names;
    }

    /**
     * Another person's name in this article that {@code name} misspells by one letter ("Vikul" for "Oleksandr
     * Vilkul"): compared whole, or as a surname with the other's surname; null when there is none.
     */
    /** Each person name's folded key, worked out once per article: every new name is compared with them all. */
    private final Map<String, String> matchKeys = new HashMap<>();

    private String personOneEditAway(String name) {
        String key = NameKeys.matchKey(name);
        boolean single = !key.contains(" ");
        for (String other : personNames()) {
            if (other.equals(name)) {
                continue;
            }
            String otherMatch = matchKeys.computeIfAbsent(other, NameKeys::matchKey);
            String otherKey = single ? otherMatch.substring(otherMatch.lastIndexOf(' ') + 1) : otherMatch;
            boolean otherLonger = other.length() > name.length() || !single;
            if (NameKeys.withinOneEdit(key, otherKey) && otherLonger
                    && mentions(other) >= mentions(name)) {
                return other;
            }
        }
        return null;
    }

    /** The kinds the article's descriptors give its names ("the Herald newspaper": media); worked out once. */
    private Map<String, ActorKind> kindHints() {
        if (kindHints == null) {
            kindHints = new HashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Mention m : names) {
                if (!seen.add(m.name())) {
                    continue; // a name mentioned again gives the same hint
                }
                SpeakerName n = SpeakerName.of(m.name());
                if (n.kindHint() != null) {
                    kindHints.putIfAbsent(Names.key(n.name()), n.kindHint());
                }
            }
        }
        return kindHints;
    }

    /** The person-like names of this article's mentions, first mention first; worked out once. */
    private List<String> personNames() {
        if (personNames == null) {
            java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Mention m : names) {
                if (!seen.add(m.name())) {
                    continue;
                }
                String n = SpeakerName.of(m.name()).name();
                if (!n.isBlank() && !n.contains(" and ") && lexicon.byName(n) == null
                        && guessKind(n) == ActorKind.PERSON) {
                    out.add(n);
                }
            }
            personNames = List.copyOf(out);
        }
        return personNames;
    }

    private int mentions(String name) {
        int n = 0;
        for (Mention m : names) {
            if (m.name().contains(name)) {
                n++;
            }
        }
        return n;
    }

    /**
     * What a new name stands for: a place, a group ("Russian forces": a plural common noun), media (a descriptor
     * said so, a media head word, or a known outlet's name leading it: "BBC Verify"), else by {@link #guessKind}.
     */
    private ActorKind kindOf(String name, SpeakerName cleaned) {
        String[] words = Names.words(name);
        String last = words[words.length - 1];
        if (lexicon.isPlace(name)) {
            return ActorKind.PLACE;
        }
        if (Character.isLowerCase(last.charAt(0)) && GROUP_HEADS.contains(Names.key(last))) {
            return ActorKind.GROUP;
        }
        ActorKind hinted = cleaned.kindHint() != null ? cleaned.kindHint() : kindHints().get(Names.key(name));
        if (hinted != null) {
            return hinted;
        }
        ActorLexicon.KnownActor lead = words.length > 1 ? lexicon.byName(words[0]) : null;
        if (lead != null && lead.speaker().kind() == ActorKind.MEDIA || MEDIA_HEADS.contains(Names.key(last))) {
            return ActorKind.MEDIA;
        }
        return guessKind(name);
    }

    static ActorKind guessKind(String name) {
        String[] words = Names.words(name);
        String last = Names.key(words[words.length - 1]);
        if (MentionParser.ORG_HEADS.contains(last) || name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT))) {
            return ActorKind.ORGANISATION;
        }
        for (int i = 1; i < words.length - 1; i++) {
            // "Ministry of Digital Affairs", "Council of Europe": the head stands before "of"
            if (words[i].equals("of") && MentionParser.ORG_HEADS.contains(Names.key(words[i - 1]))
                    && words.length - i <= 4) { // not "House of Representatives Speaker Nancy Pelosi"
                return ActorKind.ORGANISATION;
            }
        }
        return ActorKind.PERSON;
    }
}
