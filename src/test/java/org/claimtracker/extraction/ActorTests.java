package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.analyse;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActorTests {

    @ParameterizedTest
    @ValueSource(strings = {"Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelenskyy", "President Zelensky",
            "Ukrainian President Volodymyr Zelensky", "Mr Zelensky"})
    void mapsEverySpellingOfAKnownActorToOneCanonicalName(String name) {
        ExtractedStatement s = only(name + " said the talks would continue.");

        assertThat(s.speaker().canonicalName()).isEqualTo("Volodymyr Zelenskyy");
        assertThat(s.speaker().kind()).isEqualTo(ActorKind.PERSON);
        assertThat(s.speaker().aliases()).contains("Zelensky");
    }

    @Test
    void makesANewActorWithoutAliasesForANameItDoesNotKnow() {
        ExtractedStatement s = only("Lena Marsh said the talks would continue.");

        assertThat(s.speaker().canonicalName()).isEqualTo("Lena Marsh");
        assertThat(s.speaker().aliases()).isEmpty();
    }

    @Test
    void resolvesALaterSurnameToTheFullNameTheArticleGave() {
        List<ExtractedStatement> all = statements(
                "Lena Marsh said the talks would continue. Marsh said the next round was in May.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Lena Marsh", "Lena Marsh");
    }

    @Test
    void knowsBodiesAndCountriesByTheirAliases() {
        List<ExtractedStatement> all = statements(
                "The Kremlin said the talks would continue. Moscow said the next round was in May. "
                        + "Kyiv said it was ready to talk.");

        assertThat(all).extracting(s -> s.speaker().canonicalName() + "/" + s.speaker().kind())
                .containsExactly("Kremlin/ORGANISATION", "Russia/COUNTRY", "Ukraine/COUNTRY");
    }

    @Test
    void readsCapitalsAsTheirCountriesAndNotAsFirstNames() {
        List<ExtractedStatement> all = statements("The Budapest Memorandum was signed in 1994. "
                + "Budapest says the pipeline could be repaired within five days.");

        assertThat(all).singleElement().satisfies(s -> assertThat(s.speaker().canonicalName()).isEqualTo("Hungary"));
    }

    @Test
    void emitsTheRolesTheArticleStates() {
        ArticleAnalysis a = analyse("Kremlin spokesman Dmitry Peskov said the talks would continue.");

        assertThat(a.roles()).singleElement().satisfies(r -> {
            assertThat(r.actor().canonicalName()).isEqualTo("Dmitry Peskov");
            assertThat(r.role()).isEqualTo("Kremlin spokesman");
        });
    }

    @Test
    void givesACoordinatedNameOnlyTheRoleAfterTheAnd() {
        ArticleAnalysis a = analyse("Tom Reed and Finnish President Lena Marsh said the talks would continue.");

        assertThat(a.roles()).extracting(RoleMention::role).containsExactly("Finnish President");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The then Lena Marsh said the talks would continue.",
            "The governor of New Varlia said the talks would continue.",
            "The presidential Varlia Palace said the talks would continue."})
    void emitsNoRoleThatIsOnlyAModifierOrAnOfPhrase(String text) {
        assertThat(analyse(text).roles()).isEmpty();
    }

    @Test
    void readsNewOrganisationsAsOrganisations() {
        ExtractedStatement s = only("The Ukrainian Navy Command said the port was safe again.");

        assertThat(s.speaker().kind()).isEqualTo(ActorKind.ORGANISATION);
    }
}
