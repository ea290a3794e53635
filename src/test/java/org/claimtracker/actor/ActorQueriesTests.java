package org.claimtracker.actor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ActorQueriesTests {

    @Autowired
    ActorQueries queries;

    @Autowired
    ActorRoleRepository roles;

    TestData data;
    Article article;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new TestData(articles, actors, statements);
        article = data.article("a.txt", "AP", LocalDate.of(2025, 3, 11),
                "President Volodymyr Zelensky said: “We are ready.” Putin said “No.” Rutte said “Yes.”");
        Actor zelensky = data.actor("Volodymyr Zelensky", ActorKind.PERSON, "Zelenskyy", "the Ukrainian leader");
        data.statement(article, zelensky, "We are ready.", Map.of());
        data.statement(article, data.actor("Vladimir Putin", ActorKind.PERSON), "No.", Map.of());
        data.actor("Mark Rutte", ActorKind.PERSON);
        roles.save(new ActorRole(zelensky, article, "President", 0, 9));
    }

    @Test
    void listsTheActorsWithStatementsWithCountsMostQuotedFirst() {
        assertThat(queries.list(10_000, 0)).extracting(a -> a.name() + " " + a.statements())
                .containsExactly("Vladimir Putin 1", "Volodymyr Zelensky 1");
    }

    @Test
    void indexesSpeakersByNameOrCountWithTheirMainRoleAndTheHomePageTotal() {
        SpeakerPage byCount = queries.index(SpeakerSort.STATEMENTS, 0, 1);
        assertThat(byCount.total()).isEqualTo(2);
        assertThat(byCount.totalPages()).isEqualTo(2);
        assertThat(byCount.items()).extracting(ActorSummary::name).containsExactly("Vladimir Putin");

        assertThat(queries.index(SpeakerSort.NAME, 0, 10).items())
                .extracting(a -> a.name() + " / " + a.mainRole())
                .containsExactly("Vladimir Putin / null", "Volodymyr Zelensky / President");
    }

    @Test
    void findsAnActorDespiteAMisspelledNameOrAlias() {
        assertThat(queries.search("Zelenskiy")).extracting(ActorSummary::slug).containsExactly("volodymyr-zelensky");
        assertThat(queries.search("zelenskyy")).first().extracting(ActorSummary::matchedAs).isEqualTo("Zelenskyy");
        assertThat(queries.search("Ukrainian leader")).extracting(ActorSummary::slug)
                .containsExactly("volodymyr-zelensky");
        assertThat(queries.search("Putn")).extracting(ActorSummary::slug).containsExactly("vladimir-putin");
    }

    @Test
    void profileHasAliasesAndTheRolesWithTheirArticle() {
        ActorProfile profile = queries.profile("volodymyr-zelensky").orElseThrow();

        assertThat(profile.aliases()).containsExactly("Zelenskyy", "the Ukrainian leader");
        assertThat(profile.roles()).singleElement().satisfies(r -> {
            assertThat(r.role()).isEqualTo("President");
            assertThat(r.articleId()).isEqualTo(article.getId());
            assertThat(r.statedOn()).isEqualTo(LocalDate.of(2025, 3, 11));
        });
        assertThat(queries.profile("nobody")).isEmpty();
    }
}
