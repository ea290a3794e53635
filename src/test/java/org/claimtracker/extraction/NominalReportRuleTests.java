package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction 12 of issue 8: a position reported by a noun its holder owns. */
class NominalReportRuleTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Minister Pavel Jund's view is that tolls must go.                 | tolls must go              | view
            Minister Pavel Jund's position remains that the tolls must go.    | the tolls must go          | position
            Pavel Jund stood by his assessment that the bridge is safe.        | the bridge is safe         | assessment
            Pavel Jund stood by his long-held belief that the tolls must go.   | the tolls must go          | belief
            """)
    void readsTheClauseOfAHeldPositionAsTheHoldersStatement(String text, String content, String cue) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(s.cue()).isEqualTo(cue);
        assertThat(speakerOf(s)).isEqualTo("Pavel Jund");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The assessment that the bridge is safe was disputed.",
            "Engineers doubted the view that the bridge is safe.",
            "Pavel Jund's view of the harbour is the best in town."})
    void aPositionNobodyIsSaidToHoldIsNoStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }
}
