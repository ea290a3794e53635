package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one article says about its actors, for the attribution rules: its names resolved to speakers (by a
 * {@link NameResolver}), the roles it gives, the speakers decided so far (in text order, for pronouns and follow-on
 * quotations). One instance per article and thread.
 */
final class ArticleActors {

    /** A role stated in the article, resolved to its actor. */
    record StatedRole(Speaker speaker, String role, String key, TextSpan span) {
    }

    /** How many decided statements the backward looks consider: a pronoun never reaches further. */
    private static final int LOOK_BACK = 60;

    private final ActorLexicon lexicon;
    private final NameResolver resolver;
    private final List<StatedRole> roles = new ArrayList<>();
    private final List<Mention> names;
    private final List<AttributedStatement> decided = new ArrayList<>();

    private final List<Sentence> sentences;
    private java.util.Set<String> namesInside;

    ArticleActors(ActorLexicon lexicon, List<Mention> names, List<Sentence> sentences) {
        this.lexicon = lexicon;
        this.sentences = sentences;
        this.names = names;
        this.resolver = new NameResolver(lexicon, names);
        for (Mention m : names) {
            if (m.role() != null) {
                Speaker s = resolve(m.name());
                if (s.kind().speaks()) {
                    roles.add(new StatedRole(s, m.role(), Roles.key(m.role()), m.span()));
                }
            }
        }
    }

    /** The actor a proper name stands for: see {@link NameResolver}. */
    Speaker resolve(String rawName) {
        return resolver.resolve(rawName);
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
     * What "it said" stands for: the latest body that spoke, unless an organisation or outlet opens a sentence
     * after that statement ("Norway's Radio Nord, a public broadcaster, said … “…,” it said"): the newer subject wins.
     */
    Speaker latestBody(int offset) {
        int since = -1;
        Speaker spoke = null;
        for (int i = decided.size() - 1; i >= 0 && i >= decided.size() - LOOK_BACK && spoke == null; i--) {
            AttributedStatement a = decided.get(i);
            if (a.speaker() != null && a.candidate().start() <= offset && a.speaker().kind() != ActorKind.PERSON) {
                spoke = a.speaker();
                since = a.candidate().start();
            }
        }
        for (int i = firstNameFrom(offset) - 1; i >= 0 && names.get(i).span().start() > since; i--) {
            Speaker s = resolve(names.get(i).name());
            if ((s.kind() == ActorKind.ORGANISATION || s.kind() == ActorKind.MEDIA) && ArticleSubjects.opensClause(sentences, names.get(i))) {
                return s;
            }
        }
        return spoke;
    }

    /**
     * Whether a person's name fits "he" or "she": a first name ending in -a (Yulia, Maria, Kaja) but for a few men's
     * (Ilya, Nikita), a first name of the female-first-names list (Jane, Karen), or a surname ending in -ova, -eva,
     * -ska or -aya reads as a woman's, any other full name as a man's; a lone surname fits either.
     */
    static boolean fits(Speaker s, String pronoun) {
        String[] words = Names.words(s.canonicalName());
        if (pronoun == null || words.length < 2) { // no pronoun: anyone fits
            return true;
        }
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean female = first.endsWith("a") && !MentionWords.MALE_FIRST_NAMES_IN_A.contains(first)
                || MentionWords.FEMALE_FIRST_NAMES.contains(first)
                || last.endsWith("ova") || last.endsWith("eva") || last.endsWith("ska") || last.endsWith("aya");
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

    /**
     * The person a lede's description stands for ("Russia's point man for X said …", the name held back): the first
     * person introduced later with a role of their own ("Deputy Foreign Minister Sergei Ryabkov") who belongs to
     * {@code body}, was not named before the end of {@code sentence} and has not spoken yet; or null.
     */
    Speaker introducedLaterOf(Speaker body, TextSpan sentence) {
        java.util.Set<String> before = new java.util.HashSet<>();
        for (int i = 0; i < firstNameFrom(sentence.end()); i++) {
            before.add(resolve(names.get(i).name()).canonicalName());
        }
        for (AttributedStatement a : decided) {
            if (a.speaker() != null) {
                before.add(a.speaker().canonicalName());
            }
        }
        for (int i = firstNameFrom(sentence.end()); i < names.size(); i++) {
            Mention m = names.get(i);
            Speaker s = resolve(m.name());
            if (m.role() != null && s.kind() == ActorKind.PERSON && !before.contains(s.canonicalName())
                    && !ArticleSubjects.surnameBefore(sentences, s, sentence.end())
                    && (ArticleSubjects.belongsTo(s, body, 3)
                    || ArticleSubjects.belongsTo(lexicon.bodyInRole(m.role()), body, 3))) {
                return s;
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
