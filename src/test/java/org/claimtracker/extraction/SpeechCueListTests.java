package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every speech cue of construction 1 in issue 8, in a sentence of its own: content and speaker. */
class SpeechCueListTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal made it clear that the ferry would not be sold.         | the ferry would not be sold
            Mayor Dana Tal has made it clear the ferry would not be sold.          | the ferry would not be sold
            Mayor Dana Tal floated the idea of a second ferry line.                | the idea of a second ferry line
            Mayor Dana Tal mooted the idea of a toll on the bridge.                | the idea of a toll on the bridge
            Mayor Dana Tal made the new budget conditional on cheaper fares.       | the new budget conditional on cheaper fares
            Mayor Dana Tal talked about the need for a second bridge.              | the need for a second bridge
            Mayor Dana Tal hinted at a delay to the tram line.                     | a delay to the tram line
            Mayor Dana Tal railed against the new toll on the bridge.              | the new toll on the bridge
            Mayor Dana Tal rebuked the operator for the delays.                    | the operator for the delays
            Mayor Dana Tal cited the cost of the bridge as the reason for the delay. | the cost of the bridge as the reason for the delay
            Mayor Dana Tal estimated that repairs would take a year.               | repairs would take a year
            Mayor Dana Tal sought assurances that the ferry would keep running.    | the ferry would keep running
            Mayor Dana Tal informed the council that the tram would be late.       | the tram would be late
            Mayor Dana Tal boasted that the harbour had never been busier.         | the harbour had never been busier
            Mayor Dana Tal blamed the operator for the delays.                     | the operator for the delays
            Mayor Dana Tal proposed that the ferry run every hour.                 | the ferry run every hour
            Mayor Dana Tal is proposing that the ferry run every hour.             | the ferry run every hour
            Mayor Dana Tal joked that the ferry was older than she was.            | the ferry was older than she was
            Mayor Dana Tal echoed the call for a second bridge.                    | the call for a second bridge
            Mayor Dana Tal agreed that the tolls had failed.                       | the tolls had failed
            Mayor Dana Tal instructed the operator to run the ferry every hour.    | the operator to run the ferry every hour
            Mayor Dana Tal asked for a review of the tolls.                        | a review of the tolls
            Mayor Dana Tal was grateful for the help of the volunteers.            | the help of the volunteers
            Mayor Dana Tal concluded that the tolls had failed.                    | the tolls had failed
            Mayor Dana Tal recalled that the bridge had cost twice as much.        | the bridge had cost twice as much
            Mayor Dana Tal reaffirmed that the ferry would keep running.           | the ferry would keep running
            Mayor Dana Tal called for a review of the tolls.                       | a review of the tolls
            Mayor Dana Tal mentioned that the tram would be late.                  | the tram would be late
            Mayor Dana Tal referred to the tolls as a failure.                     | the tolls as a failure
            Mayor Dana Tal did add that the ferry would keep running.              | the ferry would keep running
            Mayor Dana Tal has long maintained that the tolls have failed.         | the tolls have failed
            The tolls have failed, as Mayor Dana Tal puts it.                      | The tolls have failed
            As Mayor Dana Tal put it, the tolls have failed.                       | the tolls have failed
            Mayor Dana Tal made it clear: the ferry would not be sold.             | the ferry would not be sold
            Mayor Dana Tal rejected those plans for a toll on the northern bridge. | those plans for a toll on the northern bridge
            Mayor Dana Tal reminded the council that the ferry had never failed.   | the ferry had never failed
            Mayor Dana Tal reassured residents that the ferry would keep running.  | the ferry would keep running
            Mayor Dana Tal persuaded the council that the tolls had failed.        | the tolls had failed
            Mayor Dana Tal pushed back on claims that the tolls had failed.        | claims that the tolls had failed
            Mayor Dana Tal set out her terms: the ferry must stop at every island. | the ferry must stop at every island
            Mayor Dana Tal laid out the city's conditions: no tolls on the bridge. | no tolls on the bridge
            """)
    void readsEveryCueOfTheIssueList(String text, String content) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(speakerOf(s)).isEqualTo("Dana Tal");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal made it clear that the ferry would not be sold.  | made it clear
            Mayor Dana Tal hinted at a delay to the tram line.              | hinted at
            Mayor Dana Tal was grateful for the help of the volunteers.     | was grateful for
            Mayor Dana Tal made the new budget conditional on cheaper fares. | made conditional on
            The tolls have failed, as Mayor Dana Tal puts it.               | puts it
            """)
    void aCueOfSeveralWordsIsTheCueWithItsParticle(String text, String cue) {
        assertThat(only(text).cue()).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal spoke on Monday. She's argued that the tolls have failed. | the tolls have failed
            Mayor Dana Tal spoke on Monday. She's long said the tolls have failed.   | the tolls have failed
            """)
    void aContractedPronounBeforeTheVerbIsTheSpeaker(String text, String content) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(speakerOf(s)).isEqualTo("Dana Tal");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The calls for a second bridge grew louder in the harbour.",
            "Mayor Dana Tal will call for a review of the tolls.",
            "The meeting which she referred to as a failure ended early.",
            "Mayor Dana Tal cited no figures for the cost of the bridge.",
            "The clerk was asked for a copy of the minutes.",
            "Mayor Dana Tal dismisses these concerns.",
            "Mayor Dana Tal welcomed that decision."})
    void aCueWithoutAStatedPositionIsNoStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }
}
