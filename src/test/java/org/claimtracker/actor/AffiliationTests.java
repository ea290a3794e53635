package org.claimtracker.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimtracker.article.Article;
import org.claimtracker.article.ArticleQueries;
import org.claimtracker.article.ArticleRepository;
import org.claimtracker.extraction.ActorKind;
import org.claimtracker.extraction.Affiliation;
import org.claimtracker.extraction.Speaker;
import org.claimtracker.statement.StatementFilter;
import org.claimtracker.statement.StatementHit;
import org.claimtracker.statement.StatementRepository;
import org.claimtracker.statement.StatementSearch;
import org.claimtracker.statement.StatementSort;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who belongs to which body, and the statement filter that takes a body's people along. */
@IntegrationTest
class AffiliationTests {

    @Autowired
    ActorDirectory directory;
    @Autowired
    StatementSearch search;
    @Autowired
    ActorQueries queries;
    @Autowired
    TransactionTemplate tx;

    TestData data;
    Article march;
    Article june;

    @BeforeEach
    void setUp(@Autowired DatabaseCleaner cleaner, @Autowired ArticleRepository articles,
            @Autowired ActorRepository actors, @Autowired StatementRepository statements) {
        cleaner.clean();
        data = new TestData(articles, actors, statements);
        march = data.article("march.txt", "AP", LocalDate.of(2025, 3, 1),
                "Palace said “one”. Aide said “two”. Chief said “three”. Land said “four”. Envoy said “five”. "
                        + "Outsider said “six”.");
        june = data.article("june.txt", "AP", LocalDate.of(2025, 6, 1), "Envoy said “seven”. Aide said “eight”.");
        // an invented chain: Aide -> Palace -> Land; Chief -> Palace; Envoy -> Palace only from May
        Speaker land = new Speaker("Land", ActorKind.COUNTRY, List.of());
        Speaker palace = new Speaker("Palace", ActorKind.ORGANISATION, List.of(), List.of(new Affiliation(land, null, null)));
        tx.executeWithoutResult(s -> {
            directory.resolve(new Speaker("Aide", ActorKind.PERSON, List.of(), List.of(new Affiliation(palace, null, null))));
            directory.resolve(new Speaker("Chief", ActorKind.PERSON, List.of(), List.of(new Affiliation(palace, null, null))));
            directory.resolve(new Speaker("Envoy", ActorKind.PERSON, List.of(),
                    List.of(new Affiliation(palace, LocalDate.of(2025, 5, 1), null))));
            directory.resolve(new Speaker("Outsider", ActorKind.PERSON, List.of()));
        });
        data.statement(march, data.actor("palace"), "one", Map.of());
        data.statement(march, data.actor("aide"), "two", Map.of());
        data.statement(march, data.actor("chief"), "three", Map.of());
        data.statement(march, data.actor("land"), "four", Map.of());
        data.statement(march, data.actor("envoy"), "five", Map.of());
        data.statement(march, data.actor("outsider"), "six", Map.of());
        data.statement(june, data.actor("envoy"), "seven", Map.of());
        data.statement(june, data.actor("aide"), "eight", Map.of());
    }

    private List<String> said(List<String> speakers, boolean affiliates) {
        StatementFilter filter = new StatementFilter(speakers, null, null, null, null, null, null, null,
                StatementSort.OLDEST_FIRST, 0, 50, affiliates, false);
        return search.find(filter).items().stream().map(StatementHit::content).sorted().toList();
    }

    @Test
    void aBodyAloneSaysOnlyItsOwnStatements() {
        assertThat(said(List.of("palace"), false)).containsExactly("one");
    }

    @Test
    void aBodyWithItsPeopleTakesInItsMembersOnTheDatesTheyBelong() {
        // Envoy joined in May: "five" (March) is not the Palace's, "seven" (June) is
        assertThat(said(List.of("palace"), true)).containsExactly("eight", "one", "seven", "three", "two");
    }

    @Test
    void aCountryWithItsPeopleReachesThroughItsBodies() {
        assertThat(said(List.of("land"), true)).containsExactly("eight", "four", "one", "seven", "three", "two");
    }

    @Test
    void severalSpeakersWithTheirPeopleAddUp() {
        assertThat(said(List.of("palace", "outsider"), true)).contains("one", "six").doesNotContain("five", "four");
    }

    @Test
    void aBodysProfileListsItsPeopleAndAPersonsItsBodies() {
        ActorProfile palace = queries.profile("palace").orElseThrow();
        assertThat(palace.members()).extracting(m -> m.name() + " " + m.statements())
                .containsExactly("Aide 2", "Envoy 2", "Chief 1");
        assertThat(palace.bodies()).extracting(ActorProfile.Member::name).containsExactly("Land");
        assertThat(queries.profile("envoy").orElseThrow().bodies()).singleElement()
                .satisfies(b -> assertThat(b.from()).isEqualTo(LocalDate.of(2025, 5, 1)));
    }

    @Test
    void aBodysPageAndProfileListItsPeopleAndTheApiTakesThemAlong(@Autowired MockMvc mvc) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/speakers/palace")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
        assertThat(page.select(".members li > a").eachText()).containsExactly("Aide", "Envoy", "Chief");
        assertThat(page.select(".affiliations li > a").eachText()).containsExactly("Land");
        assertThat(page.select("a.affiliates-link").attr("href")).isEqualTo("/statements?speaker=palace&affiliates=true");

        mvc.perform(get("/api/actors/palace"))
                .andExpect(jsonPath("$.members[*].slug").value(contains("aide", "envoy", "chief")))
                .andExpect(jsonPath("$.memberOf[0].slug").value("land"));
        mvc.perform(get("/api/statements?speaker=palace&affiliates=true")).andExpect(jsonPath("$.total").value(5));
        mvc.perform(get("/api/statements?speaker=palace")).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theSpeakersIndexCountsWhomTheHomePageCounts(@Autowired ArticleQueries articles) {
        assertThat(queries.index(SpeakerSort.NAME, 0, 100).total()).isEqualTo(articles.coverage().speakers())
                .isEqualTo(6);
    }
}
