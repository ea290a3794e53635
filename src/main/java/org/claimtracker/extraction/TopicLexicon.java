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
    private final PhraseIndex topicIndex = new PhraseIndex();
    private final PhraseIndex cueIndex = new PhraseIndex();

    private TopicLexicon(List<Topic> topics, List<Cue> cues) {
        this.topics = List.copyOf(topics);
        this.cues = List.copyOf(cues);
        for (int i = 0; i < this.topics.size(); i++) {
            for (String phrase : this.topics.get(i).phrases()) {
                topicIndex.add(phrase, i);
            }
        }
        for (int i = 0; i < this.cues.size(); i++) {
            cueIndex.add(this.cues.get(i).phrase(), i);
        }
    }

    /** Offset of each topic's first phrase in the text (by topic index), or -1. */
    int[] topicOffsets(PhraseIndex.Words text) {
        return topicIndex.firstOffsets(text);
    }

    /** Offset of each cue in the text (by cue index), or -1. */
    int[] cueOffsets(PhraseIndex.Words text) {
        return cueIndex.firstOffsets(text);
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
}
