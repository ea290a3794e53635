package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Topic phrases and stance cues from {@code topics.tsv} and {@code stance-cues.tsv}. Phrases match whole words in
 * lower-cased text; a phrase ending in '*' matches any word starting with it ("negotiat*").
 */
final class TopicLexicon {

    /** One topic: its code, the stance a statement takes when no cue says otherwise, and its phrases. */
    record Topic(String code, Stance defaultStance, List<String> phrases) {
    }

    /** A stance cue: a phrase and the stance it signals. */
    record Cue(String phrase, Stance stance) {
    }

    private final List<Topic> topics;
    private final List<Cue> cues;

    private TopicLexicon(List<Topic> topics, List<Cue> cues) {
        this.topics = List.copyOf(topics);
        this.cues = List.copyOf(cues);
    }

    static TopicLexicon of(List<String[]> topicRows, List<String[]> cueRows) {
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (String[] row : topicRows) {
            String code = row[0].strip();
            Stance stance = Stance.valueOf(row[1].strip());
            List<String> phrases = Arrays.stream(row[2].split("\\|")).map(s -> normalise(s.strip()))
                    .filter(s -> !s.isEmpty()).toList();
            Topic old = topics.get(code);
            if (old != null) {
                List<String> all = new ArrayList<>(old.phrases());
                all.addAll(phrases);
                phrases = all;
            }
            topics.put(code, new Topic(code, stance, phrases));
        }
        List<Cue> cues = new ArrayList<>();
        for (String[] row : cueRows) {
            Stance stance = Stance.valueOf(row[0].strip());
            for (String p : row[1].split("\\|")) {
                if (!p.isBlank()) {
                    cues.add(new Cue(normalise(p.strip()), stance));
                }
            }
        }
        return new TopicLexicon(new ArrayList<>(topics.values()), cues);
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

    List<Cue> cues() {
        return cues;
    }

    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2011', '-');
    }

    /** Offset of the first whole-word match of {@code phrase} in normalised {@code text}, or -1. */
    static int find(String text, String phrase) {
        boolean prefix = phrase.endsWith("*");
        String p = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
        int from = 0;
        while (true) {
            int i = text.indexOf(p, from);
            if (i < 0) {
                return -1;
            }
            int end = i + p.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = prefix || end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }
}
