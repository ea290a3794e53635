package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeftOverQuotationRuleTests {

    @Test
    void keepsASentenceInQuotationMarksForTheParagraphsSpeakerWithLowConfidence() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt said the ferry would run again. Residents were"
                + " sceptical, and one stall owner said nothing. Later, “The ferry is the lifeline of this town and we"
                + " will not give it up,” was all that came from the town hall.");

        ExtractedStatement kept = all.get(all.size() - 1);
        assertThat(kept.text()).startsWith("The ferry is the lifeline");
        assertThat(speakerOf(kept)).isEqualTo("Tomas Holt");
        assertThat(kept.confidence()).isLessThan(0.5);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The council published a report titled “How The Harbour Lost Its Ferries And Its Hope” on Friday.",
            "Her critics call it a “plan to close the harbour by stealth” and little else.",
            "Locals know the bridge as “the Long Walk Over Nothing” these days.",
            "The play, “A Ferry Across the Cold Sea,” opened on Friday."})
    void aTitleANicknameOrAScareQuoteIsNobodysStatement(String text) {
        assertThat(statements(text)).isEmpty();
    }

    @Test
    void aQuotationOpeningTheSentenceAfterALongAttributionIsTheNextPartOfThatStatement() {
        List<ExtractedStatement> all = statements("“The ferry is late again,” said the Varlian soldier known as Gull,"
                + " who spoke on condition that only his nickname be used. “Nobody here expects it before noon.”");

        assertThat(all).singleElement().satisfies(s -> {
            assertThat(s.parts()).hasSize(2);
            assertThat(s.text()).isEqualTo("The ferry is late again Nobody here expects it before noon.");
            assertThat(speakerOf(s)).isEqualTo("Gull");
        });
    }

    @Test
    void aQuotationWithItsOwnAttributionIsNoContinuation() {
        List<ExtractedStatement> all = statements("“The ferry is late again,” said Captain Ivo Marr, who has sailed"
                + " the route for years. “Nobody here expects it before noon,” Mayor Tomas Holt replied.");

        assertThat(all).hasSize(2).allSatisfy(s -> assertThat(s.parts()).hasSize(1));
    }
}
