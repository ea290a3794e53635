package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "he/she" resolve only to people, "it" only to organisations, documents or countries. */
class PronounTests {

    @Test
    void heSkipsAnOrganisationThatSpokeInBetween() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt said the ferry would run. The Harbour Authority"
                + " said fares would rise. He added that the night ferry would stay.");

        assertThat(speakerOf(all.get(all.size() - 1))).isEqualTo("Tomas Holt");
    }

    @Test
    void itSkipsAPersonThatSpokeInBetween() {
        List<ExtractedStatement> all = statements("The Harbour Authority said fares would rise. Mayor Tomas Holt said"
                + " the ferry would run. It added that the night ferry would stay.");

        assertThat(speakerOf(all.get(all.size() - 1))).isEqualTo("Harbour Authority");
    }

    @Test
    void heOfASentenceOpeningWithAPersonsPossessiveIsThatPerson() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt said the ferry would run. In Governor Ana"
                + " Reyes's speech to the harbour board, he set out her terms: the ferry must stop at every island.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Tomas Holt", "Ana Reyes");
    }

    @Test
    void anOpeningThatNamesNoPersonLeavesHeToTheEarlierSpeaker() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt said the ferry would run. In the harbour"
                + " board's view, he added, the night ferry would stay.");

        assertThat(all).extracting(Extraction::speakerOf).containsOnly("Tomas Holt");
    }

    @Test
    void anOpeningThatIsNoOccasionOfSomeonesLeavesHeToTheEarlierSpeaker() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt said the ferry would run. Reiterating Governor Ana"
                + " Reyes's promise, he added that the night ferry would stay.");

        assertThat(all).extracting(Extraction::speakerOf).containsOnly("Tomas Holt");
    }

    @Test
    void sheFitsAWomansFirstNameThatDoesNotEndInA() {
        List<ExtractedStatement> all = statements("Governor Tomas Holt spoke first. Mayor Karen Lowell voted against the"
                + " tolls. “It is a disgrace,” she said.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Karen Lowell");
    }

    @Test
    void heFitsAMansFirstNameThatEndsInA() {
        List<ExtractedStatement> all = statements("Governor Maria Reyes spoke first. Mayor Ilya Petrov voted against the"
                + " tolls. “It is a disgrace,” he said.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Ilya Petrov");
    }
}
