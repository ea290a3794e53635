package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonClaimFilterTests {

    private final NonClaimFilter filter = new NonClaimFilter();

    @ParameterizedTest(name = "{0} -> no claim: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Yeah.                                        | true
            Thank you.                                   | true
            Yes, sir.                                    | true
            Thank you very much.                         | true
            Thank you. Thank you very much.              | true
            Good morning, everyone.                      | true
            Hello.                                       | true
            Thanks, Mr. Peskov.                          | true
            Thank you, Mr President.                     | true
            Thank you, Volodymyr.                        | true
            Okay, okay.                                  | true
            Mm-hmm.                                      | true
            It depends.                                  | false
            Absurd.                                      | false
            No.                                          | false
            Never.                                       | false
            Of course.                                   | false
            Yes, we will sign it.                        | false
            Thank you for nothing, the deal is dead.     | false
            Well, we will see.                           | false
            Good morning, Moscow is lying.               | false
            Thanks to our partners we held the line.     | false
            """)
    void tellsTurnsWithoutAClaimFromShortPositionalAnswers(String text, boolean noClaim) {
        assertThat(filter.carriesNoClaim(text)).isEqualTo(noClaim);
    }

    @Test
    void dropsCourtesyTurnsAndRepeatedSpansKeepingArticleOrder() {
        ExtractedStatement thanks = statement("Thank you.", 0, 10);
        ExtractedStatement depends = statement("It depends.", 20, 31);
        ExtractedStatement dependsAgain = statement("It depends.", 20, 31);
        ExtractedStatement absurd = statement("Absurd.", 40, 47);

        ArticleAnalysis kept = filter.apply(new ArticleAnalysis(List.of(thanks, depends, dependsAgain, absurd),
                List.of()));

        assertThat(kept.statements()).containsExactly(depends, absurd);
    }

    @Test
    void theStandardPipelineDropsACourtesyReplyButKeepsTheAnswer() {
        ArticleAnalysis analysis = ExtractionPipeline.standard().extract(new ArticleText("2025-03-01-test.txt", """
                Asked whether Kyiv would accept the plan, Zelensky said: "It depends."
                "Thank you," Zelensky said.
                """, java.time.LocalDate.of(2025, 3, 1)));

        assertThat(analysis.statements()).extracting(ExtractedStatement::text).contains("It depends.")
                .doesNotContain("Thank you,", "Thank you");
    }

    private static ExtractedStatement statement(String text, int start, int end) {
        return new ExtractedStatement(StatementKind.DIRECT, List.of(new TextSpan(start, end)), text, null, null,
                "said", "test", 0.5, null, Map.of());
    }
}
