package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Deal references ("some terms", "reach an agreement") and a condition that holds the penalty word itself. */
class DealReferenceTests {

    private static ExtractedStatement last(String body) {
        List<ExtractedStatement> all = statements(body);
        return all.get(all.size() - 1);
    }

    @Test
    void theTermsOfTheDealTheArticleNamedAreAboutThatDealWithoutTakingASide() {
        ExtractedStatement s = last("""
                Norland and Ostravia signed the minerals deal in May.
                A negotiator said Ostravia was seeking to reopen some terms that had been settled.""");

        assertThat(s.stances()).containsEntry("MINERALS_DEAL", Stance.NEUTRAL);
    }

    @Test
    void termsWithNoDeterminerOrOfADealNamedLaterAreNoReference() {
        ExtractedStatement s = last("""
                Norland and Ostravia signed the minerals deal in May.
                A negotiator said the harbour was, in terms of size, the largest on the coast.""");

        assertThat(s.topics()).doesNotContain("MINERALS_DEAL");
    }

    @Test
    void aPenaltyWordInsideAWithoutConditionIsNoThreat() {
        ExtractedStatement s = last("""
                "Without solving the problems behind the war, it will not be possible to reach an agreement," \
                Lena Marsh said.""");

        assertThat(s.stances()).containsEntry("NEGOTIATIONS", Stance.CONDITIONAL);
    }

    @Test
    void aPenaltyInTheMainClauseWithAWithoutConditionIsStillAThreat() {
        ExtractedStatement s = last("""
                Lena Marsh said the tariffs on Ostravia would come in a month without a truce.""");

        assertThat(s.stances()).containsEntry("CEASEFIRE", Stance.SUPPORTS);
    }
}
