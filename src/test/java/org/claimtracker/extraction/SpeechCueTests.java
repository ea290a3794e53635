package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Speech cues beyond the first verb list, in their inflections (speech-verbs.txt). */
class SpeechCueTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal floated the idea of a second ferry line.       | the idea of a second ferry line
            Mayor Dana Tal rebuked the operator for the delays.           | the operator for the delays
            Mayor Dana Tal boasted that the harbour had never been busier. | the harbour had never been busier
            Mayor Dana Tal joked that the ferry was older than she was.   | the ferry was older than she was
            Mayor Dana Tal concluded that the tolls had failed.           | the tolls had failed
            Mayor Dana Tal recalled that the bridge had cost twice as much. | the bridge had cost twice as much
            Mayor Dana Tal mentioned that the tram would be late.         | the tram would be late
            Mayor Dana Tal informed the council that the tram would be late. | the tram would be late
            Mayor Dana Tal estimated that repairs would take a year.      | repairs would take a year
            Mayor Dana Tal lamented that nobody took the night ferry.      | nobody took the night ferry
            """)
    void readsTheContentOfCuesBeyondTheFirstList(String text, String content) {
        assertThat(only(text).text()).isEqualTo(content);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The floated shares of the ferry company fell on Friday.",
            "Her rebuke of the operator was the talk of the harbour.",
            "The estimated cost of the bridge has doubled."})
    void aCueUsedAsANounOrAdjectiveIsNoStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }
}
