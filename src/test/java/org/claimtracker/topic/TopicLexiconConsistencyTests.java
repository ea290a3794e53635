package org.claimtracker.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Adding a topic takes two steps: its phrases in {@code extraction/topics.tsv}, its label and description in a
 * Flyway migration. Ingestion drops a topic the database does not know, so the two must agree.
 */
@IntegrationTest
class TopicLexiconConsistencyTests {

    @Autowired
    TopicRepository topics;

    @Test
    void everyTopicTheLexiconDetectsIsStoredWithItsLabel() throws IOException {
        Set<String> detected;
        try (InputStream in = getClass().getResourceAsStream("/extraction/topics.tsv")) {
            detected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2)[0].strip())
                    .collect(Collectors.toSet());
        }
        Set<String> stored = topics.findAll().stream().map(Topic::getCode).collect(Collectors.toSet());

        assertThat(detected).isNotEmpty();
        assertThat(stored).containsAll(detected);
    }
}
