package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction 6 of issue 8: a document speaks for whoever issued it. */
class DocumentSpeakerRuleTests {

    @Test
    void aMotionOfTheCouncilNamedBeforeGivesTheCouncilOneStatementPerVerb() {
        List<ExtractedStatement> all = statements("The Harbour Council met on Monday. The council's motion backs the"
                + " tram line and demands cheaper night fares.");

        assertThat(all).extracting(ExtractedStatement::text).containsExactly("the tram line", "cheaper night fares");
        assertThat(all).extracting(ExtractedStatement::cue).containsExactly("backs", "demands");
        assertThat(all).allMatch(s -> "Harbour Council".equals(speakerOf(s)));
    }

    @Test
    void aReportOfANamedBoardSpeaksWithItsSpeechVerbs() {
        List<ExtractedStatement> all = statements("The Harbour Board's report warned that the pier was unsafe and"
                + " urged the city to close it.");

        assertThat(all).extracting(ExtractedStatement::text).containsExactly("the pier was unsafe",
                "the city to close it");
        assertThat(all).allMatch(s -> "Harbour Board".equals(speakerOf(s)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The motion backs the tram line and demands cheaper night fares.",
            "The council's motion backs the tram line.",
            "Her report of the storm ran to ten pages.",
            "The Harbour Council's plan backed by the mayor would cost a million."})
    void aDocumentWithNoNamedIssuerSpeaksForNobody(String text) {
        assertThat(statements(text)).isEmpty();
    }
}
