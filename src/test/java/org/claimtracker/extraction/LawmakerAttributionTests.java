package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.claimtracker.extraction.Extraction.only;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How US political reporting names its speakers: abbreviated titles, party and state, bracketed asides. */
class LawmakerAttributionTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rep. Jane Corwin, D-Calif., said the bill would never pass the House.",
            "Rep. Jane Corwin, D-N.Y., said the bill would never pass the House.",
            "Rep. Jane Corwin (D-Calif.) said the bill would never pass the House.",
            "Rep. Jane Corwin (D-California) said that the bill would never pass the House."})
    void aPartyAndStateAfterTheNameLeaveItTheSpeaker(String text) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo("Jane Corwin");
        assertThat(s.text()).isEqualTo("the bill would never pass the House");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“The bill is dead,” Sen. John Harlow told reporters.",
            "Rep. John Harlow said the bill was dead."})
    void anAbbreviatedTitleIsNoPartOfTheName(String text) {
        assertThat(speakerOf(only(text))).doesNotStartWith("Sen").doesNotStartWith("Rep");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The Harbour Studies Institute (HSI) said that the offensive had stalled.",
            "Mayor Ana Tal (pictured) said that the offensive had stalled."})
    void aShortBracketedAsideBetweenTheSpeakerAndTheVerbIsSkipped(String text) {
        ExtractedStatement s = only(text);

        assertThat(s.mention()).doesNotContain("(");
        assertThat(s.text()).isEqualTo("the offensive had stalled");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "“It is a disgrace,” said Rep. Jane Corwin, D-Calif. Mayor Ana Tal said the count was final.",
            "The vote went to Rep. Jane Corwin. Ill. Mayor Ana Tal said the count was final."})
    void aPartyTagOrAStateLikeWordEndingASentenceStillEndsIt(String text) {
        assertThat(statements(text)).extracting(ExtractedStatement::text, Extraction::speakerOf)
                .contains(tuple("the count was final", "Ana Tal"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Sen. John Harlow, R-Texas, voted no. “It is a mistake,” the senator said.",
            "Sen. John Harlow, R-Texas, voted no. The Texas Republican said the bill was a mistake.",
            "Sen. John Harlow (R-Texas) voted no. The senator told reporters the bill was a mistake."})
    void theSenatorOrTheStatesRepublicanIsTheLawmakerJustNamed(String text) {
        ExtractedStatement s = only(text);

        assertThat(speakerOf(s)).isEqualTo("John Harlow");
        assertThat(s.text()).doesNotContain("voted");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The California Democrat said the bill was a mistake.",
            "Sen. John Harlow, R-Texas, said the bill was a mistake."})
    void aPartyDescriptionOrTagIsNeverTakenForAName(String text) {
        assertThat(speakerOf(only(text))).isNotIn("California Democrat", "R-Texas");
    }
}
