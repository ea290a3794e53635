package org.claimtracker.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHeadlineTests {

    @Test
    void isTheTitleWhenThereIsOne() {
        assertThat(ArticleHeadline.of("  Kremlin rejects truce ", "Body. More.")).isEqualTo("Kremlin rejects truce");
    }

    @Test
    void isTheFirstSentenceWithoutATitleAndAnAbbreviationDoesNotEndIt() {
        assertThat(ArticleHeadline.of(null, "Mr. Peskov said the talks would go on. Then he left.\nMore."))
                .isEqualTo("Mr. Peskov said the talks would go on.");
    }

    @Test
    void cutsALongFirstSentenceAtAWordBoundaryWithAnEllipsis() {
        String words = "word ".repeat(40).strip();

        String headline = ArticleHeadline.of(null, words + " and on.");

        assertThat(headline).endsWith("word…").hasSizeLessThanOrEqualTo(ArticleHeadline.MAX_LENGTH);
        assertThat(ArticleHeadline.of(null, "Short first paragraph without a stop\nNext."))
                .isEqualTo("Short first paragraph without a stop");
    }
}
