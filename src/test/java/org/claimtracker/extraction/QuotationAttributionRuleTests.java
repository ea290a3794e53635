package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuotationAttributionRuleTests {

    private static final String INTRO = "Anna Varga, the mayor of Portwell, opened the new pier on Tuesday.\n";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Ms. Varga said.", "Ms Varga says.", "Mrs. Varga said.", "Dr. Varga added."})
    void attributesAQuotationToAnHonorificSurnameAfterIt(String attribution) {
        ExtractedStatement s = statements(INTRO + "“The harbour stays open all winter,” " + attribution).get(0);

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("The harbour stays open all winter");
        assertThat(speakerOf(s)).isEqualTo("Anna Varga");
        assertThat(s.mention()).startsWith(attribution.substring(0, 2));
    }

    @Test
    void anHonorificWithoutASurnameIsNoSpeaker() {
        assertThat(statements("The sign on the door read “Mr. Right lives here”."))
                .noneMatch(s -> "Mr".equals(s.mention()));
    }

    @Test
    void findsASpeakerNamedAfterALongTitleBetweenCommas() {
        ExtractedStatement s = only("“The vote changes nothing,” the deputy chair of the regional assembly's budget"
                + " committee, Marek Illo, told local radio.");

        assertThat(speakerOf(s)).isEqualTo("Marek Illo");
    }

    @Test
    void aSpeechVerbFarAfterTheQuotationInAnotherClauseIsNoAttribution() {
        assertThat(statements("“Forward” was painted on the wall of the old depot that the council of the town"
                + " later said it would sell.")).noneMatch(s -> s.text().equals("Forward"));
    }

    @Test
    void readsAColonQuotationAfterSaidOfSomething() {
        ExtractedStatement s = only("Governor Ilse Reyes said of the flood plan: “We will rebuild every house.”");

        assertThat(s.kind()).isEqualTo(StatementKind.DIRECT);
        assertThat(s.text()).isEqualTo("We will rebuild every house.");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void readsAColonQuotationAfterANonSpeechVerb() {
        ExtractedStatement s = only("Governor Ilse Reyes turned to the crowd: “We will rebuild every house.”");

        assertThat(s.text()).isEqualTo("We will rebuild every house.");
        assertThat(speakerOf(s)).isEqualTo("Ilse Reyes");
    }

    @Test
    void aColonQuotationAfterAPlaceOrThingIsNotItsWords() {
        assertThat(statements("The banner over the gate of the stadium: “Welcome home, champions of the north.”"))
                .allMatch(s -> s.speaker() == null);
    }

    @Test
    void readsACatenativeColonQuotation() {
        ExtractedStatement s = only("Minister Pavel Jund went on to add: “We will not sign this year.”");

        assertThat(s.text()).isEqualTo("We will not sign this year.");
        assertThat(s.cue()).isEqualTo("went on to add");
        assertThat(speakerOf(s)).isEqualTo("Pavel Jund");
    }
}
