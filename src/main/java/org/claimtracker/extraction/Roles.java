package org.claimtracker.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares roles by their words: "the US president", "U.S. President" and "American president" share one key, as do
 * "Russia's foreign minister" and "Russian Foreign Minister", "Sen." and "the senator".
 */
final class Roles {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("us", "american"), Map.entry("usa", "american"), Map.entry("america's", "american"),
            Map.entry("united", "american"), Map.entry("states", ""), Map.entry("russia's", "russian"),
            Map.entry("russia", "russian"), Map.entry("ukraine's", "ukrainian"), Map.entry("ukraine", "ukrainian"),
            Map.entry("kyiv's", "ukrainian"), Map.entry("moscow's", "russian"), Map.entry("britain's", "british"),
            Map.entry("uk", "british"), Map.entry("france's", "french"), Map.entry("germany's", "german"),
            Map.entry("china's", "chinese"), Map.entry("iran's", "iranian"), Map.entry("spokesperson", "spokesman"),
            Map.entry("spokeswoman", "spokesman"), Map.entry("defense", "defence"), Map.entry("advisor", "adviser"),
            Map.entry("the", ""), Map.entry("a", ""), Map.entry("an", ""), Map.entry("of", ""),
            Map.entry("country's", ""), Map.entry("nation's", ""), Map.entry("then", ""), Map.entry("former", "former"),
            Map.entry("sen", "senator"), Map.entry("rep", "representative"), Map.entry("gov", "governor"),
            Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"));

    private Roles() {
    }

    static String key(String role) {
        TreeSet<String> words = new TreeSet<>();
        for (String w : Names.words(Names.key(role))) {
            String s = w.toLowerCase(Locale.ROOT);
            s = SYNONYMS.getOrDefault(s, s);
            if (!s.isEmpty()) {
                words.add(s);
            }
        }
        return String.join(" ", words);
    }

    /** The head noun of a role: its last word ("minister", "leader"). */
    static String head(String role) {
        String[] words = Names.key(role).split(" ");
        return words[words.length - 1];
    }
}
