package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttributionTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            X said                  | “We want a fair peace,” Lena Marsh said.                                | Lena Marsh    | said
            said X                  | “We want a fair peace,” said Lena Marsh.                                | Lena Marsh    | said
            X told reporters        | “We want a fair peace,” Lena Marsh told reporters on Sunday.            | Lena Marsh    | told reporters
            X wrote on X            | Lena Marsh wrote on X: “We want a fair peace.”                          | Lena Marsh    | wrote on X
            quoted as saying        | “We want a fair peace,” Lena Marsh was quoted as saying by a newspaper. | Lena Marsh    | was quoted as saying
            lead with a colon       | Lena Marsh said: “We want a fair peace.”                                | Lena Marsh    | said
            title and name          | “We want a fair peace,” Kremlin spokesman Dmitry Peskov said.           | Dmitry Peskov | said
            known surname           | “We want a fair peace,” Zelensky said.                                  | Volodymyr Zelenskyy | said
            spelling variant        | “We want a fair peace,” President Zelenskiy said.                       | Volodymyr Zelenskyy | said
            body as speaker         | “We want a fair peace,” the White House said in a statement.            | White House   | said
            abbreviated title       | “We want a fair peace,” Regional Gov. Lena Marsh said.                  | Lena Marsh    | said
            """)
    void attributesAQuotationToTheNameBesideItsCue(String form, String text, String speaker, String cue) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo(speaker);
        assertThat(s.cue()).isEqualTo(cue);
        assertThat(s.text()).startsWith("We want a fair peace");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            role then name in commas     | "The door stays open," spokeswoman, Lena Marsh, said.                        | Lena Marsh    | said
            the role then name in commas | “The door stays open,” the Kremlin spokesman, Dmitry Peskov, told reporters. | Dmitry Peskov | told reporters
            name then role in commas     | “The door stays open,” Dmitry Peskov, the Kremlin spokesman, said.           | Dmitry Peskov | said
            name then a role in commas   | "The door stays open," Tom Reed, a senior adviser, said on Sunday.           | Tom Reed      | said
            name then a long role        | “The door stays open,” Tom Reed, a senior fellow at a research institute in the capital of Varlia, told reporters. | Tom Reed | told reporters
            """)
    void takesTheSpeakerFromAnAppositionAfterTheQuotation(String form, String text, String speaker, String cue) {
        ExtractedStatement s = only(text);

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("The door stays open");
        assertThat(speakerOf(s)).isEqualTo(speaker);
        assertThat(s.cue()).isEqualTo(cue);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            apposition        | Peskov, the Kremlin spokesman, said the talks would continue.                            | Dmitry Peskov
            who clause        | Lena Marsh, who has led the team since May, said the talks would continue.               | Lena Marsh
            dash apposition   | Lena Marsh - who flew in on Monday - said the talks would continue.                      | Lena Marsh
            title then name   | The country's former economy minister, Lena Marsh, said the talks would continue.         | Lena Marsh
            time phrase       | Lena Marsh on Sunday said the talks would continue.                                     | Lena Marsh
            according to      | According to Lena Marsh, the talks would continue.                                      | Lena Marsh
            inverted          | The talks would continue, Lena Marsh said on Sunday.                                    | Lena Marsh
            inverted, role and name | The talks would continue, the deputy minister, Lena Marsh, said.                  | Lena Marsh
            presidential title | The talks would continue, Russian presidential aide Oleg Varin said.            | Oleg Varin
            said, role and name | The talks would continue, said regional head Oleg Varin.                    | Oleg Varin
            """)
    void findsTheSpeakerOfReportedSpeechPastAppositionsAndClauses(String form, String text, String speaker) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo(speaker);
        assertThat(s.text()).isEqualToIgnoringCase("the talks would continue");
    }

    @Test
    void resolvesAPronounToTheLatestPersonWhoSpoke() {
        String text = "The White House said the meeting went well. Tom Reed said the talks would continue. "
                + "“We are not in a hurry,” he added.";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).hasSize(3);
        assertThat(speakerOf(all.get(2))).isEqualTo("Tom Reed");
        assertThat(all.get(2).decidedBy()).isEqualTo("pronoun");
    }

    @Test
    void keepsAQuotationWhosePronounHasNobodyToResolveTo() {
        ExtractedStatement s = only("“We have to stay calm,” she told reporters on Monday.");

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("We have to stay calm");
        assertThat(s.speaker()).isNull();
        assertThat(s.mention()).isEqualTo("she");
        assertThat(s.cue()).isEqualTo("told reporters");
    }

    @Test
    void resolvesSheAndHeToAPersonWhoseNameFits() {
        String text = "Yulia Marsh met Tom Reed on Monday. Tom Reed said the fund was ready. "
                + "“It will be an equal partnership,” she said.";

        List<ExtractedStatement> all = statements(text);

        assertThat(speakerOf(all.get(all.size() - 1))).isEqualTo("Yulia Marsh");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            role stated earlier   | Kremlin aide Oleg Varin met the envoy. Later the Kremlin aide said the meeting was useful. | Oleg Varin
            role from the lexicon | The Ukrainian leader said the meeting was useful.                                          | Volodymyr Zelenskyy
            country's role        | Russia's foreign minister said the meeting was useful.                                      | Sergei Lavrov
            US president          | The US president said the meeting was useful.                                               | Donald Trump
            """)
    void resolvesTitleOnlyMentionsThroughRoles(String form, String text, String speaker) {
        List<ExtractedStatement> all = statements(text);

        assertThat(all).isNotEmpty();
        assertThat(speakerOf(all.get(all.size() - 1))).isEqualTo(speaker);
    }

    @Test
    void givesAFollowOnQuotedParagraphToThePreviousSpeaker() {
        String text = "“We will not give up,” Lena Marsh said.\n“Our people have waited long enough for this day.”";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).hasSize(2);
        assertThat(speakerOf(all.get(1))).isEqualTo("Lena Marsh");
        assertThat(all.get(1).decidedBy()).isEqualTo("previous-speaker");
    }

    @Test
    void attributesTranscriptTurnsToTheirLabelsAndSkipsQuestions() {
        String text = "PRESIDENT TRUMP: We had a very good call today.\nQ: Will you meet him soon?\n"
                + "PRESIDENT TRUMP: Probably very soon.\nSECRETARY RUBIO: We are working on it.";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).extracting(Extraction::speakerOf)
                .containsExactly("Donald Trump", "Donald Trump", "Marco Rubio");
        assertThat(all).extracting(ExtractedStatement::text)
                .containsExactly("We had a very good call today.", "Probably very soon.", "We are working on it.");
    }

    @Test
    void endsATranscriptTurnAtAQuestionLineWithoutAColon() {
        String text = "PRESIDENT TRUMP: Thank you all.\nSECRETARY RUBIO: Thank you, sir.\n"
                + "PRESIDENT TRUMP: We will talk to them this week.\nQ Will you call him today?\nPRESIDENT TRUMP: Maybe.";

        List<ExtractedStatement> all = statements(text);

        assertThat(all).extracting(ExtractedStatement::text)
                // the courtesy turns carry no claim and are dropped by NonClaimFilter
                .containsExactly("We will talk to them this week.", "Maybe.");
    }

    @Test
    void doesNotReadFactSheetHeadingsAsTranscriptLabels() {
        String text = "KEY TERMS: The fund will invest in mining.\nNEXT STEPS: Lena Marsh said the board would meet in May.";

        assertThat(statements(text)).extracting(ExtractedStatement::text).containsExactly("the board would meet in May");
    }

    @Test
    void attributesQuoteBlocksToTheirSourceLine() {
        String text = "Source: Lena Marsh in an interview with a radio station\n\n"
                + "Quote: \"We would accept a fair deal, absolutely.\"";

        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo("Lena Marsh");
        assertThat(s.text()).isEqualTo("We would accept a fair deal, absolutely.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a source      | A source said the talks would continue next week.
            officials     | Officials said the talks would continue next week.
            senior source | A senior Ukrainian official said the talks would continue next week.
            familiar with | A source familiar with the talks said they would continue next week.
            adjectives    | One presidential source said the talks would continue next week.
            """)
    void keepsUnnamedSourcesAsStatementsWithoutASpeaker(String form, String text) {
        ExtractedStatement s = only(text);

        assertThat(s.speaker()).isNull();
        assertThat(s.decidedBy()).isEqualTo("unnamed-source");
    }

    @Test
    void recordsTheRulesThatDecidedAndTheirConfidence() {
        ExtractedStatement s = only("“We want a fair peace,” Zelensky said.");

        assertThat(s.decidedBy()).isEqualTo("name");
        assertThat(s.confidence()).isBetween(0.5, 1.0);
    }
}
