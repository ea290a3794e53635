package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction 10 of issue 8: questions and requests someone puts. */
class QuestionTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Governor Ilse Reyes asked the minister how the repairs would be funded. | how the repairs would be funded      | asked the minister
            Governor Ilse Reyes asked whether the bridge would open in June.        | whether the bridge would open in June | asked
            Governor Ilse Reyes questioned why the tolls had doubled.                | why the tolls had doubled            | questioned
            Governor Ilse Reyes asked for a review of the tolls.                     | a review of the tolls                | asked for
            Governor Ilse Reyes asked the minister to fund the repairs.              | the minister to fund the repairs     | asked
            Governor Ilse Reyes wanted to know whether the bridge would open.        | whether the bridge would open        | wanted to know
            """)
    void readsAnIndirectQuestionOrRequestAfterItsAddressee(String text, String content, String cue) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(s.cue()).isEqualTo(cue);
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"questioned", "asked", "wondered"})
    void attributesAQuotedQuestionToWhoeverPutIt(String verb) {
        ExtractedStatement s = only("“Who will pay for the repairs?” Governor Ilse Reyes " + verb + ".");

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("Who will pay for the repairs?");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void aQuestionPutToTheSpeakerIsNotTheirStatement() {
        assertThat(statements("When asked about the tolls, Governor Ilse Reyes said the bridge would stay free."))
                .singleElement().extracting(ExtractedStatement::cue).isEqualTo("said");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Governor Ilse Reyes questioned the minister for an hour.",
            "Governor Ilse Reyes asked about the tolls.",
            "Governor Ilse Reyes was asked to leave the room."})
    void askingWithoutAQuestionOrRequestIsNoStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }
}
