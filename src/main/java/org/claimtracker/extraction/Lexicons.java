package org.claimtracker.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The data the rules read, loaded once from {@code src/main/resources/extraction/}: speech verbs with the frame of
 * their complement, title words, known actors, topic phrases and stance cues. Immutable once built.
 */
final class Lexicons {

    /** What follows a speech verb. */
    enum Frame { THAT, OBJ, TO, ASK }

    private final Map<String, Frame> speechVerbs;
    private final Set<String> titleWords;
    private final ActorLexicon actors;
    private final TopicLexicon topics;

    private Lexicons(Map<String, Frame> speechVerbs, Set<String> titleWords, ActorLexicon actors, TopicLexicon topics) {
        this.speechVerbs = Map.copyOf(speechVerbs);
        this.titleWords = Set.copyOf(titleWords);
        this.actors = actors;
        this.topics = topics;
    }

    static Lexicons load() {
        Map<String, Frame> verbs = new HashMap<>();
        for (String[] row : rows("speech-verbs.txt")) {
            verbs.put(row[0].toLowerCase(Locale.ROOT), Frame.valueOf(row[1]));
        }
        Set<String> titles = new HashSet<>();
        for (String[] row : rows("titles.txt")) {
            titles.add(row[0].toLowerCase(Locale.ROOT));
        }
        return new Lexicons(verbs, titles, ActorLexicon.of(rows("actors.tsv"), rows("places.txt"), rows("demonyms.tsv")),
                TopicLexicon.of(rows("topics.tsv"), rows("stance-cues.tsv")));
    }

    Frame frame(Token t) {
        return speechVerbs.get(t.key());
    }

    boolean isSpeechVerb(Token t) {
        return !t.isCapitalised() && speechVerbs.containsKey(t.key());
    }

    boolean isTitleWord(String lower) {
        return titleWords.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    ActorLexicon actors() {
        return actors;
    }

    TopicLexicon topics() {
        return topics;
    }

    /** Non-blank, non-comment lines of a resource, split on tabs. */
    static List<String[]> rows(String name) {
        String path = "/extraction/" + name;
        try (InputStream in = Lexicons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + path);
            }
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
