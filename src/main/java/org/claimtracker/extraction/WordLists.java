package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named word lists from one resource under {@code src/main/resources/extraction/}: a "[name]" line opens a list
 * whose words follow, separated by spaces or line breaks; "#" lines are comments. Immutable once loaded.
 */
final class WordLists {

    private final String resource;
    private final Map<String, List<String>> lines;

    private WordLists(String resource, Map<String, List<String>> lines) {
        this.resource = resource;
        this.lines = lines;
    }

    static WordLists load(String resource) {
        Map<String, List<String>> lists = new HashMap<>();
        List<String> current = null;
        for (String[] row : Lexicons.rows(resource)) {
            String line = String.join("\t", row).strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                lists.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return new WordLists(resource, lists);
    }

    /** The words of list {@code name}, lower-cased. */
    Set<String> set(String name) {
        List<String> words = new ArrayList<>();
        for (String line : lines(name)) {
            for (String w : line.strip().split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    /** The lines of list {@code name}, each as its lower-cased words ("at the time"). */
    List<String[]> phrases(String name) {
        List<String[]> phrases = new ArrayList<>();
        for (String line : lines(name)) {
            phrases.add(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        }
        return List.copyOf(phrases);
    }

    private List<String> lines(String name) {
        List<String> found = lines.get(name);
        if (found == null) {
            throw new IllegalStateException(resource + " has no [" + name + "] list");
        }
        return found;
    }
}
