package org.claimtracker.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.actor.Actor;
import org.claimtracker.actor.ActorRepository;
import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Same words elsewhere": the same words (case and punctuation aside) at any date, by key; similar words only by
 * the same speaker within a few days, so neither part reads more than a bounded number of rows.
 */
@IntegrationTest
class SameWordsElsewhereTests {

    private static final String WORDS = "We will never give up the city!";

    @Autowired
    SimilarStatements similar;

    TestData data;
    Actor putin;
    Actor trump;
    Statement original;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new TestData(articles, actors, statements);
        putin = data.actor("Vladimir Putin", ActorKind.PERSON);
        trump = data.actor("Donald Trump", ActorKind.PERSON);
        original = said(putin, LocalDate.of(2025, 5, 1), WORDS);
    }

    private Statement said(Actor actor, LocalDate date, String words) {
        String name = date + "-" + Math.abs(words.hashCode()) + "-" + (actor == null ? "unnamed" : actor.getSlug());
        Article article = data.article(name + ".txt", "Outlet", date,
                "An invented report, " + name + ".\n“" + words + "” the speaker said.");
        return data.statement(article, actor, words, Map.of());
    }

    @Test
    void theSameWordsInAnyCaseAndPunctuationMonthsLaterAreIdentical() {
        Statement months = said(putin, LocalDate.of(2025, 9, 30), "we will NEVER give up the city");

        assertThat(similar.of(original.getId())).extracting(SimilarStatement::id).containsExactly(months.getId());
        assertThat(similar.of(original.getId()).get(0).identical()).isTrue();
    }

    @Test
    void similarWordsCountOnlyFromTheSameSpeakerWithinAFewDays() {
        Statement nextDay = said(putin, LocalDate.of(2025, 5, 2), "We will never give up the city, he insisted");
        said(putin, LocalDate.of(2025, 8, 1), "We will never give up the city, he insisted");
        said(trump, LocalDate.of(2025, 5, 1), "We will never give up the city, he insisted");
        said(putin, LocalDate.of(2025, 5, 1), "Talks on the harbour resume next week.");

        assertThat(similar.of(original.getId())).extracting(SimilarStatement::id).containsExactly(nextDay.getId());
        assertThat(similar.of(original.getId()).get(0).identical()).isFalse();
    }

    @Test
    void theSameWordsByAnotherNamedSpeakerAreNotTheSameRemarkButAnUnnamedSourceMayBe() {
        said(trump, LocalDate.of(2025, 5, 1), WORDS);
        Statement unnamed = said(null, LocalDate.of(2025, 5, 3), WORDS);

        assertThat(similar.of(original.getId())).extracting(SimilarStatement::id).containsExactly(unnamed.getId());
    }

    @Test
    void statementsOfTheSameArticleAreNotElsewhere() {
        assertThat(similar.of(original.getId())).isEmpty();
    }
}
