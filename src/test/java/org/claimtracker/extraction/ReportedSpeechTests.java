package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReportedSpeechTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"said", "stated", "warned", "reiterated", "emphasised", "emphasized", "insisted",
            "stressed", "argued", "noted", "claimed", "cautioned"})
    void readsTheThatClauseAfterASpeechVerb(String verb) {
        ExtractedStatement s = only("Lena Marsh " + verb + " that the border would stay closed.");

        assertThat(s.kind()).isEqualTo(StatementKind.INDIRECT);
        assertThat(s.text()).isEqualTo("the border would stay closed");
        assertThat(s.cue()).isEqualTo(verb);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Lena Marsh said after a call with the Varlian leader on Monday that the border would stay closed.",
            "Lena Marsh said after a meeting with the Varlian president that the border would stay closed."})
    void skipsAMediaPhraseWithATitledPersonBeforeTheThatClause(String text) {
        assertThat(only(text).text()).isEqualTo("the border would stay closed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            urged      | Lena Marsh urged Kyiv to accept the plan.                  | Kyiv to accept the plan
            accused    | Lena Marsh accused Moscow of stalling the talks.           | Moscow of stalling the talks
            demanded   | Lena Marsh demanded new elections within a year.           | new elections within a year
            rejected   | Lena Marsh rejected calls for an immediate truce.          | calls for an immediate truce
            signaled   | Lena Marsh signaled her readiness to sign the deal.        | her readiness to sign the deal
            signalled  | Lena Marsh signalled her readiness to sign the deal.       | her readiness to sign the deal
            promised   | Lena Marsh promised to end the blockade.                   | to end the blockade
            """)
    void readsNounPhraseObjectsThatCarryAPosition(String verb, String text, String content) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).isEqualTo(content);
        assertThat(s.cue()).isEqualTo(verb);
    }

    @Test
    void doesNotReuseAVerbThatAlreadyAttributesAQuotation() {
        List<ExtractedStatement> all = statements("“The border stays closed,” Lena Marsh said on Sunday.");

        assertThat(all).singleElement().extracting(ExtractedStatement::kind).isEqualTo(StatementKind.DIRECT);
    }

    @Test
    void splitsOneVerbSharedByTwoClauses() {
        List<ExtractedStatement> all = statements(
                "Lena Marsh said the border would stay closed and that talks would resume in May.");

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("the border would stay closed", "talks would resume in May");
    }

    @Test
    void splitsTwoCoordinatedSpeechVerbs() {
        List<ExtractedStatement> all = statements(
                "Lena Marsh said the border would stay closed, and cautioned that talks could fail.");

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("the border would stay closed", "talks could fail");
        assertThat(all).extracting(Extraction::speakerOf).containsOnly("Lena Marsh");
    }

    @Test
    void givesAParticipleTheSubjectOfItsSentence() {
        List<ExtractedStatement> all = statements(
                "Lena Marsh rejected the offer on Sunday, saying it would leave the country exposed.");

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("the offer on Sunday", "it would leave the country exposed");
        assertThat(speakerOf(all.get(1))).isEqualTo("Lena Marsh");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"suggesting", "though", "although", "after", "despite"})
    void cutsOffTheJournalistsTrailingGloss(String gloss) {
        ExtractedStatement s = only("Lena Marsh said the talks were going well, " + gloss + " the fighting went on.");

        assertThat(s.text()).isEqualTo("the talks were going well");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The proposed deal was signed in May.",
            "Their promises were broken within a week.",
            "The warning came too late for the town.",
            "The so-called peace plan was never published.",
            "He was accused of treason by the court.",
            "Reuters reported that the convoy had left.",
            "Lena Marsh wanted to review the draft before she could say more."})
    void rejectsSpeechVerbsUsedAsNounsAdjectivesOrPassives(String text) {
        assertThat(statements(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Lena Marsh will be furious if Tom Reed says the plan is dead.",
            "The plan, which she argued had failed, was dropped.",
            "It was not what Tom Reed had suggested was possible.",
            "The envoy met Tom Reed, whom Lena Marsh claims had secret backing.",
            "They argue the plan empowers the occupying force.",
            "The Russian claim could not be verified."})
    void skipsCircumstancesRelativesAndCommentary(String text) {
        assertThat(statements(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Lena Marsh said the truce announced Tuesday could only start after the vote.",
            "The truce announced Tuesday would not hold, Lena Marsh said.",
    })
    void readsASpeechVerbBeforeAModalAsAParticipleOfItsNoun(String text) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
        assertThat(s.text().toLowerCase(java.util.Locale.ROOT)).startsWith("the truce announced tuesday");
    }

    @Test
    void readsNoReportInARelativeClauseOnANoun() {
        String text = "The Varlian Defence Ministry said the base was ready. It released a video it said showed the new runway. "
                + "In an interview, Lena Marsh said talks were going well.";

        assertThat(statements(text)).extracting(ExtractedStatement::text)
                .containsExactly("the base was ready", "talks were going well");
    }

    @Test
    void givesACoordinatedVerbTheSubjectOfTheThatClause() {
        List<ExtractedStatement> all = statements(
                "The agency reported that Lena Marsh is open to talks but insists the border stays shut.");

        assertThat(all).singleElement().satisfies(s -> {
            assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
            assertThat(s.text()).isEqualTo("the border stays shut");
        });
    }

    @Test
    void readsTheSpeakerOfAParticipleAfterFrom() {
        ExtractedStatement s = only("Nothing stopped the Kremlin from claiming the election was void.");

        assertThat(speakerOf(s)).isEqualTo("Kremlin");
        assertThat(s.text()).isEqualTo("the election was void");
    }

    @Test
    void endsAReportedClauseWhereTheNextSpeakerStarts() {
        List<ExtractedStatement> all = statements(
                "While the White House said ports would be covered, the Kremlin declared that only power plants were.");

        assertThat(all).extracting(s -> speakerOf(s) + ": " + s.text())
                .containsExactly("White House: ports would be covered", "Kremlin: only power plants were");
    }

    @Test
    void endsAReportedClauseAtAQuotationClosedByAnotherAttribution() {
        List<ExtractedStatement> all = statements(
                "Lena Marsh insisted that “we are making progress,” she conceded that “the gaps are wide”.");

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("we are making progress", "the gaps are wide");
    }

    @Test
    void givesAParticipleNoSpeakerWhenTheSentenceOpensWithoutASubjectAndVerb() {
        assertThat(statements("An Oval Office meeting between the two leaders ended early, telling us a lot.")).isEmpty();
    }

    @Test
    void findsNoReportInAQuestion() {
        assertThat(statements("What did Lena Marsh say about the ceasefire?")).isEmpty();
    }

    @Test
    void keepsANestedReportAndTheReportAroundIt() {
        List<ExtractedStatement> all = statements("Tom Reed has said he will respond, Lena Marsh warned.");

        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactlyInAnyOrder("Tom Reed has said he will respond", "he will respond");
    }

    @Test
    void takesTheInnerSpeakerOfANestedReport() {
        ExtractedStatement s = only("The agency said Lena Marsh told the envoy that the border would stay closed.");

        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
        assertThat(s.text()).isEqualTo("the border would stay closed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Harbour officials say that the crews only include volunteers.     | -
            Russian authorities say that the crews only include volunteers.   | Russia
            People say the crews only include volunteers from the islands.    | -
            """)
    void pluralSourcesReportInThePresentTense(String text, String speaker) {
        ExtractedStatement s = only(text);

        assertThat(s.text()).startsWith("the crews only include volunteers");
        assertThat(s.cue()).isEqualTo("say");
        assertThat(speakerOf(s)).isEqualTo(speaker);
    }

    @Test
    void aBareSayAfterANounThatIsNoSourceIsNoReport() {
        assertThat(statements("The rules have a say in how the crews are paid this winter.")).isEmpty();
    }

    @Test
    void aTitledNameOpeningTheSentenceIsTheSpeaker() {
        assertThat(speakerOf(only("Mayor Tal said that the ferry would never sail again."))).isEqualTo("Tal");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The plan drew criticism from Mayor Tal, who on Monday said that the ferry would never sail again.",
            "The plan was criticised by Mayor Tal, who said the ferry would never sail again.",
            "Mayor Tal, who said that the ferry would never sail again, left early."})
    void aSpeakerNamedAsideWithWhoSpeaksEvenAsAPrepositionalObject(String text) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo("Tal");
        assertThat(s.text()).startsWith("the ferry would never sail again");
    }

    @Test
    void aRestrictiveWhoOrAWhichAfterAPrepositionNamesNoSpeaker() {
        assertThat(statements("The harbour rules changed, according to pilots who maintain contacts with the crews."))
                .extracting(Extraction::speakerOf).doesNotContain("pilots");
        assertThat(statements("The council voted for a motion at the Harbour Board which called for an end to the "
                + "tolls, but set no date.")).extracting(Extraction::speakerOf).doesNotContain("Harbour Board");
    }
}
