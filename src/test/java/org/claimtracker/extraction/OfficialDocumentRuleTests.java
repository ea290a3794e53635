package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimtracker.extraction.Extraction.publishedBy;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

class OfficialDocumentRuleTests {

    @Test
    void anAssertiveSentenceOfAStatementIsTheIssuersWords() {
        List<ExtractedStatement> all = statements("""
                Statement from the Harbour Authority on the Northern Ferry
                The Harbour Authority will keep the northern ferry running through the winter season.
                Fares for residents of the islands will stay at their current level until next year.
                Questions?
                """);

        assertThat(all).extracting(ExtractedStatement::text).containsExactly(
                "The Harbour Authority will keep the northern ferry running through the winter season",
                "Fares for residents of the islands will stay at their current level until next year");
        assertThat(all).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(speakerOf(s)).isEqualTo("Harbour Authority");
        });
    }

    @Test
    void aFactSheetWithoutANamedIssuerStillYieldsItsSentences() {
        List<ExtractedStatement> all = statements("""
                FACT SHEET: The Island Ferry Agreement
                The two provinces will share the cost of the new ferry in equal parts.
                """);

        assertThat(all).singleElement().extracting(ExtractedStatement::text)
                .isEqualTo("The two provinces will share the cost of the new ferry in equal parts");
    }

    @Test
    void aNewsArticleIsNoDocumentAndItsNarrationNoStatement() {
        assertThat(statements("""
                Ferry returns to the islands after a long winter
                The northern ferry will run again from Monday after a winter of repairs in the dry dock.
                """)).isEmpty();
    }

    private static final String RELEASE = """
            The harbour talks in the northern port ended late on Tuesday evening.
            Russia will send a delegation to the next round of harbour talks in the spring.
            “We expect a fair outcome for every fisherman,” said Mayor Tal.
            """;

    @Test
    void aReleaseABodyPublishesIsItsOwnWordsFromTheFirstParagraph() {
        List<ExtractedStatement> all = publishedBy("The Kremlin (press service)", RELEASE);

        assertThat(all).extracting(ExtractedStatement::text, Extraction::speakerOf).containsExactly(
                tuple("The harbour talks in the northern port ended late on Tuesday evening", "Kremlin"),
                tuple("Russia will send a delegation to the next round of harbour talks in the spring", "Kremlin"),
                tuple("We expect a fair outcome for every fisherman", "Tal"));
        assertThat(all.subList(0, 2)).allSatisfy(s -> assertThat(s.kind()).isEqualTo(StatementKind.DIRECT));
    }

    @Test
    void aNewsOutletsOrAnUnknownPublishersNarrationStaysNarration() {
        for (String publisher : List.of("Reuters", "The Island Gazette", "Mayor Tal")) {
            assertThat(publishedBy(publisher, RELEASE)).as(publisher).extracting(ExtractedStatement::text)
                    .containsExactly("We expect a fair outcome for every fisherman");
        }
    }

    @Test
    void aTitleThatNamesItsIssuerOutranksThePublisher() {
        List<ExtractedStatement> all = publishedBy("The White House", """
                Statement from the Harbour Authority on the Northern Ferry
                The Harbour Authority will keep the northern ferry running through the winter season.
                """);

        assertThat(all).singleElement().extracting(Extraction::speakerOf).isEqualTo("Harbour Authority");
    }
}
