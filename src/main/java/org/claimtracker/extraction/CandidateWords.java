package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists candidate finding reads, from {@code src/main/resources/extraction/candidate-words.txt}: one
 * "[name]" line opens a list whose words follow. Loaded once; immutable.
 */
final class CandidateWords {

    private static final Map<String, List<String>> LISTS = load("candidate-words.txt");

    static final Set<String> TELL_VERBS = set("tell-verbs");
    static final Set<String> OBJECT_PRONOUNS = set("object-pronouns");
    static final Set<String> GLOSS = set("gloss");
    static final Set<String> MEDIA_NOUNS = set("media-nouns");
    static final Set<String> PLATFORMS = set("platforms");
    static final Set<String> SUBORDINATORS = set("subordinators");
    static final Set<String> OBJECT_NOUNS = set("object-nouns");
    static final Set<String> PLAIN_ADVERBS = set("plain-adverbs");
    static final Set<String> TIME_NOUNS = set("time-nouns");
    static final Set<String> NOUN_MARKERS = set("noun-markers");
    static final Set<String> BE_FORMS = set("be-forms");
    static final Set<String> SAFE_VERB_FORMS = set("safe-verb-forms");
    static final Set<String> PARTICIPLE_CONTEXT = set("participle-context");
    static final Set<String> CUE_PREFIX = set("cue-prefix");
    static final Set<String> CONNECTIVES = set("connectives");
    static final Set<String> MODALS = set("modals");
    static final Set<String> DO_SUPPORT = set("do-support");
    static final Set<String> AUXILIARIES = set("auxiliaries");
    static final Set<String> CLAUSELESS_STARTS = set("clauseless-starts");
    static final Set<String> PREPOSITION_BEFORE_QUOTE = set("preposition-before-quote");
    static final Set<String> SUBORDINATE = set("subordinate");
    static final Set<String> TITLE_CUES = set("title-cues");
    /** Verbs of "went on to accuse": the speech verb after them needs no subject of its own. */
    static final Set<String> CATENATIVES = set("catenatives");
    /** Number words: "proposed three amendments" counts things and states no position. */
    static final Set<String> COUNT_WORDS = set("count-words");
    /** Speech verbs that also mean hosting someone ("welcomed the visitors to the harbour"). */
    static final Set<String> HOSTING_VERBS = set("hosting-verbs");
    /** Paragraph labels that head a section of a fact check ("THE FACTS:", "WHAT TAL SAID:"), not a speaker. */
    static final Set<String> HEADING_LABELS = set("heading-labels");
    /** Openings of an official document's title, words joined by "_" ("fact_sheet"). */
    static final Set<String> DOCUMENT_TITLES = set("document-titles");
    /** Multi-word adverbials ("at the time"), each as its words. */
    static final List<String[]> FIXED_ADVERBIALS = phrases("fixed-adverbials");

    private CandidateWords() {
    }

    private static Set<String> set(String name) {
        List<String> lines = list(name);
        List<String> words = new ArrayList<>();
        for (String line : lines) {
            for (String w : line.strip().split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    private static List<String[]> phrases(String name) {
        List<String[]> phrases = new ArrayList<>();
        for (String line : list(name)) {
            phrases.add(line.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        }
        return List.copyOf(phrases);
    }

    private static List<String> list(String name) {
        List<String> lines = LISTS.get(name);
        if (lines == null) {
            throw new IllegalStateException("candidate-words.txt has no [" + name + "] list");
        }
        return lines;
    }

    private static Map<String, List<String>> load(String resource) {
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
        return lists;
    }
}
