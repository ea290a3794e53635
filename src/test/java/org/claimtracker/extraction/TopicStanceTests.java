package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicStanceTests {

    @ParameterizedTest(name = "{1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Lena Marsh said Ukraine wanted a ceasefire as soon as possible.                          | CEASEFIRE           | SUPPORTS
            Lena Marsh said a ceasefire without security guarantees would be dangerous.              | CEASEFIRE           | CONDITIONAL
            Lena Marsh said talks could start only if the troops withdrew first.                    | NEGOTIATIONS        | CONDITIONAL
            Lena Marsh said talks could not start unless the shelling stopped.                      | NEGOTIATIONS        | CONDITIONAL
            Lena Marsh said the minerals deal was not enough on its own.                           | MINERALS_DEAL       | CONDITIONAL
            Lena Marsh rejected calls for a ceasefire.                                             | CEASEFIRE           | OPPOSES
            Lena Marsh said Ukraine would never join NATO.                                         | NATO                | OPPOSES
            Lena Marsh said European peacekeepers should be sent to Ukraine.                       | SECURITY_GUARANTEES | SUPPORTS
            Lena Marsh said more air defence systems were on their way.                            | MILITARY_AID        | SUPPORTS
            Lena Marsh said Russia's annexation of Crimea would never be recognised.                | TERRITORY           | OPPOSES
            """)
    void classifiesTopicAndStanceFromPhrasesAndCues(String text, String topic, Stance stance) {
        ExtractedStatement s = only(text);

        assertThat(s.stances()).containsEntry(topic, stance);
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
