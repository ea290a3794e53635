package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What is not a statement (EXTRACTION.md and issue 8): each case beside one that is. */
class NotStatementTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Senator Mila Dorn proposed three amendments.",
            "Senator Mila Dorn responded to the offer within hours.",
            "Senator Mila Dorn welcomed the visitors to the harbour office."})
    void aSpeechVerbWithABareObjectOrInAnotherSenseIsNoStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }

    @Test
    void aSpeechVerbWithContentIsOne() {
        assertThat(statements("Senator Mila Dorn proposed that the tolls be scrapped.")).singleElement()
                .extracting(ExtractedStatement::text).isEqualTo("the tolls be scrapped");
    }

    @Test
    void partiesAccusingEachOtherAreNeverOneJointSpeaker() {
        List<ExtractedStatement> all = statements("Senator Mila Dorn and Mayor Dana Tal accused each other of"
                + " delaying the bridge.");

        assertThat(all).noneMatch(s -> speakerOf(s) != null && speakerOf(s).contains(" and "));
    }

    @Test
    void aSplitQuotationIsCountedOnce() {
        List<ExtractedStatement> all = statements("“The bridge will open,” Mayor Dana Tal said, “but not in June.”");

        assertThat(all).singleElement().satisfies(s -> assertThat(s.parts()).hasSize(2));
    }

    @Test
    void factCheckHeadingsAreNotTranscriptSpeakers() {
        List<ExtractedStatement> all = statements("""
                WHAT TAL SAID: The bridge cost less than the tunnel.
                THE FACTS: The bridge cost twice as much, the Audit Office said in its annual report.
                WHAT TAL SAID: Ferries are empty in winter.
                THE FACTS: Ferry traffic fell by a tenth, the Harbour Board said.
                """);

        assertThat(all).noneMatch(s -> speakerOf(s) != null && speakerOf(s).toUpperCase().contains("SAID"));
        assertThat(all).extracting(ExtractedStatement::text).contains("The bridge cost twice as much",
                "Ferry traffic fell by a tenth");
    }
}
