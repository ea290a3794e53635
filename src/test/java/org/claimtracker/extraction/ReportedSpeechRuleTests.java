package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportedSpeechRuleTests {

    @Test
    void oneVerbWithTwoThatClausesJoinedByButGivesTwoStatements() {
        List<ExtractedStatement> all = statements("Minister Pavel Jund said the port would reopen on Monday, but that"
                + " night shifts would stay suspended.");

        assertThat(all).extracting(ExtractedStatement::text).containsExactly("the port would reopen on Monday",
                "night shifts would stay suspended");
        assertThat(all).allMatch(s -> "Pavel Jund".equals(speakerOf(s)));
    }

    @Test
    void aParticipleSpeechActAfterWhileIsASecondStatement() {
        List<ExtractedStatement> all = statements("Mayor Tomas Holt expressed support for the ferry line while"
                + " warning that fares could rise.");

        assertThat(all).extracting(ExtractedStatement::text).containsExactly("support for the ferry line",
                "fares could rise");
        assertThat(all).allMatch(s -> "Tomas Holt".equals(speakerOf(s)));
    }

    @Test
    void readsAClaimInsideAWhenClauseWithItsThat() {
        ExtractedStatement s = only("Engineers objected when Governor Ilse Reyes claimed that the dam was safe.");

        assertThat(s.text()).isEqualTo("the dam was safe");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void aSpeechVerbInAConditionIsNoStatement() {
        assertThat(statements("The crowd will cheer if Governor Ilse Reyes thanks the volunteers.")).isEmpty();
    }

    @Test
    void aWhenClauseInsideAnotherReportedClauseIsOnlyItsCircumstance() {
        assertThat(statements("Mayor Tomas Holt said he was furious when Governor Ilse Reyes criticised the budget"
                + " of the harbour.")).singleElement().extracting(Extraction::speakerOf).isEqualTo("Tomas Holt");
    }

    @Test
    void readsAnAcknowledgementInsideAWhenClause() {
        ExtractedStatement s = only("The figures were last updated in May, when Governor Ilse Reyes acknowledged"
                + " 300 deaths among the crews.");

        assertThat(s.text()).isEqualTo("300 deaths among the crews");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void readsTheClauseBeforeAnAccordingToCreditInMidSentence() {
        ExtractedStatement s = only("Storms destroyed 300 homes, according to the Red Cross, of which 120 were in"
                + " the capital.");

        assertThat(s.text()).isEqualTo("Storms destroyed 300 homes");
        assertThat(speakerOf(s)).isEqualTo("Red Cross");
    }

    @Test
    void anAccordingToCreditOfAnAttributedQuotationIsNoStatement() {
        assertThat(statements("“We will rebuild,” Governor Ilse Reyes said, according to the regional newspaper."))
                .singleElement().extracting(ExtractedStatement::kind).isEqualTo(StatementKind.DIRECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Dana Tal went on to accuse the operator of hiding the accounts.   | the operator of hiding the accounts
            Mayor Dana Tal has long maintained that the bridge is unsafe.           | the bridge is unsafe
            Mayor Dana Tal did add that the tolls would fall.                       | the tolls would fall
            """)
    void readsCatenativesLongAdverbsAndDoSupport(String text, String content) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(speakerOf(s)).isEqualTo("Dana Tal");
    }

    @Test
    void jointSubjectsAccusingEachOtherAreNoSpeaker() {
        assertThat(statements("Mayor Dana Tal and Governor Ilse Reyes accused each other of lying."))
                .noneMatch(s -> s.speaker() != null && s.speaker().canonicalName().contains(" and "));
    }

    @Test
    void theSpeakerQuotedAsSayingIsTheObjectOfQuoted() {
        ExtractedStatement s = only("The state agency quoted Admiral Olav Brenn as saying the tanker had sunk.");

        assertThat(s.text()).isEqualTo("the tanker had sunk");
        assertThat(speakerOf(s)).isEqualTo("Olav Brenn");
    }

    @Test
    void theClauseStartsAfterTheOutletItWasToldTo() {
        assertThat(only("Minister Pavel Jund told the Interfax news agency the talks would resume in May.").text())
                .isEqualTo("the talks would resume in May");
    }

    @Test
    void anOutletThatIsTheObjectOfAnActionIsNoAddressee() {
        assertThat(statements("Minister Pavel Jund told the Interfax news agency about nothing at all."))
                .noneMatch(s -> s.text().startsWith("the talks"));
    }

    @Test
    void aSpeakerKnownByANameSpeaksUnderIt() {
        ExtractedStatement s = only("The harbour will close in May, the blog known as Seawatch said.");

        assertThat(s.text()).isEqualTo("The harbour will close in May");
        assertThat(speakerOf(s)).isEqualTo("Seawatch");
    }

    @Test
    void aDateBetweenTheRelativePronounAndTheVerbKeepsTheSpeaker() {
        ExtractedStatement s = only("The loudest voice was Governor Ilse Reyes, who on 26 May said that the dam"
                + " would be rebuilt.");

        assertThat(s.text()).isEqualTo("the dam would be rebuilt");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void aCreditToAnOfficialAndAnotherSourceIsTheOfficials() {
        ExtractedStatement s = only("Four people died after drones struck the port, according to regional Gov. Ivo"
                + " Marr and the region’s emergency service.");

        assertThat(s.text()).isEqualTo("Four people died after drones struck the port");
        assertThat(speakerOf(s)).isEqualTo("Ivo Marr");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The ferry tolls will rise on Friday, according to a person familiar with the matter.",
            "According to a person familiar with the council's plans, the ferry tolls will rise on Friday."})
    void anUnnamedSourceFamiliarWithTheMatterIsAStatementWithNoActor(String text) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualToIgnoringCase("the ferry tolls will rise on Friday");
        assertThat(s.speaker()).isNull();
        assertThat(s.mention()).isEqualTo("a person");
    }

    @Test
    void aProgrammesQuotedNameBeforeThatIsWhereItWasSaidNotWhat() {
        ExtractedStatement s = only("Mayor Ana Tal said Sunday on KHTV's “Meet the Islands” that the tolls"
                + " would rise.");

        assertThat(s.text()).isEqualTo("the tolls would rise");
        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Mayor Ana Tal has repeatedly claimed, without evidence, that the vote was rigged.",
            "Mayor Ana Tal said, once again, that the vote was rigged."})
    void theWritersAsideBetweenTheVerbAndThatIsNoPartOfTheClause(String text) {
        assertThat(only(text).text()).isEqualTo("the vote was rigged");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Mayor Ana Tal said in an interview that aired Sunday that the tolls would rise.  | the tolls would rise
            Mayor Ana Tal said in a post that was later deleted that the tolls would rise.   | the tolls would rise
            Mayor Ana Tal said that armed groups that attacked the port were paid.           | armed groups that attacked the port were paid
            Mayor Ana Tal has been saying for weeks that the tolls would rise.               | the tolls would rise
            Mayor Ana Tal said at the Harbour Hall that the tolls would rise.                | the tolls would rise
            """)
    void whereHowLongOrInWhatItWasSaidIsNoPartOfWhatWasSaid(String text, String content) {
        assertThat(only(text).text()).isEqualTo(content);
    }
}
