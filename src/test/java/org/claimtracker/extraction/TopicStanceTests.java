package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Topics and stances read from the clause that mentions the topic. Every sentence here is invented for the test;
 * the rows follow the constructions the classifier must get right.
 */
class TopicStanceTests {

    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lena Marsh said Ukraine wanted a ceasefire as soon as possible.                          | CEASEFIRE           | SUPPORTS
            Lena Marsh said a ceasefire without security guarantees would be dangerous.              | CEASEFIRE           | CONDITIONAL
            Lena Marsh said talks could start only if the troops withdrew first.                    | NEGOTIATIONS        | CONDITIONAL
            Lena Marsh said talks could not start unless the shelling stopped.                      | NEGOTIATIONS        | CONDITIONAL
            Lena Marsh said the minerals deal was not enough on its own.                           | MINERALS_DEAL       | CONDITIONAL
            Lena Marsh rejected calls for a ceasefire.                                             | CEASEFIRE           | OPPOSES
            Lena Marsh said Ukraine would never join NATO.                                         | NATO                | OPPOSES
            Lena Marsh said European peacekeepers should be sent to Ukraine.                       | SECURITY_GUARANTEES | SUPPORTS
            Lena Marsh said Russia's annexation of Crimea would never be recognised.                | TERRITORY           | OPPOSES
            """)
    void classifiesTopicAndStanceFromPhrasesAndCues(String text, String topic, Stance stance) {
        assertThat(only(text).stances()).containsEntry(topic, stance);
    }

    /** The table of issue 9, row by row, in sentences of our own. */
    @ParameterizedTest(name = "{1} {2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # condition in the same sentence
            "A truce without firm guarantees would be worthless," Vos said.                        | CEASEFIRE           | CONDITIONAL
            "A truce without firm guarantees would be worthless," Vos said.                        | SECURITY_GUARANTEES | CONDITIONAL
            "We will sign the truce only if the rebels disarm," Vos said.                          | CEASEFIRE           | CONDITIONAL
            "If we don't get security guarantees, there will be no truce," Vos said.               | CEASEFIRE           | CONDITIONAL
            "If we don't get security guarantees, there will be no truce," Vos said.               | SECURITY_GUARANTEES | CONDITIONAL
            # condition after the reported clause
            Vos said Norland would join the talks, but only if the rebels disarm first.            | NEGOTIATIONS        | CONDITIONAL
            # description without a side
            Jund said the truce covers rail depots and power lines.                                | CEASEFIRE           | NEUTRAL
            # negative evaluation with no cue word of opposition
            Vos said a truce now would simply give the rebels time to regroup.                     | CEASEFIRE           | OPPOSES
            # "against" that is not opposition
            Vos said Norland backs a truce to end the war against the rebels.                      | CEASEFIRE           | SUPPORTS
            # accusing the other side of breaking it
            Jund accused Ostravia of violating the river truce.                                    | CEASEFIRE           | SUPPORTS
            Jund accused Ostravia of refusing to hold talks.                                       | NEGOTIATIONS        | SUPPORTS
            Jund accused Ostravia of playing games with the agreed river truce.                    | CEASEFIRE           | SUPPORTS
            Jund accused Norland of planning a peacekeeping force in disguise.                     | SECURITY_GUARANTEES | OPPOSES
            # negated refusal, double negation
            "We have never rejected a ceasefire," Jund said.                                       | CEASEFIRE           | SUPPORTS
            Jund said Norland did not oppose a ceasefire.                                          | CEASEFIRE           | SUPPORTS
            # paraphrases of a topic
            Vos said the delegations will meet again next week.                                    | NEGOTIATIONS        | SUPPORTS
            Vos said both armies had agreed to stop firing at dawn.                                | CEASEFIRE           | SUPPORTS
            Vos said she had phoned the Ostravian leader on Monday.                                | NEGOTIATIONS        | SUPPORTS
            """)
    void readsTheStanceFromTheClauseThatMentionsTheTopic(String text, String topic, Stance stance) {
        assertThat(only(text).stances()).containsEntry(topic, stance);
    }

    @Test
    void describesADealLeftUnsignedAsNeutral() {
        String text = "Talks on the minerals deal went on all week.\nThe minerals deal was left unsigned, the ministry said.";

        assertThat(statements(text)).last().satisfies(s ->
                assertThat(s.stances()).containsEntry("MINERALS_DEAL", Stance.NEUTRAL));
    }

    @Test
    void aHedgeIsNeverSupportAndCarriesLowConfidence() {
        ExtractedStatement s = only("\"It is too early to talk about a truce,\" Jund said.");

        assertThat(s.stances().get("CEASEFIRE")).isIn(Stance.OPPOSES, Stance.NEUTRAL);
        assertThat(s.calls().get("CEASEFIRE").confident()).isFalse();
    }

    @Test
    void everyStanceRecordsTheRuleAndCueThatDecidedIt() {
        StanceCall call = only("Lena Marsh rejected calls for a ceasefire.").calls().get("CEASEFIRE");

        assertThat(call.rule()).isEqualTo("composed-cues");
        assertThat(call.cue()).isEqualTo("rejected");
        assertThat(call.confidence()).isBetween(StanceCall.MEDIUM, 1.0);
    }

    @Test
    void thanksToPartnersAreAboutUsSupportWhenTheUnitedStatesIsThePartner() {
        String thanks = "\"We are grateful to our partners for their steady support,\" Vos said.";

        assertThat(statements("The American envoy arrived in Vell on Monday.\n" + thanks)).last()
                .satisfies(s -> assertThat(s.stances()).containsEntry("US_SUPPORT", Stance.SUPPORTS));
        assertThat(statements("The Norland envoy arrived in Vell on Monday.\n" + thanks)).last()
                .satisfies(s -> assertThat(s.topics()).doesNotContain("US_SUPPORT"));
    }

    @Test
    void aTopicOnlyMentionedInPassingIsNotAssigned() {
        assertThat(only("\"After the ceasefire talks, the harvest was good,\" she said, speaking in Vell.").topics())
                .doesNotContain("CEASEFIRE", "NEGOTIATIONS");
        assertThat(only("Speaking after the ceasefire talks, Lena Marsh said the harvest was good.").topics())
                .doesNotContain("CEASEFIRE");
    }

    @Test
    void aSettlementThatIsAPlaceIsNotNegotiations() {
        assertThat(only("Vos said troops now hold the settlement of Dolna.").topics()).doesNotContain("NEGOTIATIONS");
    }

    @Test
    void aReferenceBackTakesTheTopicTheArticleJustNamed() {
        String text = "Norland proposed a truce along the river.\nOstravia's foreign minister, Ilse Berg, rejected the idea.";

        assertThat(statements(text)).last().satisfies(s ->
                assertThat(s.stances()).containsEntry("CEASEFIRE", Stance.OPPOSES));
    }

    @Test
    void aThreatForRefusingATopicPressesForIt() {
        assertThat(only("Vos threatened to impose tariffs on Ostravia if it did not agree to a ceasefire.").stances())
                .containsEntry("CEASEFIRE", Stance.SUPPORTS);
    }

    @Test
    void classifiesDeterministically() {
        String text = "Vos said Norland would join the talks, but only if the rebels disarm first.";

        assertThat(only(text).calls()).isEqualTo(only(text).calls());
    }

    @Test
    void assignsNoTopicWhenNoneIsTakenUp() {
        assertThat(only("Lena Marsh said the weather in Kyiv was cold.").topics()).isEmpty();
    }

    @Test
    void readsAGenericDealAsTheDealTheArticleLastNamed() {
        String text = "The minerals deal was discussed for weeks.\nLena Marsh said the deal would be signed on Friday.";

        assertThat(only(text).stances()).containsKey("MINERALS_DEAL");
    }
}
