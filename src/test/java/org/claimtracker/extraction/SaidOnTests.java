package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SaidOnTests {

    private static final LocalDate MONDAY = LocalDate.of(2025, 2, 10);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Lena Marsh said on Sunday the talks would go on.        | 2025-02-09
            Lena Marsh said on Monday the talks would go on.        | 2025-02-10
            Lena Marsh said on Thursday the talks would go on.      | 2025-02-06
            Lena Marsh said yesterday the talks would go on.        | 2025-02-09
            Lena Marsh said last week the talks would go on.        | null
            Lena Marsh has repeatedly said the talks would go on.   | null
            On 6 February, Lena Marsh said the talks would go on.   | 2025-02-06
            Lena Marsh said the talks would go on.                  | 2025-02-10
            Lena Marsh said on Sunday the talks would resume on Friday. | 2025-02-09
            Lena Marsh said the tariffs would start on April 2.     | 2025-02-10
            On 28 December, Lena Marsh said the talks would go on.  | 2024-12-28
            """)
    void datesStatementsFromRelativeWordsAndTheArticleDate(String text, LocalDate expected) {
        ExtractedStatement s = Extraction.PIPELINE.extract(new ArticleText("t.txt", text, MONDAY)).statements().get(0);

        assertThat(s.saidOn()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Lena Marsh said on Sunday the talks would go on.        | null
            On 6 February 2025, Lena Marsh said the talks would go on. | 2025-02-06
            """)
    void needsAnArticleDateForRelativeWordsButNotForFullDates(String text, LocalDate expected) {
        ExtractedStatement s = Extraction.PIPELINE.extract(new ArticleText("t.txt", text, null)).statements().get(0);

        assertThat(s.saidOn()).isEqualTo(expected);
    }
}
