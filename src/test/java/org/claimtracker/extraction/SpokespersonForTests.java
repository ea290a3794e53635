package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "a spokesperson for X": the body X speaks through its spokesperson, when X is an organisation. */
class SpokespersonForTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            known body after the       | A spokesman for the Kremlin said the talks had stalled.                  | Kremlin
            organisation head          | A spokesperson for the Harbour Agency said the ferries would sail again. | Harbour Agency
            """)
    void theBodyAfterForIsTheSpeaker(String form, String text, String speaker) {
        assertThat(speakerOf(only(text))).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a place is no body | A spokesman for the Green Valley said the trains would run.
            """)
    void aNameThatIsNoOrganisationGivesNoSpeaker(String form, String text) {
        assertThat(speakerOf(only(text))).isNull();
    }
}
