package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A lede that describes its speaker ("Russia's point man for …") and names them paragraphs later. */
class LedeDescriptionTests {

    private static ExtractedStatement containing(List<ExtractedStatement> all, String words) {
        return all.stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + words + " in " + all));
    }

    @Test
    void aLedeDescriptionIsThePersonOfThatBodyIntroducedLater() {
        List<ExtractedStatement> all = statements("""
                Russia's point man for relations with Norland said on Monday that the corridor would stay closed.
                The harbour has been quiet for a week.
                "We will not reopen it under pressure," Kremlin aide Ivan Dolgov told reporters.""");

        assertThat(speakerOf(containing(all, "corridor would stay closed"))).isEqualTo("Ivan Dolgov");
    }

    @Test
    void aPersonAlreadyNamedInTheLedeIsNotTheDescribedSpeaker() {
        List<ExtractedStatement> all = statements("""
                Russia's point man for relations with Norland said on Monday that Ivan Dolgov's plan would fail.
                "We will not reopen it under pressure," Kremlin aide Ivan Dolgov told reporters.""");

        assertThat(speakerOf(containing(all, "plan would fail"))).isNull();
    }

    @Test
    void aDescriptionOutsideTheLedeIsNotResolvedForward() {
        List<ExtractedStatement> all = statements("""
                The harbour has been quiet for a week.
                Russia's point man for relations with Norland said on Monday that the corridor would stay closed.
                "We will not reopen it under pressure," Kremlin aide Ivan Dolgov told reporters.""");

        assertThat(speakerOf(containing(all, "corridor would stay closed"))).isNull();
    }
}
