package org.claimtracker.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Topic phrases and stance cues from {@code topics.tsv} and {@code stance-cues.tsv}. Phrases match whole words in
 * lower-cased text; a word ending in '*' matches any word starting with it ("negotiat*"), and '~' lets up to three
 * words stand between two others ("delegations ~ meet*").
 */
final class TopicLexicon {

    /** One topic: its code, the stance a statement takes when no cue says otherwise, and its phrases. */
    record Topic(String code, Stance defaultStance, List<String> phrases) {
    }

    private final List<Topic> topics;
    private final StanceCues cues;
    private final PhraseIndex topicIndex = new PhraseIndex();

    private TopicLexicon(List<Topic> topics, StanceCues cues) {
        this.topics = List.copyOf(topics);
        this.cues = cues;
        for (int i = 0; i < this.topics.size(); i++) {
            for (String phrase : this.topics.get(i).phrases()) {
                topicIndex.add(phrase, i);
            }
        }
    }

    /** Every topic phrase in the text, in text order; a match's id is the topic's index in {@link #topics()}. */
    List<PhraseIndex.Match> topicMatches(PhraseIndex.Words text) {
        return topicIndex.matches(text);
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
        return new TopicLexicon(new ArrayList<>(topics.values()), StanceCues.of(cueRows));
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
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2011', '-');
    }
}
