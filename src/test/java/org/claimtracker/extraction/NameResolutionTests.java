package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names resolved through normalisation, each rule with names this project made up. */
class NameResolutionTests {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Bohdan Kovalskyi, Bohdan Kovalskii", // -yi / -ii endings
            "Kovalsky, Kovalskiy", // -y / -iy endings
            "Dmitriy Orlenko, Dmitri Orlenko",
            "Taras Zhuravel, Taras Juravel", // zh / j
            "Mykola Kharuk, Mykola Haruk", // kh / h
            "Yevhenia Lotska, Ievhenia Lotska", // ye / ie
            "Marta Hnatyshyn, Marta Hnatishin",
            "Petro Zaporozhets, Petro Zaporojets",
            "Matthias Orrel, Mathias Orel", // doubled letters
            "Jiří Dvořák, Jiri Dvorak", // diacritics
            "Ostap Melnyk’s, Ostap Melnyk's"})
    void transliterationsShareOneKey(String one, String other) {
        assertThat(NameKeys.matchKey(one)).isEqualTo(NameKeys.matchKey(other));
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({"vilkul, vikul, true", "petrenko, petrenka, true", "petrenko, petrusko, false",
            "wang, wong, false", "orlenko, orlenkov, true", "orlenko, borlenkov, false"})
    void oneEditJoinsOnlyNamesLongEnough(String a, String b, boolean joined) {
        assertThat(NameKeys.withinOneEdit(a, b)).isEqualTo(joined);
    }

    @Test
    void resolvesAnotherTransliterationOfASurnameInTheArticle() {
        List<ExtractedStatement> all = statements("Bohdan Kovalskyi said the bridge was closed. "
                + "Kovalskii said repairs would take a month.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Bohdan Kovalskyi", "Bohdan Kovalskyi");
    }

    @Test
    void resolvesAKnownActorThroughAnotherTransliteration() {
        ExtractedStatement s = only("Ukraine's top commander Oleksandr Syrskii said the line was holding.");

        assertThat(s.speaker().canonicalName()).isEqualTo("Oleksandr Syrskyi");
        assertThat(s.speaker().aliases()).contains("Oleksandr Syrskii");
    }

    @Test
    void aNameOneLetterFromAPersonOfTheArticleIsThatPersonWithTheSpellingKept() {
        List<ExtractedStatement> all = statements("Governor Oksana Vilenko said the grid was damaged. "
                + "Vilnko said power would be back by evening.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Oksana Vilenko", "Oksana Vilenko");
        assertThat(all.get(1).speaker().aliases()).contains("Vilnko");
    }

    @Test
    void splitsASpeechVerbFusedToTheName() {
        List<ExtractedStatement> all = statements("In the region, governor Taras Marchuksaid, "
                + "“The attack destroyed a school,” he said.");

        assertThat(all).extracting(Extraction::speakerOf).containsOnly("Taras Marchuk");
    }

    @Test
    void dropsDescriptorsAndKeepsTheKindTheyGive() {
        List<ExtractedStatement> all = statements("The Carpathian Herald newspaper said the vote would be delayed. "
                + "The Ruritanian Mining Survey state agency said the deposits were large. "
                + "A Ruritanian Mining Survey statement said exports would start in May. "
                + "A spokesperson from the Ruritanian Mining Survey said the licences were ready.");

        assertThat(all).extracting(s -> s.speaker().canonicalName() + "/" + s.speaker().kind()).containsExactly(
                "Carpathian Herald/MEDIA", "Ruritanian Mining Survey/ORGANISATION",
                "Ruritanian Mining Survey/ORGANISATION", "Ruritanian Mining Survey/ORGANISATION");
    }

    @Test
    void aCountrysBodyIsOneActorWhicheverPossessiveNamesIt() {
        List<ExtractedStatement> all = statements("Kyiv's Ministry of Digital Affairs said the outage was over. "
                + "Ukraine's Ministry of Digital Affairs said the data was safe.");

        assertThat(all).extracting(Extraction::speakerOf)
                .containsExactly("Ministry of Digital Affairs of Ukraine", "Ministry of Digital Affairs of Ukraine");
    }

    @Test
    void knowsABodyOfTheLexiconUnderADescriptiveNameAndAPossessive() {
        List<ExtractedStatement> all = statements("Russia's FSB security service said it had detained a man. "
                + "Ukraine's military General Staff said two bridges were hit. "
                + "A spokesperson from Kyiv's Ministry of Foreign Affairs said the talks went on.");

        assertThat(all).extracting(Extraction::speakerOf)
                .containsExactly("FSB", "Armed Forces of Ukraine", "Ministry of Foreign Affairs of Ukraine");
    }

    @Test
    void mediaAreMediaNotPersons() {
        List<ExtractedStatement> all = statements("BBC Verify said the footage was real. "
                + "The Dniester Times said the mayor had resigned.");

        assertThat(all).extracting(s -> s.speaker().kind()).containsOnly(ActorKind.MEDIA);
    }

    @Test
    void groupsAndPlacesNeverSpeakButKeepTheirWords() {
        List<ExtractedStatement> all = statements("Zemblan forces said they had taken the village. "
                + "Europe has also expressed its support for the plan. "
                + "Russia and Ukraine have accused each other of breaking the truce.");

        assertThat(all).isNotEmpty().allSatisfy(s -> assertThat(s.speaker()).isNull());
        assertThat(all).extracting(ExtractedStatement::mention).contains("Zemblan forces");
    }

    @Test
    void twoBodiesIssuingOneStatementStayOneVoiceButTwoPeopleEachSayIt() {
        List<ExtractedStatement> all = statements("The United States and Ukraine said the talks were productive. "
                + "Oksana Vilenko and Bohdan Kovalskyi said the plan was fair.");

        // issue 8, construction 16: people named together are each a speaker, never one speaker "X and Y"
        assertThat(all).extracting(s -> s.speaker() == null ? null : s.speaker().canonicalName())
                .containsExactly("United States and Ukraine", "Oksana Vilenko", "Bohdan Kovalskyi");
    }

    @Test
    void aRoleNamingABodyGivesTheActorThatBody() {
        ArticleAnalysis analysis = Extraction.analyse("Kremlin spokesman Oleg Zaitsev said the talks were over.");

        assertThat(analysis.roles()).singleElement().satisfies(r -> {
            assertThat(r.actor().canonicalName()).isEqualTo("Oleg Zaitsev");
            assertThat(r.body().canonicalName()).isEqualTo("Kremlin");
        });
    }

    @Test
    void theLexiconGivesAffiliationsWithDates() {
        ExtractedStatement s = only("Marco Rubio said the talks were over.");

        assertThat(s.speaker().affiliations()).singleElement().satisfies(a -> {
            assertThat(a.body().canonicalName()).isEqualTo("US State Department");
            assertThat(a.from()).hasToString("2025-01-21");
            assertThat(a.body().affiliations()).extracting(b -> b.body().canonicalName())
                    .containsExactly("United States");
        });
    }
}
