package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "US authorities said …": a country's government is a body that speaks, unlike "US officials" (a group). */
class StateBodySpeakerTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            country name then authorities | The vote was delayed after US authorities said the ferry operator was trying to change the terms. | United States
            adjective then government     | The Russian government said the pipeline would reopen on Monday.                                   | Russia
            """)
    void aCountryWordBeforeAStateBodyNamesTheCountry(String form, String text, String speaker) {
        assertThat(speakerOf(only(text))).isEqualTo(speaker);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            country officials are a group   | US officials said the ferry operator was trying to change the terms.      
            authorities with no country     | Local authorities said the ferry operator was trying to change the terms. 
            """)
    void aGroupOrAnUnplacedAuthorityGetsNoActor(String form, String text) {
        assertThat(speakerOf(only(text))).isNull();
    }
}
