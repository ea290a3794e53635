package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Construction 11 of issue 8, for bodies: "the company" is the company the article named before. */
class DescribedBodyTests {

    @Test
    void theCompanyIsTheCompanyNamedBefore() {
        assertThat(statements("Nordic Ferries Company runs the boats. The company said its ferries would sail on"
                + " Sunday.")).singleElement().satisfies(s -> {
                    assertThat(speakerOf(s)).isEqualTo("Nordic Ferries Company");
                    assertThat(s.mention()).isEqualTo("The company");
                });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Nordic Ferries Company runs the boats. The ferries will sail on Sunday, the company said.",
            "Nordic Ferries Company runs the boats. “The ferries will sail on Sunday,” the company said."})
    void theCompanyAfterItsWordsIsTheCompanyNamedBefore(String text) {
        assertThat(statements(text)).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("The ferries will sail on Sunday");
            assertThat(speakerOf(s)).isEqualTo("Nordic Ferries Company");
        });
    }

    @Test
    void aBodyNobodyNamedIsNoSpeaker() {
        assertThat(statements("The council said the tram line would be built.")).isEmpty();
    }
}
