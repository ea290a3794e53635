package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker's name as an article writes it, cleaned for matching: a speech verb fused to the last word split off
 * ("Sergiy Lysaksaid" -> "Sergiy Lysak"), a trailing possessive dropped ("Ukraine's"), descriptors that say what
 * the speaker is rather than who dropped ("US Treasury Department statement", "Economist newspaper",
 * "Ukrainian Geological Survey state agency", "Russia's FSB security service", "spokesperson for the Kremlin"), and
 * a leading possessor kept apart ("Kyiv's Ministry of Foreign Affairs": the ministry, of Kyiv).
 *
 * @param name       the cleaned name
 * @param kindHint   the kind a descriptor gave ("newspaper": media), or null
 * @param possessor  the name before a leading "'s" ("Kyiv"), or null
 * @param rest       the name after that possessor ("Ministry of Foreign Affairs"), or null
 */
record SpeakerName(String name, ActorKind kindHint, String possessor, String rest) {

    private static final Pattern FUSED_VERB = Pattern.compile("^(\\p{Lu}\\p{L}{2,}?)(said|says)$");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:an? |the )?(?:spokes(?:person|man|woman)|statement|press service|representative)s? (?:for|from|of|by) (?:the )?",
            Pattern.CASE_INSENSITIVE);
    /** Trailing descriptor words, longest first, with the kind they imply (null: no hint). */
    private static final List<Descriptor> TRAILING = List.of(
            new Descriptor("state news agency", ActorKind.MEDIA), new Descriptor("news agency", ActorKind.MEDIA),
            new Descriptor("state agency", ActorKind.ORGANISATION), new Descriptor("security service", ActorKind.ORGANISATION),
            new Descriptor("intelligence service", ActorKind.ORGANISATION), new Descriptor("press service", ActorKind.ORGANISATION),
            new Descriptor("newspaper", ActorKind.MEDIA), new Descriptor("magazine", ActorKind.MEDIA),
            new Descriptor("broadcaster", ActorKind.MEDIA), new Descriptor("website", ActorKind.MEDIA),
            new Descriptor("channel", ActorKind.MEDIA), new Descriptor("daily", ActorKind.MEDIA),
            new Descriptor("statement", null), new Descriptor("spokesperson", null), new Descriptor("spokesman", null),
            new Descriptor("spokeswoman", null), new Descriptor("readout", null));
    /** Lower-case words a name may hold: particles and connectives ("Ursula von der Leyen", "Ministry of ..."). */
    private static final Set<String> NAME_LOWER_WORDS = Set.of("of", "and", "for", "the", "de", "von", "der", "van",
            "bin", "al", "la", "du", "da", "di", "le", "ibn", "el", "on", "in");

    /** Words that describe a speaker, as they end a name (" newspaper"), and the kind they imply (null: none). */
    private record Descriptor(String suffix, ActorKind kind) {

        Descriptor {
            suffix = " " + suffix;
        }
    }

    static SpeakerName of(String raw) {
        String name = MentionParser.stripPossessive(raw.strip()).strip();
        if (mayLead(name)) {
            Matcher lead = LEADING.matcher(name);
            if (lead.find() && lead.end() < name.length()) {
                name = name.substring(lead.end());
            }
        }
        ActorKind hint = null;
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        for (Descriptor d : TRAILING) {
            String suffix = d.suffix();
            if (lower.endsWith(suffix) && hasCapital(name.substring(0, name.length() - suffix.length()))) {
                name = name.substring(0, name.length() - suffix.length()).strip();
                hint = d.kind();
                break;
            }
        }
        String[] words = Names.words(name);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i == words.length - 1 && (w.endsWith("said") || w.endsWith("says"))) {
                Matcher fused = FUSED_VERB.matcher(w);
                if (fused.matches() && words.length > 1) {
                    w = fused.group(1);
                }
            }
            // "Ukraine's military General Staff": a lower-case common noun describes, it does not name
            boolean describing = i > 0 && i < words.length - 1 && Character.isLowerCase(w.charAt(0))
                    && !NAME_LOWER_WORDS.contains(w) && Character.isUpperCase(words[i + 1].charAt(0));
            if (!describing) {
                kept.add(w);
            }
        }
        name = String.join(" ", kept);
        String possessor = null;
        String rest = null;
        int apostrophe = possessiveEnd(kept);
        if (apostrophe >= 0 && apostrophe < kept.size() - 1) {
            possessor = MentionParser.stripPossessive(String.join(" ", kept.subList(0, apostrophe + 1)));
            rest = String.join(" ", kept.subList(apostrophe + 1, kept.size()));
        }
        return new SpeakerName(name, hint, possessor, rest);
    }

    /** Whether {@link #LEADING} can match: most names start with neither an article nor a spokesperson word. */
    private static boolean mayLead(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char c = Character.toLowerCase(name.charAt(0));
        return c == 'a' || c == 't' || c == 's' || c == 'p' || c == 'r';
    }

    private static int possessiveEnd(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.endsWith("'s") || w.endsWith("\u2019s")) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasCapital(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
