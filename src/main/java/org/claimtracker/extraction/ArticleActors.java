package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one article says about its actors, for the attribution rules: the full names behind its surnames, the roles
 * it gives, the speakers decided so far (in text order, for pronouns and follow-on quotations). One instance per
 * article and thread.
 */
final class ArticleActors {

    /** A role stated in the article, resolved to its actor. */
    record StatedRole(Speaker speaker, String role, String key, TextSpan span) {
    }

    /** How many decided statements the backward looks consider: a pronoun never reaches further. */
    private static final int LOOK_BACK = 60;

    private final ActorLexicon lexicon;
    private final Map<String, String> fullNameBySurname = new HashMap<>();
    private final Map<String, String> fullNameByFirstName = new HashMap<>();
    private final Map<String, Speaker> resolved = new HashMap<>();
    private final List<StatedRole> roles = new ArrayList<>();
    private final List<Mention> names;
    private final List<AttributedStatement> decided = new ArrayList<>();

    private final List<Sentence> sentences;
    private java.util.Set<String> namesInside;
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

    ArticleActors(ActorLexicon lexicon, List<Mention> names, List<Sentence> sentences) {
        this.lexicon = lexicon;
        this.sentences = sentences;
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
        for (Mention m : names) {
            if (m.role() != null) {
                Speaker s = resolve(m.name());
                if (s.kind().speaks()) {
                    roles.add(new StatedRole(s, m.role(), Roles.key(m.role()), m.span()));
                }
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

    /**
     * The speaker to record for a decided statement: null for a group or place, and for two bodies "accusing each
     * other", which is two voices, not a joint one.
     */
    Speaker speaking(Speaker s, Candidate c) {
        if (s == null || !s.kind().speaks()) {
            return null;
        }
        if (s.canonicalName().contains(" and ")) {
            String opening = sentences.isEmpty() || c.sentence() >= sentences.size() ? "" : openingWords(c);
            if (opening.startsWith("each other") || opening.startsWith("one another")) {
                return null;
            }
        }
        return s;
    }

    private String openingWords(Candidate c) {
        StringBuilder words = new StringBuilder();
        for (Token t : sentences.get(c.sentence()).tokens()) {
            if (t.start() >= c.start() && words.length() < 30) {
                words.append(t.key()).append(' ');
            }
        }
        return words.toString();
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
    private String personOneEditAway(String name) {
        String key = NameKeys.matchKey(name);
        boolean single = !key.contains(" ");
        for (String other : personNames()) {
            if (other.equals(name)) {
                continue;
            }
            String otherKey = single ? NameKeys.surnameKey(other) : NameKeys.matchKey(other);
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
            for (Mention m : names) {
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
            for (Mention m : names) {
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

    /** The actor holding {@code role} per this article: the latest stated before {@code offset}, else the next. */
    Speaker byStatedRole(String role, int offset) {
        String key = Roles.key(role);
        String head = Roles.head(role);
        int split = 0;
        while (split < roles.size() && roles.get(split).span().start() < offset) {
            split++;
        }
        for (int i = split - 1; i >= 0 && i >= split - LOOK_BACK; i--) {
            if (matches(roles.get(i), key, head)) {
                return roles.get(i).speaker();
            }
        }
        for (int i = split; i < roles.size() && i < split + LOOK_BACK; i++) {
            if (matches(roles.get(i), key, head)) {
                return roles.get(i).speaker();
            }
        }
        return null;
    }

    private static boolean matches(StatedRole r, String key, String head) {
        return r.key().equals(key) || containsAll(r.key(), key) && Roles.head(r.role()).equals(head);
    }

    private static boolean containsAll(String haystackKey, String needleKey) {
        List<String> words = List.of(haystackKey.split(" "));
        for (String w : needleKey.split(" ")) {
            if (!words.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** "the spokesman", "the ministry": the latest speaker before {@code offset} whose roles or name end so. */
    Speaker latestSpeakerWithHead(String head, int offset) {
        // "the president" when two presidents speak: the one the article quotes most so far
        Map<Speaker, Integer> counts = new HashMap<>();
        Speaker best = null;
        for (int i = decided.size() - 1; i >= 0 && i >= decided.size() - LOOK_BACK; i--) {
            AttributedStatement a = decided.get(i);
            Speaker s = a.speaker();
            if (s == null || a.candidate().start() > offset || !holds(s, a, head)) {
                continue;
            }
            int n = counts.merge(s, 1, Integer::sum);
            if (best == null || n > counts.get(best)) {
                best = s;
            }
        }
        return best;
    }

    private boolean holds(Speaker s, AttributedStatement a, String head) {
        if (Roles.head(s.canonicalName()).equals(head)) {
            return true;
        }
        Mention m = a.candidate().mention();
        if (m != null && m.role() != null && Roles.head(m.role()).equals(head)) {
            return true;
        }
        ActorLexicon.KnownActor known = lexicon.byName(s.canonicalName());
        if (known != null && known.roleHeads().contains(head)) {
            return true;
        }
        for (StatedRole r : roles) {
            if (r.speaker().equals(s) && Roles.head(r.role()).equals(head)) {
                return true;
            }
        }
        return false;
    }

    ActorLexicon lexicon() {
        return lexicon;
    }

    void record(AttributedStatement s) {
        decided.add(s);
    }

    /** The latest decided speaker before {@code offset} matching the kind test, or null. */
    Speaker latestSpeaker(int offset, boolean person) {
        return latestSpeaker(offset, person, null);
    }

    /** As {@link #latestSpeaker(int, boolean)}, skipping persons whose name says they are not "he" / "she". */
    Speaker latestSpeaker(int offset, boolean person, String pronoun) {
        for (int i = decided.size() - 1; i >= 0 && i >= decided.size() - LOOK_BACK; i--) {
            AttributedStatement a = decided.get(i);
            Speaker s = a.speaker();
            if (s != null && a.candidate().start() <= offset && (s.kind() == ActorKind.PERSON) == person
                    && (pronoun == null || fits(s, pronoun))) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether a person's name fits "he" or "she": a first name ending in -a (Yulia, Maria, Kaja) or a surname ending
     * in -ova, -eva, -ska or -aya reads as a woman's, any other full name as a man's; a lone surname fits either.
     */
    static boolean fits(Speaker s, String pronoun) {
        String[] words = Names.words(s.canonicalName());
        if (words.length < 2) {
            return true;
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean female = first.endsWith("a") || last.endsWith("ova") || last.endsWith("eva") || last.endsWith("ska")
                || last.endsWith("aya");
        return pronoun.equals("she") == female;
    }

    /** The latest statement before {@code offset}, or null. */
    AttributedStatement previous(int offset) {
        for (int i = decided.size() - 1; i >= 0; i--) {
            if (decided.get(i).candidate().start() < offset) {
                return decided.get(i);
            }
        }
        return null;
    }

    /** Whether {@code m} is a single unknown word standing first in its sentence and nowhere else capitalised. */
    boolean opensSentence(Mention m) {
        int at = m.span().start();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (s.span().end() <= at) {
                lo = mid + 1;
            } else if (s.span().start() > at) {
                hi = mid - 1;
            } else {
                if (s.tokens().isEmpty() || s.tokens().get(0).start() != at) {
                    return false;
                }
                return !namesInsideSentences().contains(m.name());
            }
        }
        return false;
    }

    /** Names the article capitalises somewhere other than at a sentence start; worked out once. */
    private java.util.Set<String> namesInsideSentences() {
        if (namesInside == null) {
            namesInside = new java.util.HashSet<>();
            int si = 0;
            for (Mention m : names) {
                int at = m.span().start();
                while (si < sentences.size() && sentences.get(si).span().end() <= at) {
                    si++;
                }
                if (si >= sentences.size() || sentences.get(si).span().start() != at) {
                    namesInside.add(m.name());
                }
            }
        }
        return namesInside;
    }

    Sentence sentence(int index) {
        return sentences.get(index);
    }

    /** Whether a statement decided so far was made in, or quoted across, sentence {@code sentence}. */
    boolean spokeIn(int sentence) {
        TextSpan span = sentences.get(sentence).span();
        for (int i = decided.size() - 1; i >= 0 && i >= decided.size() - LOOK_BACK; i--) {
            Candidate c = decided.get(i).candidate();
            if (c.sentence() == sentence) {
                return true;
            }
            for (TextSpan p : c.parts()) {
                if (p.start() < span.end() && span.start() < p.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first person named inside {@code span}, or null. */
    Speaker firstPersonIn(TextSpan span) {
        for (int i = firstNameFrom(span.start()); i < names.size(); i++) {
            Mention m = names.get(i);
            if (m.span().start() >= span.end()) {
                break;
            }
            if (m.span().start() >= span.start()) {
                Speaker s = resolve(m.name());
                if (s.kind() == ActorKind.PERSON && !(s.aliases().isEmpty() && !s.canonicalName().contains(" ")
                        && opensSentence(m))) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The latest person named before {@code offset}, or null. */
    Speaker latestNamedPerson(int offset, String pronoun) {
        for (int i = firstNameFrom(offset) - 1; i >= 0 && i >= firstNameFrom(offset) - LOOK_BACK; i--) {
            Speaker s = resolve(names.get(i).name());
            if (s.kind() == ActorKind.PERSON && fits(s, pronoun)) {
                return s;
            }
        }
        return null;
    }

    /** Index of the first name mention starting at or after {@code offset}. */
    private int firstNameFrom(int offset) {
        int lo = 0;
        int hi = names.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (names.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    List<RoleMention> roleMentions() {
        List<RoleMention> out = new ArrayList<>();
        for (StatedRole r : roles) {
            Speaker body = lexicon.bodyInRole(r.role());
            out.add(new RoleMention(r.speaker(), r.role(), r.span(),
                    body == null || body.canonicalName().equals(r.speaker().canonicalName()) ? null : body));
        }
        return out;
    }
}
