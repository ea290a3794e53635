package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Construction 9 of issue 8: where a reported clause starts and ends. */
class SpanEndTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal said the talks would resume on Monday, the clearest signal yet that the strike is ending. | the talks would resume on Monday
            Mayor Dana Tal said the ferry would keep running, as the two provinces try to agree on the tolls.        | the ferry would keep running
            Mayor Dana Tal said the ferry would be sold, a move that angered the crews.                              | the ferry would be sold
            Mayor Dana Tal said the pier would close, the latest sign of trouble at the harbour.                     | the pier would close
            """)
    void aReportedClauseStopsBeforeNarrationAppendedToIt(String text, String content) {
        assertThat(only(text).text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal has talked about a second bridge and has been driving the effort to fund it. | a second bridge
            Mayor Dana Tal accused the operator of delays and had earlier fined it twice.               | the operator of delays
            Mayor Dana Tal called for a truce and also for talks with the crews.                        | a truce and also for talks with the crews
            """)
    void anObjectStopsBeforeAVerbOfTheSubjectsOwn(String text, String content) {
        assertThat(only(text).text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal told the Interfax news agency the talks would resume on Monday. | the talks would resume on Monday
            Mayor Dana Tal told reporters in the capital the talks would resume on Monday. | the talks would resume on Monday
            Mayor Dana Tal told journalists at the harbour the talks would resume on Monday. | the talks would resume on Monday
            Mayor Dana Tal told reporters in Lindau the talks would resume on Monday.      | the talks would resume on Monday
            """)
    void aReportedClauseStartsAfterItsAddressee(String text, String content) {
        assertThat(only(text).text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal said the talks had failed, the Harbour Council said.        | the talks had failed
            Mayor Dana Tal said the board, the owner of the pier, would meet on Monday. | the board, the owner of the pier, would meet on Monday
            """)
    void aNounPhraseAfterACommaThatIsNoCommentStaysInTheClause(String text, String content) {
        assertThat(Extraction.statements(text)).filteredOn(s -> "Dana Tal".equals(Extraction.speakerOf(s)))
                .singleElement().extracting(ExtractedStatement::text).isEqualTo(content);
    }
}
