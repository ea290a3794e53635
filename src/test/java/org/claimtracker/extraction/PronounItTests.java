package org.claimtracker.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimtracker.extraction.Extraction.speakerOf;
import static org.claimtracker.extraction.Extraction.statements;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "…,” it said": the body that spoke last, unless an organisation has since opened a sentence as its subject. */
class PronounItTests {

    private static ExtractedStatement containing(List<ExtractedStatement> all, String words) {
        return all.stream().filter(s -> s.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + words + " in " + all));
    }

    @Test
    void anOrganisationOpeningALaterSentenceIsWhatItStandsFor() {
        List<ExtractedStatement> all = statements("""
                Moscow said the talks were useful. Norland's Harbour Agency, a state body, said Putin told Trump \
                that the port was closed. "The two also exchanged views on shipping, which has great potential," \
                it said.""");

        assertThat(speakerOf(containing(all, "exchanged views"))).isEqualTo("Harbour Agency");
    }

    @Test
    void anOrganisationOnlyMentionedInsideASentenceDoesNotTakeIt() {
        List<ExtractedStatement> all = statements("""
                Moscow said the talks were useful. Putin told Trump that the Harbour Agency had closed the port. \
                "The two also exchanged views on shipping, which has great potential," it said.""");

        assertThat(speakerOf(containing(all, "exchanged views"))).isEqualTo("Russia");
    }
}
