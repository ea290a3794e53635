package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            curly marks       | “We will keep talking,” the minister said.  | We will keep talking
            straight marks    | "We will keep talking," the minister said.  | We will keep talking
            question mark     | “Why would we stop?” the minister said.    | Why would we stop?
            low-high marks    | „We will keep talking,” the minister said.  | We will keep talking
            """)
    void takesTheWordsInsideTheMarksWithoutTheAttributionComma(String name, String text, String content) {
        ExtractedStatement s = only(text);

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo(content);
        assertThat(s.span().of(text)).isEqualTo(content);
    }

    @Test
    void readsASingleQuotedPullQuoteButNotApostrophes() {
        String text = "Mr Novak spoke at length.\n‘Ukraine’s partners don’t need to wait for us’, he said.";

        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo("Ukraine’s partners don’t need to wait for us");
        assertThat(speakerOf(s)).isEqualTo("Novak");
    }

    @Test
    void joinsAQuotationSplitByItsAttributionIntoOneStatement() {
        String text = "“We are ready,” Lena Marsh said. “But the terms must be fair.”";

        ExtractedStatement s = only(text);

        assertThat(s.parts()).hasSize(2);
        assertThat(s.text()).isEqualTo("We are ready But the terms must be fair.");
        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
    }

    @Test
    void keepsAQuotationOverSeveralParagraphsAsOneStatement() {
        String text = "Lena Marsh said: “The first point is simple.\n\n“The second point is harder.\n\n“The third is the hardest of all.”";

        ExtractedStatement s = only(text);

        assertThat(s.parts()).hasSize(3);
        assertThat(s.text()).isEqualTo("The first point is simple. The second point is harder. The third is the hardest of all.");
    }

    @Test
    void keepsAQuotationWhoseParagraphsRepeatNoMarkAsOneStatement() {
        String text = "“The first point is simple.\nThe second point is harder.\nThe third is the hardest of all,” "
                + "Lena Marsh said.";

        ExtractedStatement s = only(text);

        assertThat(s.parts()).hasSize(3);
        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
    }

    @Test
    void keepsNestedQuotesInsideTheOuterQuotation() {
        String text = "“They told us ‘wait and see’ and we waited,” Lena Marsh said.";

        assertThat(only(text).text()).isEqualTo("They told us ‘wait and see’ and we waited");
    }

    @Test
    void recoversFromAnUnclosedMarkAtTheParagraphEnd() {
        String text = "Lena Marsh said: “We will not move an inch.\n\nTom Reed said the talks would go on next week.";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("We will not move an inch.", "the talks would go on next week");
    }

    @Test
    void ignoresScareQuotesAndNicknamesWithoutASpeaker() {
        String text = "The so-called “coalition of the willing” met in Paris. The envoy, nicknamed “the Fixer”, flew home.";

        assertThat(statements(text)).isEmpty();
    }

    @Test
    void readsTheReportAfterAQuotedShowTitleInALeadPhrase() {
        ExtractedStatement s = only("Speaking on “Varlia Today,” Lena Marsh said the talks would continue.");

        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(s.text()).isEqualTo("the talks would continue");
        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
    }

    @Test
    void doesNotTakeAQuotedShowTitleForAQuotation() {
        assertThat(statements("Lena Marsh said on “Fox News Sunday”.")).isEmpty();
    }

    @Test
    void makesReportedSpeechWithAQuotedFragmentMixed() {
        String text = "Lena Marsh said the plan was “a serious mistake” for everyone.";

        ExtractedStatement s = only(text);

        assertThat(s.kind()).isEqualTo(StatementKind.MIXED);
        assertThat(s.text()).isEqualTo("the plan was “a serious mistake” for everyone");
    }

    @Test
    void makesAFullyQuotedThatClauseDirect() {
        String text = "Lena Marsh said that “the plan is a serious mistake”.";

        ExtractedStatement s = only(text);

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("the plan is a serious mistake");
    }

    @Test
    void recoversALostOpeningMarkFromTheSentenceStart() {
        String text = "The Kremlin said the sides met. The talks were useful and open,\" it said.";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("the sides met", "The talks were useful and open");
        assertThat(speakerOf(all.get(1))).isEqualTo("Kremlin");
    }
}
