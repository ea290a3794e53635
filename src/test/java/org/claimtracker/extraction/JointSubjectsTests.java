package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Construction 16 of issue 8: speakers named together each say it; reciprocals say nothing. */
class JointSubjectsTests {

    @Test
    void twoSpeakersOfAParticipleEachGetTheStatement() {
        List<ExtractedStatement> all = statements("Mayor Dana Tal and Governor Ilse Reyes rounded on the operator,"
                + " saying it had “ignored the north”.");

        assertThat(all).extracting(ExtractedStatement::text).containsExactly("it had “ignored the north”",
                "it had “ignored the north”");
        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Dana Tal", "Ilse Reyes");
        assertThat(all).extracting(ExtractedStatement::kind).containsOnly(StatementKind.MIXED);
    }

    @Test
    void surnamesJoinedLaterResolveToTheNamesGivenBefore() {
        List<ExtractedStatement> all = statements("Mayor Dana Tal and Governor Ilse Reyes met on Monday. Tal and"
                + " Reyes rounded on the plan, saying it would cost too much.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Dana Tal", "Ilse Reyes");
    }

    @Test
    void aQuotationOfTwoSpeakersIsEachOnesWords() {
        List<ExtractedStatement> all = statements("“The tolls have failed,” Mayor Dana Tal and Governor Ilse Reyes said.");

        assertThat(all).extracting(Extraction::speakerOf).containsExactly("Dana Tal", "Ilse Reyes");
        assertThat(all).extracting(ExtractedStatement::mention).containsExactly("Mayor Dana Tal", "Governor Ilse Reyes");
    }

    @Test
    void aReciprocalAccusationIsNoStatement() {
        assertThat(statements("Mayor Dana Tal and Governor Ilse Reyes accused each other of lying about the tolls."))
                .isEmpty();
    }

    @Test
    void oneSpeakerSayingTheSameWordsTwiceIsOneStatement() {
        assertThat(statements("Mayor Dana Tal said the tolls had failed.")).hasSize(1);
    }
}
