package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Topic phrases and stance cues from {@code topics.tsv} and {@code stance-cues.tsv}. A topic row with a fourth
 * column holds phrases that count only when the statement or the sentence before it names one of that column's
 * words. Phrases match whole words in
 * lower-cased text; a word ending in '*' matches any word starting with it ("negotiat*"), and '~' lets up to three
 * words stand between two others ("delegations ~ meet*").
 */
final class TopicLexicon {

    /** One topic: its code, the stance a statement takes when no cue says otherwise, and its phrases. */
    record Topic(String code, Stance defaultStance, List<String> phrases) {
    }

    /**
     * Phrases that name a topic only when the context names one of {@code requires}: "grateful to our partners for
     * their support" is about US support when the United States is the partner being thanked.
     */
    private record Contextual(int topic, List<String> phrases, List<String> requires) {
    }

    private final List<Topic> topics;
    private final List<Contextual> contextual;
    private final StanceCues cues;
    private final PhraseIndex topicIndex = new PhraseIndex();

    private TopicLexicon(List<Topic> topics, List<Contextual> contextual, StanceCues cues) {
        this.topics = List.copyOf(topics);
        this.contextual = List.copyOf(contextual);
        this.cues = cues;
        for (int i = 0; i < this.topics.size(); i++) {
            for (String phrase : this.topics.get(i).phrases()) {
                topicIndex.add(phrase, i);
            }
        }
        for (int k = 0; k < this.contextual.size(); k++) {
            for (String phrase : this.contextual.get(k).phrases()) {
                topicIndex.add(phrase, this.topics.size() + k);
            }
        }
    }

    /**
     * Every topic phrase in the text, in text order; a match's id is the topic's index in {@link #topics()}. A
     * contextual phrase counts only when {@code context} (asked for only then) holds one of its required words.
     */
    List<PhraseIndex.Match> topicMatches(PhraseIndex.Words text, Supplier<String> context) {
        List<PhraseIndex.Match> matches = new ArrayList<>();
        Set<String> contextWords = null;
        for (PhraseIndex.Match m : topicIndex.matches(text)) {
            if (m.id() < topics.size()) {
                matches.add(m);
                continue;
            }
            Contextual c = contextual.get(m.id() - topics.size());
            if (contextWords == null) {
                contextWords = Set.of(PhraseIndex.Words.of(normalise(context.get())).words());
            }
            if (c.requires().stream().anyMatch(contextWords::contains)) {
                matches.add(new PhraseIndex.Match(c.topic(), m.from(), m.to()));
            }
        }
        return matches;
    }

    static TopicLexicon of(List<String[]> topicRows, List<String[]> cueRows) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        Map<String, List<String[]>> contextualRows = new LinkedHashMap<>();
        for (String[] row : topicRows) {
            String code = row[0].strip();
            Stance stance = Stance.valueOf(row[1].strip());
            List<String> phrases = Arrays.stream(row[2].split("\\|")).map(s -> normalise(s.strip()))
                    .filter(s -> !s.isEmpty()).toList();
            if (row.length > 3 && !row[3].isBlank()) {
                contextualRows.computeIfAbsent(code, k -> new ArrayList<>()).add(row);
                topics.putIfAbsent(code, new Topic(code, stance, List.of()));
                continue;
            }
            Topic old = topics.get(code);
            if (old != null) {
                List<String> all = new ArrayList<>(old.phrases());
                all.addAll(phrases);
                phrases = all;
            }
            topics.put(code, new Topic(code, stance, phrases));
        }
        List<Topic> ordered = new ArrayList<>(topics.values());
        List<Contextual> contextual = new ArrayList<>();
        contextualRows.forEach((code, rows) -> {
            int index = ordered.indexOf(topics.get(code));
            for (String[] row : rows) {
                contextual.add(new Contextual(index, split(row[2]), split(row[3])));
            }
        });
        return new TopicLexicon(ordered, contextual, StanceCues.of(cueRows));
    }

    private static List<String> split(String phrases) {
        return Arrays.stream(phrases.split("\\|")).map(s -> normalise(s.strip())).filter(s -> !s.isEmpty()).toList();
    }

    List<Topic> topics() {
        return topics;
    }

    Topic topic(String code) {
        for (Topic t : topics) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown topic " + code);
    }

    StanceCues cues() {
        return cues;
    }

    static String normalise(String s) {
        // one pass; the dotted capital I, capital sigma and surrogates take the library's context-aware lower-casing
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                out[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (c == '\u2019' || c == '\u2018') {
                out[i] = '\'';
            } else if (c == '\u201c' || c == '\u201d') {
                out[i] = '"';
            } else if (c == '\u2011') {
                out[i] = '-';
            } else if (c != '\u0130' && c != '\u03a3' && !Character.isSurrogate(c)) {
                out[i] = Character.toLowerCase(c); // what String.toLowerCase(ROOT) does outside its special cases
            } else {
                return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                        .replace('\u201c', '"').replace('\u201d', '"').replace('\u2011', '-');
            }
        }
        return new String(out);
    }
}
