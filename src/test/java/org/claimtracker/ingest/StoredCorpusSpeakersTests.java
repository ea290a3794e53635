package org.claimtracker.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimtracker.actor.ActorQueries;
import org.claimtracker.actor.ActorSummary;
import org.claimtracker.actor.SpeakerSort;
import org.claimtracker.article.ArticleQueries;
import org.claimtracker.extraction.NameKeys;
import org.claimtracker.support.DatabaseCleaner;
import org.claimtracker.support.IntegrationTest;
import org.claimtracker.support.TestArticles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The speakers of the stored corpus (the seeds, plus ../shared/corpus or -Dclaimtracker.corpus when present) obey
 * the general rules of speaker resolution: one actor per person in an article, whatever the spelling; no group,
 * place, fragment or descriptor as a speaker; no actor without statements on the index.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredCorpusSpeakersTests {

    /** Plural common nouns naming groups of people, which never speak as one actor. */
    private static final Set<String> GROUP_WORDS = Set.of("forces", "troops", "soldiers", "leaders", "officials",
            "countries", "nations", "allies", "partners", "governments", "people", "residents", "authorities");
    /** Words that describe a speaker rather than name it. */
    private static final List<String> DESCRIPTORS = List.of(" statement", " newspaper", " state agency",
            " security service", " spokesperson", " spokesman");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActorQueries actors;

    @BeforeAll
    void ingestTheCorpus(@Autowired DatabaseCleaner cleaner, @Autowired IngestionRunner runner) {
        cleaner.clean();
        List<Path> paths = new ArrayList<>(List.of(TestArticles.seeds()));
        Path corpus = Path.of(System.getProperty("claimtracker.corpus", "../shared/corpus"));
        if (Files.isDirectory(corpus)) {
            paths.add(corpus);
        }
        IngestionReport report = runner.ingestPaths(paths, IngestionTrigger.COMMAND, IngestionProgress.NONE);
        assertThat(report.ingested()).isPositive();
    }

    @Test
    void noArticleHasTwoSpeakersWhoseNamesAreOneEditApart() {
        Map<Long, List<String>> byArticle = new java.util.HashMap<>();
        jdbc.query("""
                select distinct s.article_id, a.name, a.kind from statement s join actor a on a.id = s.actor_id
                """, rs -> {
            byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2) + "\t" + rs.getString(3));
        });
        List<String> clashes = new ArrayList<>();
        byArticle.forEach((article, names) -> {
            for (int i = 0; i < names.size(); i++) {
                for (int j = i + 1; j < names.size(); j++) {
                    String[] a = names.get(i).split("\t");
                    String[] b = names.get(j).split("\t");
                    if (oneEditApart(a[0], a[1], b[0], b[1])) {
                        clashes.add(article + ": " + a[0] + " / " + b[0]);
                    }
                }
            }
        });
        assertThat(byArticle).isNotEmpty();
        assertThat(clashes).isEmpty();
    }

    /**
     * Whole names one edit apart, or, between two persons, a lone name one edit from the other's surname ("Vikul",
     * "Oleksandr Vilkul"): a body's last word is no surname ("Russia" and "BBC Russian" are two speakers).
     */
    private static boolean oneEditApart(String a, String kindA, String b, String kindB) {
        String ka = NameKeys.matchKey(a);
        String kb = NameKeys.matchKey(b);
        if (NameKeys.withinOneEdit(ka, kb)) {
            return true;
        }
        if (!kindA.equals("PERSON") || !kindB.equals("PERSON")) {
            return false;
        }
        boolean loneA = !ka.contains(" ");
        boolean loneB = !kb.contains(" ");
        return loneA != loneB && (loneA ? NameKeys.withinOneEdit(ka, NameKeys.surnameKey(b))
                : NameKeys.withinOneEdit(kb, NameKeys.surnameKey(a)));
    }

    @Test
    void noSpeakerIsNamedLikeAGroupAPlaceOrADescriptor() throws IOException {
        Set<String> places = places();
        List<String> speakers = actors.list(10_000, 0).stream().map(ActorSummary::name).toList();
        assertThat(speakers).isNotEmpty();
        assertThat(speakers).filteredOn(n -> {
            String[] words = n.split("\\s+");
            String last = words[words.length - 1];
            return Character.isLowerCase(last.charAt(0)) && GROUP_WORDS.contains(last);
        }).as("groups").isEmpty();
        assertThat(speakers).filteredOn(n -> places.contains(n.toLowerCase(Locale.ROOT))).as("places").isEmpty();
        assertThat(speakers).filteredOn(n -> DESCRIPTORS.stream().anyMatch(d -> n.toLowerCase(Locale.ROOT).endsWith(d)))
                .as("descriptors").isEmpty();
        assertThat(speakers).filteredOn(n -> n.matches(".*\\p{Ll}(said|says)")).as("fused speech verbs").isEmpty();
        assertThat(speakers).filteredOn(n -> n.endsWith("'s") || n.endsWith("\u2019s")).as("possessives").isEmpty();
    }

    @Test
    void aJointSpeakerIsNeverPeople() {
        List<String> joint = jdbc.queryForList("""
                select a.name from actor a
                 where a.name like '% and %' and exists (select 1 from statement s where s.actor_id = a.id)
                """, String.class);
        Set<String> persons = Set.copyOf(jdbc.queryForList("select name from actor where kind = 'PERSON'", String.class));
        assertThat(joint).allSatisfy(name -> assertThat(name.split(" and ")).noneMatch(persons::contains));
    }

    @Test
    void theIndexListsOnlySpeakersWithStatementsAsManyAsTheHomePageCounts(@Autowired ArticleQueries articles) {
        var index = actors.index(SpeakerSort.STATEMENTS, 0, 1000);
        assertThat(index.items()).isNotEmpty().allSatisfy(a -> assertThat(a.statements()).isPositive());
        assertThat(index.total()).isEqualTo(index.items().size()).isEqualTo(articles.coverage().speakers());
        assertThat(index.items()).extracting(a -> a.kind().speaks()).containsOnly(true);
    }

    @Test
    void noActorIsLeftWithNothingPointingAtIt() {
        List<String> orphans = jdbc.queryForList("""
                select a.name from actor a
                 where not exists (select 1 from statement s where s.actor_id = a.id)
                   and not exists (select 1 from actor_role r where r.actor_id = a.id)
                   and not exists (select 1 from actor_affiliation f where f.actor_id = a.id or f.body_id = a.id)
                """, String.class);
        assertThat(orphans).isEmpty();
    }

    @Test
    void theKremlinsPeopleSpeakForItWhenAsked() {
        List<String> people = actors.profile("kremlin").orElseThrow().members().stream()
                .map(m -> m.name()).collect(Collectors.toList());
        assertThat(people).contains("Dmitry Peskov", "Vladimir Putin", "Yury Ushakov");
    }

    private static Set<String> places() throws IOException {
        try (InputStream in = StoredCorpusSpeakersTests.class.getResourceAsStream("/extraction/places.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        }
    }
}
